package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.diligence.Assess;
import org.vigilance.core.diligence.Assessment;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.FindingStatus;
import org.vigilance.core.diligence.RecordEntry;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Model;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.judgement.Components;
import org.vigilance.core.methodology.FileFormatException;
import org.vigilance.core.methodology.FindingsFile;
import org.vigilance.core.methodology.Methodology;
import org.vigilance.ingest.ftm.FtmRecordReader;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.ingest.methodology.YamlMethodologyFiles;
import org.vigilance.testing.InMemoryWorkspace;

/**
 * The assessment rules on small graphs: the source-needed rule, the E4 rule, the CONTRADICTED rule,
 * the overdue-letter rule, N/A exclusion, and the scores that follow.
 */
class AssessRulesTest {
  private static final Model MODEL = FtmSchemaLoader.loadDefault();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
  private static final YamlMethodologyFiles FILES = new YamlMethodologyFiles();

  /** Two groups; C-04 carries the overdue-letter rule. */
  private static final Methodology METHOD =
      FILES.methodology(
          "small.yaml",
          """
          format: vigilance-methodology/1
          id: small
          version: "1"
          title: Small
          levels:
            - {level: 0, meaning: none}
            - {level: 1, meaning: some}
            - {level: 2, meaning: all}
            - {level: n/a, meaning: does not apply}
          groups:
            - {id: A, title: Acting, weight: 10}
            - {id: C, title: Communicating, weight: 30}
          indicators:
            - {id: A-01, group: A, question: "Safeguards?", full: Clauses.}
            - {id: A-04, group: A, question: "Scope statements match records?", full: They match.}
            - {id: C-01, group: C, question: "Disclosure?", full: Product and units.}
            - {id: C-04, group: C, question: "Answered allegations?", full: A public answer., rules: [overdue-letter]}
          """
              .getBytes(StandardCharsets.UTF_8));

  @TempDir Path dir;
  private InMemoryWorkspace ws;

  @BeforeEach
  void setUp() throws Exception {
    ws = new InMemoryWorkspace(dir, CLOCK);
    record(
        "base",
        EvidenceGrade.E3,
        entity("acme", "Company", "name", "Acme Analytics"),
        entity("ngo", "Organization", "name", "Rights Watchers"),
        entity("spokes", "Person", "name", "A company spokesperson"),
        entity("c1", "Contract", "name", "C-1", "title", "Case management"));
    record("official", EvidenceGrade.E1, entity("doc-e1", "Document", "title", "Spending record"));
    record("company", EvidenceGrade.E2, entity("doc-e2", "Document", "title", "Company policy"));
    record("press", EvidenceGrade.E3, entity("doc-e3", "Document", "title", "Press report"));
    record("rumour", EvidenceGrade.E4, entity("doc-e4", "Document", "title", "Anonymous post"));
  }

