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
 * {@code vigilance cite}, {@code documents}, {@code claim add|link} and {@code claims} end to end:
 * the ledger in text and JSON, idempotence, bad input, and that entries pass {@code verify} and
 * travel in {@code export ftm}.
 */
class ClaimCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ACTORS =
      """
      {"id":"org:vendor","schema":"Company","properties":{"name":["Vendor Analytics Inc."]}}
      {"id":"org:ngo","schema":"Organization","properties":{"name":["Rights Watch"]}}
      {"id":"org:agency","schema":"PublicBody","properties":{"name":["Immigration Agency"]}}
      {"id":"org:unit","schema":"PublicBody","properties":{"name":["Investigations Unit"]}}
      """;

  @TempDir Path dir;

  private CliRunner cli;

  /** The id of the document ingest made of the vendor's reply. */
  private String reply = "";

  private CliRunner.Result ok(String... args) {
    CliRunner.Result r = cli.run(args);
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }

  private CliRunner.Result refused(String... args) {
    CliRunner.Result r = cli.run(args);
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    return r;
  }

  @BeforeEach
  void caseFiles() throws Exception {
    cli = new CliRunner(dir.resolve("ws"));
    Path actors = dir.resolve("actors.ftm.jsonl");
    Files.writeString(actors, ACTORS, StandardCharsets.UTF_8);
    ok("import", "ftm", actors.toString(), "--grade", "E3");
    Path letter = dir.resolve("reply.txt");
    Files.writeString(
        letter,
        "Dear Rights Watch,\nOur contracts with the agency serve only its investigations unit.\n",
        StandardCharsets.UTF_8);
    ok("ingest", letter.toString(), "--grade", "E2");
    for (JsonNode d : JSON.readTree(ok("documents", "--json").out())) {
      if (d.get("name").asText().equals("reply.txt")) {
        reply = d.get("id").asText();
      }
    }
    assertThat(reply).startsWith("document:");
    ok(
        "cite",
        "--id",
        "cite:award",
        "--title",
        "Award 70CM-1: case management for removal operations",
        "--publisher",
        "USAspending",
        "--date",
        "2019-09-01",
        "--url",
        "https://www.usaspending.gov/award/70CM-1",
        "--grade",
        "E1");
    ok(
        "cite",
        "--id",
        "cite:report",
        "--title",
        "Report on the agency's systems",
        "--author",
        "Rights Watch",
        "--url",
        "https://example.org/report",
        "--grade",
        "E3");
    ok("cite", "--id", "cite:blog", "--title", "A blog post", "--reported-in", "cite:report");
  }

  private void claimC1() {
    ok(
        "claim",
        "add",
        "--id",
        "C1",
        "--speaker",
        "org:vendor",
        "--date",
        "2020-09-20",
        "--text",
        "Our contracts with the agency serve only its investigations unit.",
        "--about",
        "org:vendor",
        "org:agency",
        "--source",
        reply,
        "--locator",
        "line 2",
        "--indicator",
        "A-04");
  }

  private int sources() throws Exception {
    return JSON.readTree(ok("sources", "--json").out()).size();
  }

  @Test
  void documents_lists_ingested_files_and_cited_items_with_ids_and_grades() throws Exception {
    JsonNode docs = JSON.readTree(ok("documents", "--json").out());
    List<String> rows = new ArrayList<>();
    docs.forEach(
        d -> rows.add(d.get("id").asText() + " " + d.get("kind").asText() + " " + d.get("grade")));
    assertThat(rows)
        .contains(
            "cite:award cited \"E1\"",
            "cite:report cited \"E3\"",
            // an item known from a report takes the report's grade unless one is given
            "cite:blog cited \"E3\"",
            reply + " file \"E2\"");
    String text = ok("documents").out();
    assertThat(text).contains("cite:award").contains(reply).contains("reply.txt");
    assertThat(ok("documents", "--match", "removal").out())
        .contains("cite:award")
        .doesNotContain("cite:report");
  }

  @Test
  void the_ledger_shows_each_claim_with_status_reason_evidence_and_citations() throws Exception {
    claimC1();
    ok(
        "claim",
        "link",
        "C1",
        "--contradicts",
        "cite:award",
        "--locator",
        "description",
        "--quote",
        "case management for removal operations");
    ok("claim", "link", "C1", "--supports", "cite:report", "--locator", "p. 4");
    ok("claim", "link", "C1", "--context", "cite:blog");

    String text = ok("claims").out();
    assertThat(text)
        .contains("1 claim(s): 1 contradicted, 0 contested, 0 supported, 0 unverified")
        .contains("C1  CONTRADICTED: an official record (E1) contradicts it")
        .contains(
            "2020-09-20  Vendor Analytics Inc.: \"Our contracts with the agency serve only its"
                + " investigations unit.\"  [E2 claim add C1 line:1]")
        .contains("about: \"Immigration Agency\" (org:agency); \"Vendor Analytics Inc.\"")
        .contains("made in: \"reply.txt\" (" + reply + "), line 2  [E2 reply.txt part:1")
        .contains("indicators: A-04")
        .contains(
            "E1  \"Award 70CM-1: case management for removal operations\" (cite:award),"
                + " description: \"case management for removal operations\"  [E1 cite cite:award"
                + " line:1 https://www.usaspending.gov/award/70CM-1]")
        .contains("supports (1):")
        .contains("E3  \"Report on the agency's systems\" (cite:report), p. 4")
        .contains("context (1):");

    JsonNode json = JSON.readTree(ok("claims", "--json").out());
    assertThat(json.get("counts").get("contradicted").asInt()).isEqualTo(1);
    JsonNode claim = json.get("claims").get(0);
    assertThat(claim.get("id").asText()).isEqualTo("C1");
    assertThat(claim.get("status").asText()).isEqualTo("contradicted");
    assertThat(claim.get("reason").asText()).contains("official record");
    assertThat(claim.get("speakers").get(0).get("id").asText()).isEqualTo("org:vendor");
    assertThat(claim.get("about")).hasSize(2);
    assertThat(claim.get("source").get("id").asText()).isEqualTo(reply);
    assertThat(claim.get("source").get("grade").asText()).isEqualTo("E2");
    assertThat(claim.get("locator").asText()).isEqualTo("line 2");
    assertThat(claim.get("citation").get("grade").asText()).isEqualTo("E2");
    JsonNode against = claim.get("evidence").get("contradicts").get(0);
    assertThat(against.get("grade").asText()).isEqualTo("E1");
    assertThat(against.get("document").get("id").asText()).isEqualTo("cite:award");
    assertThat(against.get("quote").asText()).isEqualTo("case management for removal operations");
    assertThat(against.get("citation").get("url").asText())
        .isEqualTo("https://www.usaspending.gov/award/70CM-1");
    assertThat(against.get("id").asText()).startsWith("link:");
    assertThat(claim.get("evidence").get("supports").get(0).get("grade").asText()).isEqualTo("E3");
    assertThat(claim.get("evidence").get("context")).hasSize(1);
  }

  @Test
  void a_contested_claim_and_the_about_filter() throws Exception {
    claimC1();
    ok(
        "claim",
        "add",
        "--id",
        "C2",
        "--speaker",
        "org:vendor",
        "--date",
        "2020-10",
        "--text",
        "The unit does not use our product for removals.",
        "--about",
        "org:unit");
    ok("claim", "link", "C2", "--contradicts", "cite:report", "--quote", "used for removals");
    JsonNode json = JSON.readTree(ok("claims", "--about", "org:unit", "--json").out());
    assertThat(json.get("claims")).hasSize(1);
    JsonNode c2 = json.get("claims").get(0);
    assertThat(c2.get("id").asText()).isEqualTo("C2");
    assertThat(c2.get("status").asText()).isEqualTo("contested");
    // a claim with no source is E4 (it cites nothing)
    assertThat(c2.get("citation").get("grade").asText()).isEqualTo("E4");
    assertThat(ok("claims", "--about", "org:agency").out()).contains("C1").doesNotContain("C2");
    assertThat(ok("claims").out()).contains("unverified").contains("contested");
    CliRunner.Result unknown = refused("claims", "--about", "org:nowhere");
    assertThat(unknown.err()).contains("--about: no entity 'org:nowhere'");
  }

  @Test
  void the_same_claim_or_link_twice_is_recorded_once() throws Exception {
    claimC1();
    int before = sources();
    CliRunner.Result again =
        ok(
            "claim",
            "add",
            "--id",
            "C1",
            "--speaker",
            "org:vendor",
            "--date",
            "2020-09-20",
            "--text",
            "Our contracts with the agency serve only its investigations unit.",
            "--about",
            "org:vendor",
            "org:agency",
            "--source",
            reply,
            "--locator",
            "line 2",
            "--indicator",
            "A-04");
    assertThat(again.out()).contains("already recorded: Claim C1");
    String[] link = {"claim", "link", "C1", "--contradicts", "cite:award", "--locator", "p. 1"};
    assertThat(ok(link).out()).contains("recorded: EvidenceLink link:");
    assertThat(ok(link).out()).contains("already recorded: EvidenceLink link:");
    assertThat(sources()).isEqualTo(before + 1);
    JsonNode claim = JSON.readTree(ok("claims", "--json").out()).get("claims").get(0);
    assertThat(claim.get("evidence").get("contradicts")).hasSize(1);
    // the same passage with another quote is not an edit of the link
    CliRunner.Result edit =
        refused(
            "claim",
            "link",
            "C1",
            "--contradicts",
            "cite:award",
            "--locator",
            "p. 1",
            "--quote",
            "x");
    assertThat(edit.err()).contains("C1 contradicts cite:award at 'p. 1' is already linked");
    // nor is another text under the same claim id
    CliRunner.Result changed =
        refused(
            "claim",
            "add",
            "--id",
            "C1",
            "--speaker",
            "org:vendor",
            "--date",
            "2020-09-20",
            "--text",
            "Something else.",
            "--about",
            "org:vendor");
    assertThat(changed.err()).contains("Claim C1: the id is already taken").contains("new id");
    // nor is a citation repeated with another grade
    CliRunner.Result regraded =
        refused("cite", "--id", "cite:blog", "--title", "A blog post", "--grade", "E1");
    assertThat(regraded.err()).contains("cite:blog");
    assertThat(sources()).isEqualTo(before + 1);
  }

  @Test
  void bad_input_names_the_field_and_value_and_writes_nothing() throws Exception {
    claimC1();
    int before = sources();
    String[] base = {
      "claim", "add", "--id", "C9", "--date", "2020-09-20", "--text", "t", "--about", "org:vendor"
    };
    assertThat(refused(concat(base, "--speaker", "org:nobody")).err())
        .contains("--speaker: no entity 'org:nobody' in the workspace");
    assertThat(refused(concat(base, "--speaker", "cite:award")).err())
        .contains("--speaker: 'cite:award' is a Document, not a LegalEntity");
    assertThat(
            refused(
                    "claim",
                    "add",
                    "--id",
                    "C9",
                    "--speaker",
                    "org:vendor",
                    "--date",
                    "2020-13-01",
                    "--text",
                    "t",
                    "--about",
                    "org:vendor")
                .err())
        .contains("--date: '2020-13-01'");
    assertThat(
            refused("claim", "add", "--id", "C9", "--speaker", "org:vendor", "--date", "2020")
                .err())
        .contains("Missing required options")
        .contains("--text")
        .contains("--about");
    assertThat(refused(concat(base, "--speaker", "org:vendor", "--locator", "p. 1")).err())
        .contains("--locator: needs --source");
    assertThat(refused(concat(base, "--speaker", "org:vendor", "--source", "org:agency")).err())
        .contains("--source: 'org:agency' is a PublicBody, not a Document");
    assertThat(refused("claim", "link", "org:vendor", "--supports", "cite:award").err())
        .contains("CLAIM: 'org:vendor' is a Company, not a Claim");
    assertThat(refused("claim", "link", "C404", "--supports", "cite:award").err())
        .contains("CLAIM: no entity 'C404' in the workspace");
    assertThat(refused("claim", "link", "C1", "--supports", "cite:nowhere").err())
        .contains("--supports: no entity 'cite:nowhere'");
    assertThat(refused("claim", "link", "C1", "--supports", reply).err())
        .contains("is where C1 was made: a claim does not support itself");
    assertThat(
            refused("claim", "link", "C1", "--supports", "cite:award", "--contradicts", reply)
                .err())
        .contains("mutually exclusive");
    assertThat(refused("claim", "link", "C1").err()).contains("Missing required argument");
    assertThat(refused("cite", "--id", "cite:x", "--title", "T", "--url", "ht tp://x y").err())
        .contains("--url: 'ht tp://x y' is not a URL");
    assertThat(refused("cite", "--id", "cite:x", "--title", "T", "--grade", "E7").err())
        .contains("--grade: unknown evidence grade 'E7'");
    assertThat(refused("cite", "--id", "cite x", "--title", "T").err()).contains("--id: 'cite x'");
    assertThat(refused("cite", "--id", "cite:x", "--title", "T", "--date", "soon").err())
        .contains("--date: 'soon' is not an ISO 8601 date");
    assertThat(refused("claim").err()).contains("Usage: vigilance claim");
    assertThat(sources()).isEqualTo(before);
    assertThat(ok("claims", "--json").out()).doesNotContain("C9");
  }

  @Test
  void entries_pass_verification_and_travel_in_the_ftm_export() throws Exception {
    claimC1();
    ok("claim", "link", "C1", "--contradicts", "cite:award", "--quote", "removal operations");
    assertThat(ok("verify").out()).doesNotContain("DAMAGED");
    Path export = dir.resolve("case.ftm.jsonl");
    ok("export", "ftm", "--output", export.toString());
    List<String> schemata = new ArrayList<>();
    for (String line : Files.readAllLines(export, StandardCharsets.UTF_8)) {
      JsonNode e = JSON.readTree(line);
      schemata.add(e.get("schema").asText() + " " + e.get("id").asText());
      if (e.get("id").asText().equals("C1")) {
        assertThat(e.get("properties").get("sourceDocument").get(0).asText()).isEqualTo(reply);
        assertThat(e.get("properties").get("indicators").get(0).asText()).isEqualTo("A-04");
      }
      if (e.get("schema").asText().equals("EvidenceLink")) {
        assertThat(e.get("properties").get("grade").get(0).asText()).isEqualTo("E1");
        assertThat(e.get("properties").get("relation").get(0).asText()).isEqualTo("contradicts");
      }
    }
    assertThat(schemata)
        .contains("Claim C1", "Document cite:award", "Document cite:report")
        .anyMatch(s -> s.startsWith("EvidenceLink link:"));
    // the export imports into a new workspace, where the ledger says the same
    CliRunner other = new CliRunner(dir.resolve("other"));
    assertThat(other.run("import", "ftm", export.toString()).exit()).isZero();
    assertThat(other.run("claims").out()).contains("C1  CONTRADICTED");
  }

  private static String[] concat(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
