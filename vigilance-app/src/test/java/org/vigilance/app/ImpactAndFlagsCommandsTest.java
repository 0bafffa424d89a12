package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.cli.ExitCodes;

/**
 * {@code vigilance event add}, {@code impact add}, {@code impacts} and {@code flags} end to end, on
 * a real SQLite workspace: records imported with their grades, an event and an impact entered by
 * hand, then the flags and the recommendation.
 */
class ImpactAndFlagsCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The report, without the event and the impact (entered through the commands). */
  private static final String REPORT =
      """
      {"id":"org:ngo","schema":"Organization","properties":{"name":["Rights Watchers"]}}
      {"id":"doc:report","schema":"Document","properties":{"title":["Report on the raids"],"sourceUrl":["https://example.org/report"]}}
      {"id":"p:cms","schema":"Product","properties":{"name":["CaseSys"],"vendor":["co:acme"],"capabilities":["identify-persons","case-management"]}}
      {"id":"dep:1","schema":"Deployment","properties":{"product":["p:cms"],"unit":["pb:inv"],"contract":["c:1"]}}
      """;

  private static final String REPLY =
      """
      {"id":"cl:1","schema":"Claim","properties":{"speaker":["co:acme"],"text":["Our contracts serve only the Investigations Unit."],"indicators":["A-04"]}}
      {"id":"el:1","schema":"EvidenceLink","properties":{"claim":["cl:1"],"relation":["contradicts"],"document":["doc:record"],"quote":["used by the Removals Unit"]}}
      {"id":"let:1","schema":"Correspondence","properties":{"sender":["org:ngo"],"recipient":["co:acme"],"date":["2020-09-10"],"deadline":["2020-09-20"],"subject":["Concerns about the contracts"]}}
      """;

  @TempDir Path dir;
  private CliRunner cli;

  private void importFile(String name, String grade, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    CliRunner.Result r = cli.run("import", "ftm", "--grade", grade, file.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
  }

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir.resolve("ws"));
    importFile("records.ftm.jsonl", "E1", FlagCase.BASE_RECORDS);
    importFile("report.ftm.jsonl", "E3", REPORT);
  }

  private CliRunner.Result addEvent() {
    return cli.run(
        "event",
        "add",
        "--id",
        "ev:raid",
        "--name",
        "Workplace raids",
        "--date",
        "2019-08",
        "--summary",
        "The agency raided workplaces, planned with the vendor's system, as reported.",
        "--evidence",
        "doc:report:p. 4");
  }

  private List<String> impactArgs(String... overrides) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "impact",
                "add",
                "--id",
                "im:1",
                "--right",
                "family life",
                "--event",
                "ev:raid",
                "--unit",
                "pb:agency",
                "--product",
                "p:cms",
                "--involvement",
                "contribute",
                "--scale",
                "5",
                "--scope",
                "3",
                "--irremediability",
                "5",
                "--evidence",
                "doc:report:p. 12"));
    for (int i = 0; i < overrides.length; i += 2) {
      int at = args.indexOf(overrides[i]);
      args.set(at + 1, overrides[i + 1]);
    }
    return args;
  }

  @Test
  void impact_add_records_an_impact_graded_by_its_evidence_and_impacts_lists_it() throws Exception {
    CliRunner.Result event = addEvent();
    assertThat(event.exit()).as(event.toString()).isZero();
    assertThat(event.out()).contains("Recorded event ev:raid (2019-08, grade E3");

    CliRunner.Result added = cli.run(impactArgs().toArray(String[]::new));
    assertThat(added.exit()).as(added.toString()).isZero();
    assertThat(added.out())
        .contains("Recorded impact im:1 (grade E3, the best of its evidence)")
        .contains("involvement contribute");
    // the same entry twice is recorded once
    CliRunner.Result again = cli.run(impactArgs().toArray(String[]::new));
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(again.out()).startsWith("Already recorded: impact im:1");

    CliRunner.Result text = cli.run("impacts");
    assertThat(text.exit()).as(text.toString()).isZero();
    assertThat(text.out())
        .contains("im:1  right affected: family life  (grade E3")
        .contains("event        Workplace raids (2019-08)")
        .contains("unit         Enforcement Agency")
        .contains("product      CaseSys")
        .contains("vendor       Acme Analytics Inc. (the product's vendor)")
        .contains(
            "involvement  contribute; severity 13/15 high (scale 5, scope 3, irremediability 5), hard to reverse; date 2019-08")
        .contains("evidence: Report on the raids, p. 12  [E3 report.ftm.jsonl line:2]")
        .contains("evidence: Report on the raids, p. 4  [E3 report.ftm.jsonl line:2]");

    JsonNode json = JSON.readTree(cli.run("impacts", "--json", "--about", "p:cms").out());
    JsonNode impact = json.get("impacts").get(0);
    assertThat(impact.get("id").asText()).isEqualTo("im:1");
    assertThat(impact.get("severity").get("score").asInt()).isEqualTo(13);
    assertThat(impact.get("grade").asText()).isEqualTo("E3");
    assertThat(impact.get("citation").get("name").asText()).isEqualTo("impact add im:1");
    assertThat(impact.get("evidence")).hasSize(2);
    assertThat(
            JSON.readTree(cli.run("impacts", "--json", "--about", "pb:rem").out()).get("impacts"))
        .isEmpty();
    // more evidence for the same impact is a new entry that adds to it
    List<String> more = impactArgs();
    more.addAll(List.of("--evidence", "doc:record:section 3"));
    CliRunner.Result added2 = cli.run(more.toArray(String[]::new));
    assertThat(added2.exit()).as(added2.toString()).isZero();
    assertThat(added2.out()).contains("Recorded impact im:1 (grade E1");
    assertThat(cli.run("impacts").out())
        .contains(
            "evidence: Agency privacy impact assessment, section 3  [E1 records.ftm.jsonl line:16]");
    // the entry is a source like any other: verify checks it
    assertThat(cli.run("verify").exit()).isZero();
  }

  @Test
  void impact_add_names_the_field_and_value_it_refuses() throws Exception {
    assertThat(addEvent().exit()).isZero();
    assertRefused(
        impactArgs("--involvement", "helps"),
        "involvement: 'helps' is not one of cause, contribute, directly-linked");
    assertRefused(
        impactArgs("--scale", "7"), "severity scale: '7' is not a whole number from 1 to 5");
    assertRefused(
        impactArgs("--scope", "2.5"), "severity scope: '2.5' is not a whole number from 1 to 5");
    assertRefused(impactArgs("--event", "ev:none"), "event: no entity 'ev:none' in the workspace");
    assertRefused(
        impactArgs("--unit", "co:acme"), "unit: 'co:acme' is a Company, not a PublicBody");
    assertRefused(
        impactArgs("--product", "pb:inv"), "product: 'pb:inv' is a PublicBody, not a Product");
    assertRefused(
        impactArgs("--evidence", "p:cms"), "evidence: 'p:cms' is a Product, not a document");
    assertRefused(
        impactArgs("--evidence", "doc:nothing:p. 2"), "evidence: no document 'doc:nothing:p. 2'");
    assertRefused(impactArgs("--right", "  "), "right: must not be empty");
    List<String> badDate = impactArgs();
    badDate.addAll(List.of("--date", "August 2019"));
    assertRefused(badDate, "date: 'August 2019' is not an ISO 8601 date");
    // an impact is never changed: a correction is a new impact
    assertThat(cli.run(impactArgs().toArray(String[]::new)).exit()).isZero();
    assertRefused(
        impactArgs("--scale", "4"), "Impact 'im:1' is recorded with severityScale '5', not '4'");
    assertThat(cli.run("impacts", "--json").out()).contains("\"scale\" : 5");
  }

  private void assertRefused(List<String> args, String message) {
    CliRunner.Result r = cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).as(r.toString()).contains(message);
  }

  @Test
  void flags_show_each_flag_with_its_cited_path_and_the_recommendation_with_reasons()
      throws Exception {
    assertThat(addEvent().exit()).isZero();
    assertThat(cli.run(impactArgs().toArray(String[]::new)).exit()).isZero();
    importFile("reply.ftm.jsonl", "E2", REPLY);

    CliRunner.Result r = cli.run("flags", "Acme Analytics", "--as-of", "2020-10-01");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("Red flags for Acme Analytics Inc. (co:acme), as of 2020-10-01")
        .contains(
            "1 contract awarded by 1 agency unit; 1 product of the vendor, placed at 2 agency units.")
        .contains("Counted as Acme Analytics Inc.: the companies it owns (Ownership)")
        .contains(
            "Acme Government LLC (co:acme-gov), owned by Acme Analytics Inc.  [E1 records.ftm.jsonl line:3]")
        .contains(
            "RF-01 Product able to identify or track people at a unit with documented impacts")
        .contains("RF-02 Company claim contradicted by an official record")
        .contains("RF-03 No response after a letter's deadline")
        .contains("RF-04 Renewal or modification after a documented impact")
        .contains("RF-05 Sole-source or single-offer award")
        .contains(
            "contract    C-1 \"Case management system\" — awarded to Acme Government LLC  [E1 records.ftm.jsonl line:14]")
        .contains("evidence: Report on the raids, p. 12  [E3 report.ftm.jsonl line:2]")
        .contains("Recommendation (RC-1): Suspend services pending due diligence")
        .contains("- [severe-contribution] impact on the right to family life")
        .contains("- [no-impact-assessment] no due-diligence assessment of Acme Analytics Inc.")
        .contains(
            "- [scope-claim-disputed] claim \"Our contracts serve only the Investigations Unit.\" is contradicted");

    JsonNode json =
        JSON.readTree(cli.run("flags", "co:acme", "--as-of", "2020-10-01", "--json").out());
    List<String> rules = new ArrayList<>();
    json.get("flags").forEach(f -> rules.add(f.get("rule").asText()));
    assertThat(rules).containsExactly("RF-01", "RF-02", "RF-03", "RF-04", "RF-05");
    for (JsonNode flag : json.get("flags")) {
      for (JsonNode step : flag.get("path")) {
        assertThat(step.get("citations")).as(step.toString()).isNotEmpty();
      }
    }
    assertThat(json.get("members")).hasSize(2);
    assertThat(json.get("recommendation").get("outcome").asText()).isEqualTo("suspend");
    assertThat(json.get("recommendation").get("reasons")).hasSize(3);

    // the subsidiary alone: the parent's letter and claim are not its own
    JsonNode sub =
        JSON.readTree(cli.run("flags", "co:acme-gov", "--as-of", "2020-10-01", "--json").out());
    List<String> subRules = new ArrayList<>();
    sub.get("flags").forEach(f -> subRules.add(f.get("rule").asText()));
    assertThat(subRules).containsExactly("RF-01", "RF-04", "RF-05");
  }

  @Test
  void flags_refuse_an_unknown_or_ambiguous_subject() throws Exception {
    CliRunner.Result none = cli.run("flags", "Nobody Inc");
    assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("no company or organisation 'Nobody Inc'");
    CliRunner.Result many = cli.run("flags", "Acme");
    assertThat(many.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(many.err()).contains("2 organisations match 'Acme'").contains("co:acme-gov");
    CliRunner.Result date = cli.run("flags", "co:acme", "--as-of", "soon");
    assertThat(date.exit()).isEqualTo(ExitCodes.USAGE);
  }
}
