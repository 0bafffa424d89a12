package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.cli.ExitCodes;

/** {@code vigilance xref}, {@code review}, {@code unmerge} and the merged {@code show}. */
class XrefCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One dataset: a company with its UEI, its subsidiary, a person. */
  private static final String FIRST =
      """
      {"id":"uei:KXXJ7L5JHMY9","schema":"Company","properties":{"name":["PALANTIR TECHNOLOGIES INC."],"uniqueEntityId":["KXXJ7L5JHMY9"],"country":["us"]}}
      {"id":"uei:USG000000001","schema":"Company","properties":{"name":["Palantir USG, Inc."],"parent":["uei:KXXJ7L5JHMY9"],"country":["us"]}}
      {"id":"person:1","schema":"Person","properties":{"name":["Jane Doe"]}}
      """;

  /**
   * Another dataset: the same company under another spelling with the same UEI, a misspelt near
   * duplicate, a UK company the first one owns, the same person again, an unrelated company.
   */
  private static final String SECOND =
      """
      {"id":"sam:palantir","schema":"Company","properties":{"name":["Palantir Technologies"],"uniqueEntityId":["KXXJ7L5JHMY9"],"country":["us"]}}
      {"id":"ocds-party:x:palantir","schema":"LegalEntity","properties":{"name":["Palantir Technolgies"],"country":["us"]}}
      {"id":"gb-coh:palantir-uk","schema":"Company","properties":{"name":["Palantir Technologies UK, Ltd."],"country":["gb"]}}
      {"id":"own:1","schema":"Ownership","properties":{"owner":["uei:KXXJ7L5JHMY9"],"asset":["gb-coh:palantir-uk"]}}
      {"id":"person:2","schema":"Person","properties":{"name":["Jane Doe"]}}
      {"id":"acme","schema":"Company","properties":{"name":["Acme Widgets Ltd"],"country":["gb"]}}
      """;

  @TempDir Path dir;

  private CliRunner importBoth() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    int n = 0;
    for (String content : List.of(FIRST, SECOND)) {
      n++;
      Path file = dir.resolve("dataset-" + n + ".ftm.jsonl");
      Files.writeString(file, content, StandardCharsets.UTF_8);
      CliRunner.Result r = cli.run("import", "ftm", file.toString());
      assertThat(r.exit()).as(r.toString()).isZero();
    }
    return cli;
  }

  private static List<String> pairs(JsonNode json, String decision) {
    List<String> pairs = new ArrayList<>();
    for (JsonNode p : json.get("pairs")) {
      if (p.get("decision").asText().equals(decision)) {
        pairs.add(p.get("left").get("id").asText() + " ~ " + p.get("right").get("id").asText());
      }
    }
    return pairs;
  }

  @Test
  void xref_merges_equal_identifiers_queues_a_near_duplicate_and_relates_a_subsidiary()
      throws Exception {
    CliRunner cli = importBoth();
    CliRunner.Result r = cli.run("xref", "--json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.get("organisations").asInt()).isEqualTo(6); // no person
    assertThat(pairs(json, "merge")).containsExactly("sam:palantir ~ uei:KXXJ7L5JHMY9");
    assertThat(pairs(json, "review"))
        .containsExactlyInAnyOrder(
            "ocds-party:x:palantir ~ sam:palantir", "ocds-party:x:palantir ~ uei:KXXJ7L5JHMY9");
    assertThat(pairs(json, "related"))
        .containsExactlyInAnyOrder(
            "uei:KXXJ7L5JHMY9 ~ uei:USG000000001", "gb-coh:palantir-uk ~ uei:KXXJ7L5JHMY9");
    assertThat(json.get("merged").asInt()).isEqualTo(1);
    for (JsonNode p : json.get("pairs")) {
      assertThat(p.get("left").get("id").asText()).doesNotStartWith("person");
      assertThat(p.get("features")).isNotEmpty();
    }

    // a merged pair is not proposed again; the text output explains each pair
    CliRunner.Result again = cli.run("xref");
    assertThat(again.out())
        .contains("0 merged automatically, 2 for review, 2 related")
        .contains("related")
        .contains("one is the other's parent")
        .doesNotContain("merge   ");
  }

  @Test
  void show_on_a_merged_entity_lists_every_member_and_value_with_its_source() throws Exception {
    CliRunner cli = importBoth();
    cli.run("xref");
    CliRunner.Result shown = cli.run("show", "uei:KXXJ7L5JHMY9");
    assertThat(shown.exit()).as(shown.toString()).isZero();
    assertThat(shown.out())
        .contains("merged view of 2 entities")
        .contains("PALANTIR TECHNOLOGIES INC.")
        .contains("Palantir Technologies")
        .contains("dataset-1.ftm.jsonl")
        .contains("dataset-2.ftm.jsonl")
        .contains("sam:palantir");
    JsonNode json = JSON.readTree(cli.run("show", "sam:palantir", "--json").out());
    assertThat(json.get("id").asText()).isEqualTo("sam:palantir");
    assertThat(json.get("members").has("uei:KXXJ7L5JHMY9")).isTrue();
    assertThat(json.get("properties").get("name")).hasSize(2);
    // an entity judged the same as nothing shows alone
    assertThat(cli.run("show", "acme").out()).doesNotContain("merged view");
  }

  @Test
  void review_records_answers_from_standard_input_and_unmerge_takes_them_back() throws Exception {
    CliRunner cli = importBoth();
    cli.run("xref");
    CliRunner.Result review =
        cli.runWithInput("maybe\ns\n".getBytes(StandardCharsets.UTF_8), "review");
    assertThat(review.exit()).as(review.toString()).isZero();
    // the misspelt name and the UEI's record are alike names by the merge rule, but xref refused
    // the merge (the component would hold two entities of dataset 2): review offers it too, with
    // the reason; the second pair then joins entities already merged by the first answer
    assertThat(review.out())
        .contains("2 pair(s) to review")
        .contains("Palantir Technolgies")
        .contains("name.tokenSet")
        .contains("please answer")
        .contains("recorded: 1 same, 0 not same, 0 unsure; 0 skipped");
    assertThat(cli.run("show", "uei:KXXJ7L5JHMY9").out()).contains("merged view of 3 entities");
    assertThat(cli.runWithInput(new byte[0], "review").out()).contains("0 pair(s) to review");

    CliRunner.Result unmerge =
        cli.run("unmerge", "ocds-party:x:palantir", "uei:KXXJ7L5JHMY9", "--reason", "another firm");
    assertThat(unmerge.exit()).as(unmerge.toString()).isZero();
    assertThat(unmerge.out()).contains("withdrawn: #").contains("not-same").contains("by tester");
    CliRunner.Result after = cli.run("show", "uei:KXXJ7L5JHMY9");
    assertThat(after.out()).contains("merged view of 2 entities").doesNotContain("Technolgies");
    // the negative judgement keeps them apart: not proposed again
    JsonNode json = JSON.readTree(cli.run("xref", "--json").out());
    assertThat(pairs(json, "review")).isEmpty();
    assertThat(pairs(json, "merge")).isEmpty();
    // every judgement is journalled: verify still holds
    CliRunner.Result verify = cli.run("verify");
    assertThat(verify.exit()).as(verify.toString()).isZero();
  }

  @Test
  void review_skips_and_quits_without_recording_and_bad_options_are_refused() throws Exception {
    CliRunner cli = importBoth();
    cli.run("xref");
    CliRunner.Result r = cli.runWithInput("k\nq\n".getBytes(StandardCharsets.UTF_8), "review");
    assertThat(r.out()).contains("recorded: 0 same, 0 not same, 0 unsure; 1 skipped");
    assertThat(cli.run("xref", "--threshold", "0.9", "--auto-merge", "0.5").exit())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("unmerge", "acme", "nobody").exit()).isEqualTo(ExitCodes.FAILURE);
  }

  @Test
  void equal_names_in_one_source_wait_for_review_but_across_sources_merge() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    Path one = dir.resolve("offices.ftm.jsonl");
    Files.writeString(
        one,
        """
        {"id":"office:70B016","schema":"PublicBody","properties":{"name":["OFFICE OF TRAINING AND DEVELOPMENT"],"country":["us"]}}
        {"id":"office:70C0TD","schema":"PublicBody","properties":{"name":["Office of Training and Development"],"country":["us"]}}
        """,
        StandardCharsets.UTF_8);
    Path two = dir.resolve("other.ftm.jsonl");
    Files.writeString(
        two,
        """
        {"id":"ocds:otd","schema":"PublicBody","properties":{"name":["Office of Training & Development"],"country":["us"]}}
        """,
        StandardCharsets.UTF_8);
    assertThat(cli.run("import", "ftm", one.toString()).exit()).isZero();
    assertThat(cli.run("import", "ftm", two.toString()).exit()).isZero();
    JsonNode json = JSON.readTree(cli.run("xref", "--json", "--dry-run").out());
    assertThat(pairs(json, "review")).containsExactly("office:70B016 ~ office:70C0TD");
    assertThat(pairs(json, "merge"))
        .containsExactlyInAnyOrder("ocds:otd ~ office:70B016", "ocds:otd ~ office:70C0TD");
    assertThat(json.get("merged").asInt()).isZero();

    // recorded: the first merge goes through, the second would bridge the two offices
    JsonNode recorded = JSON.readTree(cli.run("xref", "--json").out());
    assertThat(recorded.get("merged").asInt()).isEqualTo(1);
    assertThat(cli.run("show", "office:70B016").out()).doesNotContain("office:70C0TD");
  }

  @Test
  void units_of_different_agencies_are_not_proposed_and_a_unit_is_related_to_its_agency()
      throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    Path file = dir.resolve("hierarchy.ftm.jsonl");
    Files.writeString(
        file,
        """
        {"id":"agency:019","schema":"PublicBody","properties":{"name":["Department of State"],"country":["us"]}}
        {"id":"subagency:1900","schema":"PublicBody","properties":{"name":["Department of State"],"country":["us"]}}
        {"id":"agency:047","schema":"PublicBody","properties":{"name":["General Services Administration"],"country":["us"]}}
        {"id":"office:19AQMM","schema":"PublicBody","properties":{"name":["INFORMATION TECHNOLOGY SERVICES"],"country":["us"]}}
        {"id":"office:19AZ5S","schema":"PublicBody","properties":{"name":["Information Technology Services"],"country":["us"]}}
        {"id":"office:47P7GP","schema":"PublicBody","properties":{"name":["INFORMATION TECHNOLOGY SERVICES"],"country":["us"]}}
        {"id":"m1","schema":"Membership","properties":{"member":["subagency:1900"],"organization":["agency:019"]}}
        {"id":"m2","schema":"Membership","properties":{"member":["office:19AQMM"],"organization":["subagency:1900"]}}
        {"id":"m3","schema":"Membership","properties":{"member":["office:19AZ5S"],"organization":["subagency:1900"]}}
        {"id":"m4","schema":"Membership","properties":{"member":["office:47P7GP"],"organization":["agency:047"]}}
        """,
        StandardCharsets.UTF_8);
    assertThat(cli.run("import", "ftm", file.toString()).exit()).isZero();
    JsonNode json = JSON.readTree(cli.run("xref", "--json", "--dry-run").out());
    // two offices of one sub-agency may be one unit: a person decides
    assertThat(pairs(json, "review")).containsExactly("office:19AQMM ~ office:19AZ5S");
    // a sub-agency of the same name as its agency is related to it, not the same record
    assertThat(pairs(json, "related")).containsExactly("agency:019 ~ subagency:1900");
    // the other agency's office of that name is a different unit: not proposed at all
    assertThat(json.toString()).doesNotContain("office:47P7GP");
  }

  @Test
  void a_name_without_a_legal_form_does_not_bridge_two_legal_forms() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    int n = 0;
    for (String line :
        List.of(
            "{\"id\":\"a:acme-inc\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Acme Widgets Inc.\"],\"country\":[\"us\"],\"address\":[\"1 Main Street, Springfield\"]}}",
            "{\"id\":\"b:acme\",\"schema\":\"Company\",\"properties\":{\"name\":[\"ACME WIDGETS\"],\"country\":[\"us\"],\"address\":[\"1 Main Street, Springfield\"]}}",
            "{\"id\":\"c:acme-llc\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Acme Widgets LLC\"],\"country\":[\"us\"],\"address\":[\"1 Main Street, Springfield\"]}}")) {
      n++;
      Path file = dir.resolve("source-" + n + ".ftm.jsonl");
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
      assertThat(cli.run("import", "ftm", file.toString()).exit()).isZero();
    }
    JsonNode recorded = JSON.readTree(cli.run("xref", "--json").out());
    // the Inc and the LLC are never joined, directly or through the record without a legal form
    assertThat(pairs(recorded, "merge")).doesNotContain("a:acme-inc ~ c:acme-llc");
    assertThat(recorded.get("merged").asInt()).isLessThanOrEqualTo(1);
    assertThat(cli.run("show", "a:acme-inc").out()).doesNotContain("c:acme-llc");
    assertThat(cli.run("show", "c:acme-llc").out()).doesNotContain("a:acme-inc");
  }

  private CliRunner importEach(String... lines) throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    int n = 0;
    for (String line : lines) {
      n++;
      Path file = dir.resolve("source-" + n + ".ftm.jsonl");
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
      assertThat(cli.run("import", "ftm", file.toString()).exit()).isZero();
    }
    return cli;
  }

  @Test
  void a_misspelt_name_merges_across_sources_with_equal_countries() throws Exception {
    CliRunner cli =
        importEach(
            "{\"id\":\"a:greg\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Gregodryx Construction Inc.\"],\"country\":[\"us\"]}}",
            "{\"id\":\"b:greg\",\"schema\":\"Company\",\"properties\":{\"name\":[\"GREGODRYX CONSTRUCTIVON, INC.\"],\"country\":[\"us\"]}}",
            "{\"id\":\"c:greg\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Gregodryx Constructivon LLC\"],\"country\":[\"us\"]}}");
    JsonNode json = JSON.readTree(cli.run("xref", "--json").out());
    assertThat(pairs(json, "merge")).containsExactly("a:greg ~ b:greg");
    for (JsonNode p : json.get("pairs")) {
      if (p.get("decision").asText().equals("merge")) {
        assertThat(p.toString()).contains("names alike (one word misspelt");
      }
    }
    // the LLC differs in legal form: review, not merge
    assertThat(pairs(json, "review")).contains("a:greg ~ c:greg", "b:greg ~ c:greg");
    assertThat(json.get("merged").asInt()).isEqualTo(1);
  }

  @Test
  void a_name_without_a_country_does_not_bridge_two_countries() throws Exception {
    CliRunner cli =
        importEach(
            "{\"id\":\"a:zenith-gb\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Zenith Trading Ltd\"],\"country\":[\"gb\"]}}",
            "{\"id\":\"b:zenith\",\"schema\":\"Company\",\"properties\":{\"name\":[\"ZENITH TRADING LIMITED\"]}}",
            "{\"id\":\"c:zenith-ie\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Zenith Trading Ltd.\"],\"country\":[\"ie\"]}}");
    JsonNode dry = JSON.readTree(cli.run("xref", "--json", "--dry-run").out());
    // equal names and legal forms, a country on one side only: each pair alone may merge
    assertThat(pairs(dry, "merge"))
        .containsExactlyInAnyOrder("a:zenith-gb ~ b:zenith", "b:zenith ~ c:zenith-ie");
    JsonNode recorded = JSON.readTree(cli.run("xref", "--json").out());
    // but the record without a country joins one of them, never both
    assertThat(recorded.get("merged").asInt()).isEqualTo(1);
    assertThat(cli.run("show", "a:zenith-gb").out()).doesNotContain("c:zenith-ie");
    assertThat(pairs(recorded, "review")).isNotEmpty();
    // the merge xref refused waits in review, with the reason
    CliRunner.Result review = cli.runWithInput("q\n".getBytes(StandardCharsets.UTF_8), "review");
    assertThat(review.exit()).as(review.toString()).isZero();
    assertThat(review.out())
        .contains("a merge on names would join entities of different countries")
        .contains("b:zenith");
  }
}