  private static EntityDraft entity(String id, String schema, String... properties) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    for (int i = 0; i < properties.length; i += 2) {
      p.computeIfAbsent(properties[i], k -> new ArrayList<>()).add(properties[i + 1]);
    }
    return new EntityDraft(EntityId.of(id), schema, p);
  }

  private void record(String name, EvidenceGrade grade, EntityDraft... entities) throws Exception {
    new RecordEntry(ws, MODEL, CLOCK, new FtmRecordReader())
        .record(
            new RecordEntry.Entry(
                "test",
                name,
                CollectionName.DEFAULT,
                Sensitivity.PUBLIC,
                grade,
                null,
                "tester",
                Arrays.asList(entities)));
  }

  private FindingsFile findings(String yaml) {
    return FILES.findings("findings.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private Assessment assess(@Nullable String yaml, LocalDate date) {
    CaseGraph graph = CaseGraph.load(ws.fragments(), ws.sources(), MODEL, Components.of(List.of()));
    return Assess.apply(
        graph,
        METHOD,
        new Assess.Request(EntityId.of("acme"), null, date, yaml == null ? null : findings(yaml)));
  }

  private Assessment assess(@Nullable String yaml) {
    return assess(yaml, LocalDate.of(2026, 11, 30));
  }

  private static Assessment.Finding finding(Assessment a, String indicator) {
    return a.findings().stream()
        .filter(f -> f.indicator().id().equals(indicator))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void an_indicator_not_in_the_findings_is_zero_no_evidence_found() {
    Assessment a = assess(null);
    assertThat(a.findings()).hasSize(4);
    Assessment.Finding f = finding(a, "A-01");
    assertThat(f.level()).isZero();
    assertThat(f.status()).isEqualTo(FindingStatus.NO_EVIDENCE);
    assertThat(f.rationale()).isEqualTo("no evidence found");
    assertThat(a.scores().total()).isEqualByComparingTo("0.0");
  }

  @Test
  void a_level_above_zero_needs_a_cited_source() {
    Assessment a =
        assess(
            """
            findings:
              A-01: {level: 2, rationale: The contract has clauses.}
              C-01: {level: 0, rationale: Nothing published.}
            """);
    Assessment.Finding f = finding(a, "A-01");
    assertThat(f.level()).isZero();
    assertThat(f.status()).isEqualTo(FindingStatus.CAPPED);
    assertThat(f.proposed()).isEqualTo("2");
    assertThat(f.reasons())
        .singleElement()
        .asString()
        .contains("needs at least one cited source and none is cited");
    // a proposed 0 needs no source
    assertThat(finding(a, "C-01").status()).isEqualTo(FindingStatus.ASSESSED);
  }

  @Test
  void e4_evidence_alone_never_raises_a_level() {
    Assessment a =
        assess(
            """
            findings:
              A-01:
                level: 2
                rationale: An anonymous post says so.
                evidence: [doc-e4]
              C-01:
                level: 1
                rationale: The post and a press report.
                evidence: [doc-e4, {document: doc-e3, locator: page:2, quote: "units served"}]
            """);
    Assessment.Finding capped = finding(a, "A-01");
    assertThat(capped.level()).isZero();
    assertThat(capped.status()).isEqualTo(FindingStatus.CAPPED);
    assertThat(capped.reasons())
        .singleElement()
        .asString()
        .contains("below E3 alone never raises a level", "doc-e4 (E4, unverified allegation)");
    assertThat(capped.passages())
        .singleElement()
        .satisfies(p -> assertThat(p.grade()).isEqualTo(EvidenceGrade.E4));
    Assessment.Finding raised = finding(a, "C-01");
    assertThat(raised.level()).isEqualTo(1);
    assertThat(raised.status()).isEqualTo(FindingStatus.ASSESSED);
    assertThat(raised.passages())
        .extracting(p -> p.document().value() + " " + p.grade())
        .containsExactly("doc-e4 E4", "doc-e3 E3");
  }

  private void scopeClaim(EvidenceGrade linkGrade, String document) throws Exception {
    record(
        "claim",
        EvidenceGrade.E2,
        entity(
            "claim-scope",
            "Claim",
            "speaker",
            "acme",
            "about",
            "c1",
            "text",
            "We serve the criminal investigations unit only.",
            "indicators",
            "A-04"),
        entity(
            "link-1",
            "EvidenceLink",
            "claim",
            "claim-scope",
            "relation",
            "contradicts",
            "document",
            document,
            "locator",
            "row:3",
            "quote",
            "funding office: removal operations",
            "grade",
            linkGrade.name()));
  }

  @Test
  void a_claim_an_official_record_contradicts_forces_its_indicator_to_zero() throws Exception {
    scopeClaim(EvidenceGrade.E1, "doc-e1");
    Assessment a =
        assess(
            """
            findings:
              A-04:
                level: 2
                rationale: The company states its scope.
                evidence: [doc-e2]
            """);
    Assessment.Finding f = finding(a, "A-04");
    assertThat(f.level()).isZero();
    assertThat(f.status()).isEqualTo(FindingStatus.CONTRADICTED);
    assertThat(f.claims()).containsExactly(EntityId.of("claim-scope"));
    assertThat(f.reasons())
        .singleElement()
        .asString()
        .contains("claim claim-scope", "official record (E1) contradicts it", "forced to 0");
    assertThat(f.passages())
        .extracting(p -> p.role() + " " + p.document() + " " + p.grade() + " " + p.locator())
        .containsExactly("cited doc-e2 E2 null", "contradicts claim-scope doc-e1 E1 row:3");
  }

  @Test
  void contradiction_overrides_not_applicable() throws Exception {
    scopeClaim(EvidenceGrade.E1, "doc-e1");
    Assessment a =
        assess(
            """
            findings:
              A-04: {level: n/a, rationale: Said not to apply.}
            """);
    assertThat(finding(a, "A-04").level()).isZero();
    assertThat(finding(a, "A-04").status()).isEqualTo(FindingStatus.CONTRADICTED);
  }

  @Test
  void a_claim_only_credible_sources_contradict_is_contested_and_leaves_the_level()
      throws Exception {
    scopeClaim(EvidenceGrade.E3, "doc-e3");
    Assessment a =
        assess(
            """
            findings:
              A-04: {level: 1, rationale: Partly reconciled., evidence: [doc-e2]}
            """);
    assertThat(finding(a, "A-04").level()).isEqualTo(1);
    assertThat(finding(a, "A-04").status()).isEqualTo(FindingStatus.ASSESSED);
  }

  private void letter(@Nullable String replyDate) throws Exception {
    List<EntityDraft> entities = new ArrayList<>();
    entities.add(
        entity(
            "letter-1",
            "Correspondence",
            "sender",
            "ngo",
            "recipient",
            "acme",
            "date",
            "2020-08-20",
            "deadline",
            "2020-09-10",
            "subject",
            "Questions on C-1"));
    if (replyDate != null) {
      entities.add(
          entity(
              "reply-1",
              "Correspondence",
              "sender",
              "acme",
              "recipient",
              "ngo",
              "date",
              replyDate,
              "inReplyTo",
              "letter-1"));
    }
    record("letter", EvidenceGrade.E3, entities.toArray(EntityDraft[]::new));
  }

  private static final String C04 =
      """
      findings:
        C-04: {level: 2, rationale: A public answer., evidence: [doc-e2]}
      """;

  @Test
  void an_overdue_letter_forces_c04_to_zero_and_is_cited() throws Exception {
    letter(null);
    Assessment.Finding f = finding(assess(C04), "C-04");
    assertThat(f.level()).isZero();
    assertThat(f.status()).isEqualTo(FindingStatus.UNANSWERED);
    assertThat(f.letters()).containsExactly(EntityId.of("letter-1"));
    assertThat(f.reasons())
        .singleElement()
        .asString()
        .contains("letter letter-1", "2020-09-10", "unanswered on 2026-11-30");
    assertThat(f.passages()).extracting(p -> p.role()).contains("unanswered letter-1");
    // the letter is cited, but only documents go into the finding's evidence
    assertThat(f.documents()).containsExactly(EntityId.of("doc-e2"));
    // the rule names C-04 only
    assertThat(finding(assess(C04), "C-01").status()).isEqualTo(FindingStatus.NO_EVIDENCE);
  }

  @Test
  void a_letter_answered_or_not_yet_due_does_not() throws Exception {
    letter(null);
    Assessment.Finding beforeDeadline = finding(assess(C04, LocalDate.of(2020, 9, 1)), "C-04");
    assertThat(beforeDeadline.level()).isEqualTo(2);
    assertThat(beforeDeadline.status()).isEqualTo(FindingStatus.ASSESSED);
  }

  @Test
  void a_letter_answered_late_is_not_overdue() throws Exception {
    letter("2020-10-01");
    assertThat(finding(assess(C04), "C-04").level()).isEqualTo(2);
  }

  @Test
  void not_applicable_is_left_out_and_the_scores_follow_the_levels() {
    Assessment a =
        assess(
            """
            findings:
              A-01: {level: 2, rationale: Clauses disclosed., evidence: [doc-e1]}
              A-04: {level: n/a, rationale: No statement of scope.}
              C-01: {level: 1, rationale: Partial disclosure., evidence: [doc-e2]}
            """);
    assertThat(finding(a, "A-04").level()).isNull();
    assertThat(finding(a, "A-04").status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
    // A = 2 / 1 = 2.00; C = (1 + 0) / 2 = 0.50; total = (10 × 2 + 30 × 0.5) / 40 = 0.875 of 2
    assertThat(a.scores().groups())
        .extracting(g -> String.valueOf(g.mean()))
        .containsExactly("2.00", "0.50");
    assertThat(a.scores().total()).isEqualByComparingTo("43.8");
    assertThat(a.scores().groups().get(0).explanation())
        .isEqualTo("(2) / 1 = 2.00 of 2; n/a: A-04");
  }

  @Test
  void the_findings_file_is_checked_against_the_methodology_and_the_case() {
    assertProblem(
        """
        findings:
          Z-09: {level: 1, rationale: x}
        """,
        "findings.yaml:2: findings.Z-09: unknown indicator 'Z-09'");
    assertProblem(
        """
        findings:
          A-01:
            level: 3
            rationale: x
        """,
        "findings.yaml:3: findings.A-01.level: unknown level '3' (levels: 0, 1, 2, n/a)");
    assertProblem(
        """
        findings:
          A-01:
            level: 1
            rationale: x
            evidence: [doc-missing]
        """,
        "findings.yaml:5: findings.A-01.evidence[1].document: no entity 'doc-missing'");
    assertProblem(
        """
        findings:
          A-01:
            level: 1
            rationale: x
            evidence:
              - document: acme
        """,
        "findings.yaml:6: findings.A-01.evidence[1].document: 'acme' is a Company, not a Document");
    assertProblem(
        """
        methodology: other-method
        findings: {}
        """,
        "findings.yaml:1: methodology: the file is written for 'other-method', not for small@1");
  }

  private void assertProblem(String yaml, String message) {
    assertThatThrownBy(() -> assess(yaml))
        .isInstanceOf(FileFormatException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void the_subject_must_be_an_organisation_never_a_person_and_the_contract_a_contract() {
    CaseGraph graph = CaseGraph.load(ws.fragments(), ws.sources(), MODEL, Components.of(List.of()));
    LocalDate day = LocalDate.of(2026, 11, 30);
    assertThatThrownBy(
            () ->
                Assess.apply(
                    graph, METHOD, new Assess.Request(EntityId.of("doc-e1"), null, day, null)))
        .hasMessageContaining("is a Document");
    assertThatThrownBy(
            () ->
                Assess.apply(
                    graph, METHOD, new Assess.Request(EntityId.of("spokes"), null, day, null)))
        .hasMessageContaining("is a Person")
        .hasMessageContaining("never a person");
    assertThatThrownBy(
            () ->
                Assess.apply(
                    graph,
                    METHOD,
                    new Assess.Request(EntityId.of("acme"), EntityId.of("ngo"), day, null)))
        .hasMessageContaining("not a Contract");
    assertThatThrownBy(
            () ->
                Assess.apply(
                    graph, METHOD, new Assess.Request(EntityId.of("nobody"), null, day, null)))
        .hasMessageContaining("no entity 'nobody'");
  }

  @Test
  void the_recorded_entities_carry_levels_statuses_passages_and_scores() throws Exception {
    scopeClaim(EvidenceGrade.E1, "doc-e1");
    Assessment a =
        assess(
            """
            findings:
              A-01: {level: 2, rationale: Clauses disclosed., evidence: [{document: doc-e1, locator: page:4, quote: "may terminate"}]}
              A-04: {level: 2, rationale: Scope stated., evidence: [doc-e2]}
            """);
    List<EntityDraft> drafts = Assess.entities(a, EntityId.of("methodology:small@1"));
    EntityDraft assessment = drafts.get(0);
    assertThat(assessment.schema()).isEqualTo("DueDiligenceAssessment");
    assertThat(assessment.id().value()).startsWith("dda-");
    assertThat(assessment.properties().get("groupScores")).containsExactly("A=1.00 C=0.00");
    assertThat(assessment.properties().get("totalScore")).containsExactly("12.5");
    for (EntityDraft d : drafts) {
      assertThat(MODEL.check(d)).as(d.toString()).isEmpty();
    }
    EntityDraft a01 = drafts.get(1);
    assertThat(a01.properties().get("passages"))
        .containsExactly("cited\tdoc-e1\tE1\tpage:4\tmay terminate");
    EntityDraft a04 = drafts.get(2);
    assertThat(a04.properties().get("status")).containsExactly("contradicted");
    assertThat(a04.properties().get("claims")).containsExactly("claim-scope");
    assertThat(a04.properties().get("evidence")).containsExactly("doc-e2", "doc-e1");
    // the same assessment gives the same id; another date another one
    assertThat(Assess.entities(a, EntityId.of("methodology:small@1")).get(0).id())
        .isEqualTo(assessment.id());
  }
}
