package org.vigilance.ingest.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.methodology.FileFormatException;
import org.vigilance.core.methodology.FindingsFile;
import org.vigilance.core.methodology.GraphRule;
import org.vigilance.core.methodology.Methodology;
import org.vigilance.core.methodology.MethodologyFiles;

/** Reading methodology and findings files: the bundled one, and each kind of malformed file. */
class MethodologyFilesTest {
  private final YamlMethodologyFiles files = new YamlMethodologyFiles();

  /** A small valid methodology; tests replace one line to break it. */
  private static final String VALID =
      """
      format: vigilance-methodology/1
      id: test-method
      version: "1.0"
      title: A test
      frameworks:
        UNGP: Guiding Principles
      levels:
        - level: 0
          meaning: none
        - level: 1
          meaning: some
        - level: 2
          meaning: all
        - level: n/a
          meaning: not applicable
      groups:
        - id: G
          title: Governance
          weight: 10
        - id: I
          title: Impacts
          weight: 30
      indicators:
        - id: G-01
          group: G
          question: Is there a policy?
          full: A public policy.
          references: {UNGP: [16]}
        - id: I-01
          group: I
          question: Was an assessment done?
          full: A dated assessment.
          rules: [overdue-letter]
      """;

  private static String withLine(int line, String text) {
    List<String> lines = new ArrayList<>(List.of(VALID.split("\n", -1)));
    lines.set(line - 1, text);
    return String.join("\n", lines);
  }

