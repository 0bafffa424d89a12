package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.cli.ExitCodes;

/** {@code vigilance match} and {@code vigilance xref-eval}, end to end. */
class ResolutionCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path NAME_BENCH =
      Path.of("../../shared/data/entity-resolution/contrib/name_bench");

  private static final String COMPANIES =
      """
      {"id":"uei:KXXJ7L5JHMY9","schema":"Company","properties":{"name":["PALANTIR TECHNOLOGIES INC."],"uniqueEntityId":["KXXJ7L5JHMY9"],"country":["us"],"address":["1200 17th Street, Denver, CO 80202"]}}
      {"id":"ocds-party:x:palantir","schema":"LegalEntity","properties":{"name":["Palantir Technologies"],"country":["us"],"address":["1200 17th St, Denver CO 80202"]}}
      {"id":"sam:palantir","schema":"Company","properties":{"name":["Palantir Technologies Inc"],"uniqueEntityId":["LXXJ7L5JHMY9"]}}
      {"id":"uei:USG000000001","schema":"Company","properties":{"name":["Palantir USG, Inc."],"parent":["uei:KXXJ7L5JHMY9"],"country":["us"]}}
      {"id":"spokesperson","schema":"Person","properties":{"name":["Jane Doe"]}}
      """;

  @TempDir Path dir;

  private CliRunner importCompanies() throws Exception {
    Path file = dir.resolve("companies.ftm.jsonl");
    Files.writeString(file, COMPANIES, StandardCharsets.UTF_8);
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    CliRunner.Result r = cli.run("import", "ftm", file.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    return cli;
  }

  @Test
  void match_prints_the_score_and_each_features_contribution() throws Exception {
    CliRunner cli = importCompanies();
    CliRunner.Result r = cli.run("match", "uei:KXXJ7L5JHMY9", "ocds-party:x:palantir");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("score 1.000")
        .contains("name.equal")
        .contains("\"palantir technologies\" / \"palantir technologies\"")
        .contains("country")
        .contains("shared: us")
        .contains("address");

    JsonNode json =
        JSON.readTree(
            cli.run("match", "uei:KXXJ7L5JHMY9", "ocds-party:x:palantir", "--json").out());
    double sum = 0;
    for (JsonNode f : json.get("features")) {
      sum += f.get("contribution").asDouble();
    }
    assertThat(sum).isBetween(json.get("score").asDouble() - 0.001, 1.1);
    assertThat(json.get("vetoed").asBoolean()).isFalse();
  }

  @Test
  void conflicting_ueis_veto_and_a_subsidiary_is_not_its_parent() throws Exception {
    CliRunner cli = importCompanies();
    JsonNode veto =
        JSON.readTree(cli.run("match", "uei:KXXJ7L5JHMY9", "sam:palantir", "--json").out());
    assertThat(veto.get("vetoed").asBoolean()).isTrue();
    assertThat(veto.get("score").asDouble()).isZero();

    CliRunner.Result sub = cli.run("match", "uei:USG000000001", "uei:KXXJ7L5JHMY9");
    assertThat(sub.out()).contains("related, not the same");
  }

  @Test
  void people_are_never_matched() throws Exception {
    CliRunner cli = importCompanies();
    CliRunner.Result r = cli.run("match", "spokesperson", "uei:KXXJ7L5JHMY9");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("only organisations are matched");
    assertThat(cli.run("match", "nobody", "uei:KXXJ7L5JHMY9").exit()).isEqualTo(ExitCodes.FAILURE);
  }

  @Test
  void xref_eval_prints_precision_recall_and_f1_and_compares_another_matcher() throws Exception {
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(
        pairs,
        """
        name1,name2,is_match,id1,id2,country1,country2
        Siemens Aktiengesellschaft,Siemens AG,true,,,,
        Apple Incorporated,Apple Inc.,true,,,,
        Saudi Arabian Gas Company,Saudi Arabian Oil Company,false,,,,
        Acme Ltd,Acme Ltd,false,lei:HWUPKR0MPOU8FGXBT394,lei:7LTWFZYICNSX8D621K86,,
        Volkswagen AG,Siemens AG,false,,,de,de
        """,
        StandardCharsets.UTF_8);
    Path scores = dir.resolve("scores.csv");
    Files.writeString(
        scores,
        """
        name1,name2,score
        Siemens Aktiengesellschaft,Siemens AG,0.9
        Apple Incorporated,Apple Inc.,0.5
        Saudi Arabian Gas Company,Saudi Arabian Oil Company,0.8
        Acme Ltd,Acme Ltd,1.0
        Volkswagen AG,Siemens AG,0.2
        """,
        StandardCharsets.UTF_8);
    CliRunner cli = new CliRunner(null);
    CliRunner.Result r = cli.run("xref-eval", pairs.toString(), "--compare", scores.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("pairs: 5 (2 matches)").contains("precision").contains("best F1:");

    JsonNode json =
        JSON.readTree(
            cli.run("xref-eval", pairs.toString(), "--compare", scores.toString(), "--json").out());
    assertThat(json.get("vigilance").get("best").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(json.get("other").get("best").get("f1").asDouble()).isLessThan(1.0);
    assertThat(json.get("vigilance").get("thresholds")).hasSize(20);
  }

  @Test
  void xref_eval_leaves_people_out() throws Exception {
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(
        pairs,
        """
        schema,name1,name2,is_match
        Person,Jane Doe,Jane Doe,true
        Company,Acme Inc,ACME,true
        Company,Acme Inc,Zenith Ltd,false
        """,
        StandardCharsets.UTF_8);
    CliRunner.Result r = new CliRunner(null).run("xref-eval", pairs.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("pairs: 2 (1 matches)").contains("1 rows of other schemata");
  }

  @Test
  void xref_eval_refuses_a_file_without_labels() throws Exception {
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(pairs, "name1,name2\nA,B\n", StandardCharsets.UTF_8);
    CliRunner.Result r = new CliRunner(null).run("xref-eval", pairs.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no column 'is_match'");
  }

  @Test
  void on_the_organisation_pairs_of_name_bench_our_best_f1_beats_the_frozen_logic_v2_scores()
      throws Exception {
    Path cases = NAME_BENCH.resolve("cases.csv");
    Path frozen = NAME_BENCH.resolve("run_data/logicv2-frozen.csv");
    assumeTrue(Files.isRegularFile(cases) && Files.isRegularFile(frozen), "../shared is absent");
    CliRunner.Result r =
        new CliRunner(null)
            .run(
                "xref-eval",
                cases.toString(),
                "--schema",
                "Company,Organization,LegalEntity",
                "--compare",
                frozen.toString(),
                "--json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.get("vigilance").get("pairs").asInt()).isGreaterThan(250);
    assertThat(json.get("vigilance").get("best").get("f1").asDouble())
        .isGreaterThan(json.get("other").get("best").get("f1").asDouble());
  }
}
