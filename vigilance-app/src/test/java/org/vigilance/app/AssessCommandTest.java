package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigilance methodology}, {@code assess} and {@code assessments} end to end, on a real
 * SQLite workspace: sources of every grade, a claim an official record contradicts, an overdue
 * letter, a findings file, the history of assessments.
 */
class AssessCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String BASE =
      """
      {"id":"acme","schema":"Company","properties":{"name":["Acme Analytics Inc."]}}
      {"id":"ngo","schema":"Organization","properties":{"name":["Rights Watchers"]}}
      {"id":"agency","schema":"PublicBody","properties":{"name":["Border Agency"]}}
      {"id":"c1","schema":"Contract","properties":{"name":["C-1"],"title":["Case management"],"authority":["agency"]}}
      {"id":"award1","schema":"ContractAward","properties":{"supplier":["acme"],"contract":["c1"]}}
      {"id":"claim-scope","schema":"Claim","properties":{"speaker":["acme"],"about":["acme"],"text":["Our software serves only the criminal investigations unit."],"indicators":["A-04"],"date":["2020-10-01"]}}
      {"id":"letter-1","schema":"Correspondence","properties":{"sender":["ngo"],"recipient":["acme"],"date":["2020-08-20"],"deadline":["2020-09-10"],"subject":["Questions on contract C-1"]}}
      """;
  private static final String OFFICIAL =
      """
      {"id":"doc-spending","schema":"Document","properties":{"title":["Spending record of C-1"],"fileName":["spending.csv"]}}
      {"id":"link-1","schema":"EvidenceLink","properties":{"claim":["claim-scope"],"relation":["contradicts"],"document":["doc-spending"],"locator":["row:3"],"quote":["funding office: removal operations"],"grade":["E1"]}}
      """;
  private static final String COMPANY =
      """
      {"id":"doc-policy","schema":"Document","properties":{"title":["Acme human rights policy"],"fileName":["policy.pdf"]}}
      """;
  private static final String RUMOUR =
      """
      {"id":"doc-blog","schema":"Document","properties":{"title":["An anonymous blog post"]}}
      """;
  private static final String FINDINGS =
      """
      methodology: vigilance-hrdd
      subject: acme
      findings:
        G-01:
          level: 1
          rationale: A policy is published but names no standard and no approval.
          evidence:
            - document: doc-policy
              locator: page:1
              quote: "We respect human rights."
        G-03:
          level: n/a
          rationale: The company sells to no other public body.
        I-01:
          level: 2
          rationale: An anonymous post says an assessment was done.
          evidence: [doc-blog]
        I-02:
          level: 1
          rationale: Said in a meeting; nothing written.
        A-04:
          level: 2
          rationale: The company says it serves one unit only.
          evidence: [doc-policy]
        C-04:
          level: 1
          rationale: A statement on its website.
          evidence: [doc-policy]
      """;

  @TempDir Path dir;
  private CliRunner cli;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private void importFile(String name, String text, String grade) throws Exception {
    CliRunner.Result r = cli.run("import", "ftm", write(name, text).toString(), "--grade", grade);
    assertThat(r.exit()).as(r.toString()).isZero();
  }

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir.resolve("ws"));
    importFile("base.jsonl", BASE, "E3");
    importFile("official.jsonl", OFFICIAL, "E1");
    importFile("company.jsonl", COMPANY, "E2");
    importFile("rumour.jsonl", RUMOUR, "E4");
  }

  private CliRunner.Result ok(String... args) {
    CliRunner.Result r = cli.run(args);
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }

  @Test
  void assess_applies_the_rules_explains_them_and_cites_every_finding() throws Exception {
    Path findings = write("findings.yaml", FINDINGS);
    CliRunner.Result r =
        ok(
            "assess",
            "acme",
            "--contract",
            "c1",
            "--methodology",
            "vigilance-hrdd",
            "--findings",
            findings.toString(),
            "--date",
            "2026-11-30");
    String out = r.out();
    assertThat(out)
        .contains("of Acme Analytics Inc. (acme) on contract Case management (c1), 2026-11-30")
        .contains("methodology vigilance-hrdd@2026.1; recorded by tester")
        // G-01 stands, citing the company's policy with its grade
        .contains("G-01  level 1  assessed  A policy is published")
        .contains(
            "evidence: policy.pdf (doc-policy) page:1 \"We respect human rights.\" [E2 company.jsonl")
        // n/a left out of the group mean
        .contains("G-03  level n/a  not-applicable")
        .contains("(weight 10): (1 + 0) / 2 = 0.50 of 2; n/a: G-03")
        // E4 alone never raises a level
        .contains("I-01  level 0  capped (proposed 2)")
        .contains("evidence graded below E3 alone never raises a level, and doc-blog (E4")
        // a level above 0 needs a source
        .contains("I-02  level 0  capped (proposed 1)")
        .contains("needs at least one cited source and none is cited")
        // contradicted by an official record
        .contains("A-04  level 0  CONTRADICTED (proposed 2)")
        .contains(
            "claim claim-scope (\"Our software serves only the criminal investigations unit.\") is contradicted")
        .contains(
            "evidence (contradicts claim-scope): spending.csv (doc-spending) row:3 \"funding office:"
                + " removal operations\" [E1 official.jsonl line:1]")
        // the overdue letter decides C-04
        .contains("C-04  level 0  unanswered (proposed 1)")
        .contains("asked for an answer by 2020-09-10 and is unanswered on 2026-11-30")
        // indicators not in the file
        .contains("R-07  level 0  no-evidence  no evidence found [E4 assess acme 2026-11-30")
        // (10 × 0.5) / 100 = 0.05 of 2 → 2.5 of 100
        .contains("total 2.5 of 100")
        .contains("= 0.05 of 2; × 100 / 2 = 2.5 of 100");
    // every finding line carries its citation
    long findingLines = out.lines().filter(l -> l.matches("  [GIATCR]-0\\d  level .*")).count();
    long cited =
        out.lines()
            .filter(
                l ->
                    l.matches("  [GIATCR]-0\\d  level .*\\[E4 assess acme 2026-11-30 line:\\d+\\]"))
            .count();
    assertThat(findingLines).isEqualTo(26);
    assertThat(cited).isEqualTo(26);
    assertThat(ok("verify").out()).contains("OK");
  }

  @Test
  void older_assessments_stay_and_the_history_shows_them_oldest_first() throws Exception {
    ok("assess", "acme", "--methodology", "vigilance-hrdd@2026.1", "--date", "2025-01-15");
    Path findings = write("findings.yaml", FINDINGS);
    ok(
        "assess",
        "acme",
        "--methodology",
        "vigilance-hrdd",
        "--findings",
        findings.toString(),
        "--date",
        "2026-11-30");
    // the same assessment again is recorded once
    CliRunner.Result again =
        ok(
            "assess",
            "acme",
            "--methodology",
            "vigilance-hrdd",
            "--findings",
            findings.toString(),
            "--date",
            "2026-11-30");
    assertThat(again.out()).contains("was recorded before; nothing added");

    CliRunner.Result history = ok("assessments", "acme");
    assertThat(history.out())
        .contains("Assessments of Acme Analytics Inc. (acme): 2, oldest first")
        .containsSubsequence(
            "2025-01-15  vigilance-hrdd@2026.1", "2026-11-30  vigilance-hrdd@2026.1")
        .contains("0.0 of 100", "2.5 of 100")
        .contains("G 0.50 · I 0.00 · A 0.00 · T 0.00 · C 0.00 · R 0.00")
        .contains("Latest:")
        .contains("A-04  level 0  CONTRADICTED");

    JsonNode json = JSON.readTree(ok("assessments", "acme", "--json").out());
    assertThat(json.get("assessments")).hasSize(2);
    assertThat(json.get("assessments").get(0).get("date").asText()).isEqualTo("2025-01-15");
    assertThat(json.get("assessments").get(0).get("total").asText()).isEqualTo("0.0");
    JsonNode latest = json.get("latest");
    assertThat(latest.get("date").asText()).isEqualTo("2026-11-30");
    assertThat(latest.get("groupScores").get("G").asText()).isEqualTo("0.50");
    assertThat(latest.get("findings")).hasSize(26);
    JsonNode a04 = latest.get("findings").get(11);
    assertThat(a04.get("indicator").asText()).isEqualTo("A-04");
    assertThat(a04.get("status").asText()).isEqualTo("contradicted");
    assertThat(a04.get("claims").get(0).asText()).isEqualTo("claim-scope");
    JsonNode contradicting = a04.get("evidence").get(1);
    assertThat(contradicting.get("role").asText()).isEqualTo("contradicts claim-scope");
    assertThat(contradicting.get("grade").asText()).isEqualTo("E1");
    assertThat(contradicting.get("citation").get("name").asText()).isEqualTo("official.jsonl");
    assertThat(ok("verify").out()).contains("OK");
  }

  @Test
  void a_bad_findings_file_is_refused_with_its_line_and_nothing_is_recorded() throws Exception {
    Path bad =
        write(
            "bad.yaml",
            """
            findings:
              G-01:
                level: 1
                rationale: x
                evidence: [acme]
            """);
    CliRunner.Result r =
        cli.run("assess", "acme", "--methodology", "vigilance-hrdd", "--findings", bad.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "bad.yaml:5: findings.G-01.evidence[1].document: 'acme' is a Company, not a Document");
    Path typo = write("typo.yaml", "findings:\n  G-01:\n    levle: 1\n");
    r = cli.run("assess", "acme", "--methodology", "vigilance-hrdd", "--findings", typo.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("typo.yaml:3: findings.G-01.levle: unknown key");
    r = cli.run("assess", "acme", "--methodology", "no-such-method");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("unknown methodology 'no-such-method'; known: vigilance-hrdd@2026.1");
    assertThat(ok("assessments", "acme").out())
        .contains("No assessment of Acme Analytics Inc. yet");
  }

  private static final String CUSTOM =
      """
      format: vigilance-methodology/1
      id: quick-check
      version: "1.0"
      title: A quick check
      frameworks: {UNGP: UN Guiding Principles}
      levels:
        - {level: 0, meaning: none}
        - {level: 1, meaning: shown}
      groups:
        - {id: C, title: Communicating, weight: 1}
      indicators:
        - id: C-04
          group: C
          question: "Did it answer?"
          full: A public answer.
          references: {UNGP: [21]}
          rules: [overdue-letter]
        - id: C-01
          group: C
          question: "Did it disclose?"
          full: Product and units.
      """;

  @Test
  void methodologies_are_listed_shown_checked_and_added_as_hashed_sources() throws Exception {
    assertThat(ok("methodology", "list").out()).contains("vigilance-hrdd@2026.1", "26", "bundled");
    assertThat(ok("methodology", "show", "vigilance-hrdd").out())
        .contains("C-04  Has the company answered specific allegations in public, point by point?")
        .contains("references: UNGP 16 · OECD 1 · CSDDD 7 · CHRB A.1 · RDR G1")
        .contains("graph rules: overdue-letter")
        .contains("A  Acting on what was found (weight 25)");

    Path bad =
        write(
            "bad.yaml",
            CUSTOM.replace(
                "group: C\n    question: \"Did it disclose?\"",
                "group: X\n    question: \"Did it disclose?\""));
    CliRunner.Result r = cli.run("methodology", "check", bad.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.yaml:19: indicators[C-01].group: unknown group 'X' (groups: C)");
    Path noQuestion = write("noq.yaml", CUSTOM.replace("    question: \"Did it answer?\"\n", ""));
    r = cli.run("methodology", "add", noQuestion.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("noq.yaml:12: indicators[C-04].question: missing");

    Path custom = write("quick.yaml", CUSTOM);
    assertThat(ok("methodology", "check", custom.toString()).out())
        .contains("quick.yaml: quick-check@1.0 reads: 2 levels, 1 groups, 2 indicators");
    assertThat(ok("methodology", "add", custom.toString()).out())
        .contains(
            "Stored quick-check@1.0 from quick.yaml as source", "methodology:quick-check@1.0");
    assertThat(ok("methodology", "add", custom.toString()).out()).contains("Already stored");
    assertThat(ok("methodology", "list").out()).contains("quick-check@1.0", "workspace");

    // a published version never changes meaning
    Path changed = write("quick2.yaml", CUSTOM.replace("A quick check", "A changed check"));
    r = cli.run("methodology", "add", changed.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("quick-check@1.0 is already defined by the stored file quick.yaml");
    Path fake =
        write(
            "fake.yaml",
            CUSTOM.replace(
                "id: quick-check\nversion: \"1.0\"", "id: vigilance-hrdd\nversion: \"2026.1\""));
    r = cli.run("methodology", "add", fake.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("already defined by the bundled file vigilance-hrdd-2026.1.yaml");

    // an assessment with the added methodology, whose total is on its own scale
    Path findings =
        write(
            "f.yaml",
            "findings:\n  C-01: {level: 1, rationale: Disclosed., evidence: [doc-policy]}\n");
    CliRunner.Result assessed =
        ok(
            "assess",
            "acme",
            "--methodology",
            "quick-check",
            "--findings",
            findings.toString(),
            "--date",
            "2026-11-30");
    assertThat(assessed.out())
        .contains("methodology quick-check@1.0")
        .contains("C-04  level 0  unanswered")
        .contains("C Communicating (weight 1): (0 + 1) / 2 = 0.50 of 1")
        .contains("total 50.0 of 100");
    JsonNode sources = JSON.readTree(ok("sources", "--json").out());
    long methodologySources = 0;
    for (JsonNode s : sources) {
      if (s.get("importer").asText().equals("methodology")) {
        methodologySources++;
      }
    }
    assertThat(methodologySources).isEqualTo(1);
    assertThat(ok("verify").out()).contains("OK");
  }

  @Test
  void an_assessment_cites_the_stored_bytes_of_the_bundled_methodology() throws Exception {
    ok("assess", "acme", "--methodology", "vigilance-hrdd", "--date", "2026-11-30");
    JsonNode list = JSON.readTree(ok("methodology", "list", "--json").out());
    assertThat(list.get(0).get("sources")).hasSize(1);
    JsonNode show = JSON.readTree(ok("show", "methodology:vigilance-hrdd@2026.1", "--json").out());
    assertThat(show.toString()).contains(list.get(0).get("sha256").asText());
  }
}