  private Methodology read(String text) {
    return files.methodology("m.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  private FileFormatException problem(String text) {
    try {
      read(text);
    } catch (FileFormatException e) {
      return e;
    }
    throw new AssertionError("no problem found in:\n" + text);
  }

  @Test
  void reads_a_valid_file() {
    Methodology m = read(VALID);
    assertThat(m.key()).isEqualTo("test-method@1.0");
    assertThat(m.levelCodes()).isEqualTo("0, 1, 2, n/a");
    assertThat(m.groups())
        .extracting(g -> g.weight())
        .containsExactly(BigDecimal.TEN, new BigDecimal("30"));
    assertThat(m.indicator("G-01").orElseThrow().references().toString()).isEqualTo("[UNGP 16]");
    assertThat(m.indicator("I-01").orElseThrow().rules()).containsExactly(GraphRule.OVERDUE_LETTER);
    assertThat(m.scoring().weakestRaisingGrade()).isEqualTo(EvidenceGrade.E3);
  }

  @Test
  void the_bundled_methodology_reads_with_its_26_indicators_and_weights() {
    List<MethodologyFiles.Bundled> bundled = files.bundled();
    assertThat(bundled)
        .extracting(MethodologyFiles.Bundled::fileName)
        .containsExactly("vigilance-hrdd-2026.1.yaml");
    Methodology m = files.methodology(bundled.get(0).fileName(), bundled.get(0).bytes());
    assertThat(m.key()).isEqualTo("vigilance-hrdd@2026.1");
    assertThat(m.indicators()).hasSize(26);
    assertThat(m.indicators().get(0).id()).isEqualTo("G-01");
    assertThat(m.indicators().get(25).id()).isEqualTo("R-07");
    assertThat(m.groups())
        .extracting(g -> g.id() + "=" + g.weight())
        .containsExactly("G=10", "I=25", "A=25", "T=10", "C=15", "R=15");
    assertThat(m.indicator("C-04").orElseThrow().rules()).containsExactly(GraphRule.OVERDUE_LETTER);
    assertThat(m.indicator("I-01").orElseThrow().references().toString())
        .contains("UNGP 17", "OECD 2", "CSDDD 8", "CHRB B.2.1");
    assertThat(m.indicator("I-03").orElseThrow().references().toString()).contains("FR 1");
    assertThat(m.scoring().totalScale()).isEqualTo(100);
  }

  @Test
  void an_unquoted_version_keeps_its_digits() {
    assertThat(read(withLine(3, "version: 2026.10")).version()).isEqualTo("2026.10");
  }

  @Test
  void an_unknown_group_names_its_line_and_field() {
    FileFormatException e = problem(withLine(30, "    group: X"));
    assertThat(e.line()).isEqualTo(30);
    assertThat(e.field()).isEqualTo("indicators[I-01].group");
    assertThat(e.getMessage())
        .isEqualTo("m.yaml:30: indicators[I-01].group: unknown group 'X' (groups: G, I)");
  }

  @Test
  void a_duplicate_indicator_id_names_the_second_and_the_first() {
    FileFormatException e = problem(withLine(29, "  - id: G-01"));
    assertThat(e.line()).isEqualTo(29);
    assertThat(e.field()).isEqualTo("indicators[G-01].id");
    assertThat(e.reason()).isEqualTo("indicator 'G-01' is declared twice (first on line 24)");
  }

  @Test
  void a_weight_that_is_not_a_number() {
    FileFormatException e = problem(withLine(22, "    weight: thirty"));
    assertThat(e.line()).isEqualTo(22);
    assertThat(e.field()).isEqualTo("groups[I].weight");
    assertThat(e.reason()).isEqualTo("'thirty' is not a number");
    assertThat(problem(withLine(22, "    weight: 0")).reason()).contains("above 0");
  }

  @Test
  void a_missing_question() {
    FileFormatException e = problem(withLine(26, "    full2: x"));
    assertThat(e.field()).isEqualTo("indicators[G-01].full2");
    assertThat(e.reason()).startsWith("unknown key");
    e = problem(withLine(26, "    # no question"));
    assertThat(e.line()).isEqualTo(24);
    assertThat(e.field()).isEqualTo("indicators[G-01].question");
    assertThat(e.reason()).isEqualTo("missing");
    e = problem(withLine(26, "    question:"));
    assertThat(e.line()).isEqualTo(26);
    assertThat(e.field()).isEqualTo("indicators[G-01].question");
  }

  @Test
  void an_unknown_level_and_a_gap_in_levels() {
    FileFormatException e = problem(withLine(12, "  - level: three"));
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.field()).isEqualTo("levels[3].level");
    assertThat(e.reason()).startsWith("unknown level 'three'");
    e = problem(withLine(12, "  - level: 3"));
    assertThat(e.reason()).contains("expected 2, found 3");
    e = problem(withLine(12, "  - level: n/a"));
    assertThat(e.line()).isEqualTo(14);
    assertThat(e.reason()).contains("'n/a' is declared twice (first on line 12)");
  }

  @Test
  void an_unknown_key_framework_rule_or_format() {
    FileFormatException e = problem(withLine(27, "    fulll: A public policy."));
    assertThat(e.line()).isEqualTo(27);
    assertThat(e.field()).isEqualTo("indicators[G-01].fulll");
    e = problem(withLine(28, "    references: {OECD: [1]}"));
    assertThat(e.line()).isEqualTo(28);
    assertThat(e.field()).isEqualTo("indicators[G-01].references.OECD");
    assertThat(e.reason()).contains("unknown framework 'OECD'");
    e = problem(withLine(33, "    rules: [never-answers]"));
    assertThat(e.line()).isEqualTo(33);
    assertThat(e.field()).isEqualTo("indicators[I-01].rules");
    assertThat(e.reason()).isEqualTo("unknown rule 'never-answers' (rules: overdue-letter)");
    e = problem(withLine(1, "format: vigilance-methodology/9"));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("format");
  }

  @Test
  void bad_yaml_a_duplicate_key_and_a_bad_id() {
    FileFormatException e = problem(withLine(19, "    weight: [10"));
    assertThat(e.reason()).startsWith("not valid YAML");
    assertThat(e.line()).isBetween(19, 21);
    e = problem(withLine(18, "    weight: 5"));
    assertThat(e.line()).isEqualTo(19);
    assertThat(e.field()).isEqualTo("weight");
    assertThat(e.reason()).contains("twice", "line 18");
    e = problem(withLine(2, "id: Test Method"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("id");
    assertThat(problem("").getMessage()).startsWith("m.yaml: is empty");
  }

  @Test
  void a_group_without_indicators_and_a_duplicate_group() {
    FileFormatException e = problem(withLine(30, "    group: G"));
    assertThat(e.line()).isEqualTo(20);
    assertThat(e.field()).isEqualTo("groups[I]");
    assertThat(e.reason()).isEqualTo("has no indicator");
    e = problem(withLine(20, "  - id: G"));
    assertThat(e.line()).isEqualTo(20);
    assertThat(e.field()).isEqualTo("groups[G].id");
  }

  @Test
  void scoring_parameters_are_checked() {
    String base = VALID.replace("indicators:\n", "scoring:\n  total-scale: ten\nindicators:\n");
    FileFormatException e = problem(base);
    assertThat(e.line()).isEqualTo(24);
    assertThat(e.field()).isEqualTo("scoring.total-scale");
    e =
        problem(
            VALID.replace("indicators:\n", "scoring:\n  weakest-raising-grade: E4\nindicators:\n"));
    assertThat(e.reason()).contains("E4");
    Methodology m =
        read(
            VALID.replace(
                "indicators:\n",
                "scoring:\n  total-scale: 2\n  weakest-raising-grade: E2\nindicators:\n"));
    assertThat(m.scoring().totalScale()).isEqualTo(2);
    assertThat(m.scoring().weakestRaisingGrade()).isEqualTo(EvidenceGrade.E2);
  }

  // ------------------------------------------------------------ findings files

  private FindingsFile findings(String text) {
    return files.findings("f.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reads_a_findings_file_with_both_forms_of_evidence() {
    FindingsFile f =
        findings(
            """
            methodology: vigilance-hrdd@2026.1
            subject: acme
            findings:
              G-01:
                level: 1
                rationale: A policy, generic.
                evidence:
                  - document: doc-policy
                    locator: page:2
                    quote: "We respect human rights."
                  - doc-report
              G-03:
                level: n/a
                rationale: No public-sector customers other than this one.
            """);
    assertThat(f.methodology()).isEqualTo("vigilance-hrdd@2026.1");
    assertThat(f.subject()).isEqualTo("acme");
    FindingsFile.Proposal g01 = java.util.Objects.requireNonNull(f.proposals().get("G-01"));
    assertThat(g01.level()).isEqualTo("1");
    assertThat(g01.line()).isEqualTo(4);
    assertThat(g01.evidence())
        .containsExactly(
            new FindingsFile.EvidenceRef("doc-policy", "page:2", "We respect human rights.", 8),
            new FindingsFile.EvidenceRef("doc-report", null, null, 11));
    assertThat(java.util.Objects.requireNonNull(f.proposals().get("G-03")).level())
        .isEqualTo("n/a");
  }

  @Test
  void a_findings_file_names_its_problems() {
    FileFormatException e =
        assertThrows(
            """
            findings:
              G-01:
                level: 1
            """);
    assertThat(e.getMessage()).isEqualTo("f.yaml:3: findings.G-01.rationale: missing");
    e =
        assertThrows(
            """
            findings:
              G-01:
                level: 1
                rationale: x
                evidence:
                  - locator: page:1
            """);
    assertThat(e.getMessage()).isEqualTo("f.yaml:6: findings.G-01.evidence[1].document: missing");
    e =
        assertThrows(
            """
            findings:
              G-01:
                levl: 1
            """);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("findings.G-01.levl");
  }

  private FileFormatException assertThrows(String text) {
    assertThatThrownBy(() -> findings(text)).isInstanceOf(FileFormatException.class);
    try {
      findings(text);
      throw new AssertionError();
    } catch (FileFormatException e) {
      return e;
    }
  }
}
