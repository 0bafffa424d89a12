package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.redflag.Recommendation;
import org.vigilance.core.redflag.RecommendationRules;
import org.vigilance.core.redflag.RedFlags;
import org.vigilance.core.redflag.VendorCase;

/** Each rule of the recommendation table, on a small graph. */
class RecommendationRulesTest {
  @TempDir Path dir;

  /** The vendor's claim that its contracts serve only one unit, contradicted by a record. */
  private static final String SCOPE_CLAIM =
      """
      {"id":"cl:1","schema":"Claim","properties":{"speaker":["co:acme"],"text":["Our contracts serve only the Investigations Unit."],"indicators":["A-04"]}}
      {"id":"el:1","schema":"EvidenceLink","properties":{"claim":["cl:1"],"relation":["contradicts"],"document":["doc:record"],"quote":["used by the Removals Unit"]}}
      """;

  private static String assessment(String level) {
    return """
        {"id":"as:1","schema":"DueDiligenceAssessment","properties":{"subject":["co:acme"],"contract":["c:1"],"methodology":["vigilance-1"],"date":["2020-09-28"]}}
        {"id":"as:1:I-01","schema":"Finding","properties":{"assessment":["as:1"],"indicator":["I-01"],"level":["%s"],"rationale":["No impact assessment of the contract was found."],"evidence":["doc:report"]}}
        """
        .formatted(level);
  }

  private static Recommendation recommend(VendorCase vendor) {
    return RecommendationRules.recommend(vendor, RedFlags.run(vendor));
  }

  private static List<String> conditions(Recommendation r) {
    return r.reasons().stream().map(Recommendation.Reason::condition).distinct().toList();
  }

  @Test
  void rc1_suspends_on_severe_contribution_no_impact_assessment_and_a_disputed_scope_claim()
      throws Exception {
    VendorCase vendor =
        FlagCase.base(dir)
            .add("reply.ftm.jsonl", EvidenceGrade.E2, SCOPE_CLAIM)
            .vendor("co:acme", "2026-01-01");
    Recommendation r = recommend(vendor);
    assertThat(r.rule()).isEqualTo("RC-1");
    assertThat(r.outcome()).isEqualTo(Recommendation.Outcome.SUSPEND);
    assertThat(conditions(r))
        .containsExactly("severe-contribution", "no-impact-assessment", "scope-claim-disputed");
    Recommendation.Reason severe = r.reasons().get(0);
    assertThat(severe.text()).contains("family life").contains("13/15 high");
    assertThat(severe.refs()).contains("im:1", "RF-01", "RF-04");
    assertThat(severe.citations()).isNotEmpty();
    assertThat(severe.evidence()).isNotEmpty();
    assertThat(r.reasons().get(1).text()).contains("no due-diligence assessment");
    assertThat(r.reasons().get(1).citations()).isEmpty(); // an absence has nothing to cite
    assertThat(r.reasons().get(2).refs()).contains("cl:1", "A-04", "RF-02");
    assertThat(r.reasons().get(2).evidence())
        .anySatisfy(e -> assertThat(e.grade()).isEqualTo(EvidenceGrade.E1));
    assertThat(r.unmet()).isEmpty();
  }

  @Test
  void rc1_cites_the_finding_when_the_impact_assessment_indicator_is_at_zero() throws Exception {
    VendorCase vendor =
        FlagCase.base(dir)
            .add("reply.ftm.jsonl", EvidenceGrade.E2, SCOPE_CLAIM)
            .add("assessment.ftm.jsonl", EvidenceGrade.E3, assessment("0"))
            .vendor("co:acme", "2026-01-01");
    Recommendation r = recommend(vendor);
    assertThat(r.outcome()).isEqualTo(Recommendation.Outcome.SUSPEND);
    Recommendation.Reason finding =
        r.reasons().stream()
            .filter(x -> x.condition().equals("no-impact-assessment"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.text()).contains("I-01 level 0").contains("No impact assessment");
    assertThat(finding.refs()).contains("I-01", "as:1");
    assertThat(finding.citations()).isNotEmpty();
    assertThat(finding.evidence()).isNotEmpty();
  }

  @Test
  void rc2_escalates_when_an_impact_assessment_exists_and_says_why_not_suspend() throws Exception {
    VendorCase vendor =
        FlagCase.base(dir)
            .add("reply.ftm.jsonl", EvidenceGrade.E2, SCOPE_CLAIM)
            .add("assessment.ftm.jsonl", EvidenceGrade.E3, assessment("1"))
            .vendor("co:acme", "2026-01-01");
    Recommendation r = recommend(vendor);
    assertThat(r.rule()).isEqualTo("RC-2");
    assertThat(r.outcome()).isEqualTo(Recommendation.Outcome.ESCALATE);
    assertThat(conditions(r)).contains("causes-or-contributes", "severe-impact-at-unit");
    assertThat(r.unmet())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.rule()).isEqualTo("RC-1");
              assertThat(u.missing()).singleElement().asString().startsWith("no-impact-assessment");
            });
  }

  @Test
  void rc2_escalates_without_a_scope_claim() throws Exception {
    Recommendation r = recommend(FlagCase.base(dir).vendor("co:acme", "2026-01-01"));
    assertThat(r.outcome()).isEqualTo(Recommendation.Outcome.ESCALATE);
    assertThat(r.unmet().get(0).missing())
        .singleElement()
        .asString()
        .startsWith("scope-claim-disputed");
  }

  @Test
  void rc3_engages_on_red_flags_with_a_directly_linked_impact_of_low_severity() throws Exception {
    String report =
        FlagCase.BASE_REPORT
            .replace("\"contribute\"", "\"directly-linked\"")
            .replace("\"severityScale\":[\"5\"]", "\"severityScale\":[\"2\"]")
            .replace("\"severityIrremediability\":[\"5\"]", "\"severityIrremediability\":[\"1\"]");
    VendorCase vendor =
        new FlagCase(dir)
            .add("records.ftm.jsonl", EvidenceGrade.E1, FlagCase.BASE_RECORDS)
            .add("report.ftm.jsonl", EvidenceGrade.E3, report)
            .vendor("co:acme", "2026-01-01");
    Recommendation r = recommend(vendor);
    assertThat(r.rule()).isEqualTo("RC-3");
    assertThat(r.outcome()).isEqualTo(Recommendation.Outcome.ENGAGE);
    assertThat(conditions(r)).containsExactly("red-flag", "directly-linked");
    assertThat(r.reasons().get(0).text()).startsWith("flag 1 RF-01:");
    assertThat(r.unmet()).extracting(Recommendation.Unmet::rule).containsExactly("RC-1", "RC-2");
  }

  @Test
  void rc4_monitors_a_vendor_of_a_high_risk_product_with_nothing_else_on_record() throws Exception {
    VendorCase vendor =
        new FlagCase(dir)
            .add(
                "records.ftm.jsonl",
                EvidenceGrade.E3,
                """
                {"id":"co:acme","schema":"Company","properties":{"name":["Acme Analytics Inc."]}}
                {"id":"p:face","schema":"Product","properties":{"name":["FaceFind"],"vendor":["co:acme"],"capabilities":["Facial recognition"]}}
                """)
            .vendor("co:acme", "2026-01-01");
    Recommendation r = recommend(vendor);
    assertThat(r.rule()).isEqualTo("RC-4");
    assertThat(r.outcome()).isEqualTo(Recommendation.Outcome.MONITOR);
    assertThat(r.reasons())
        .singleElement()
        .satisfies(x -> assertThat(x.text()).isEqualTo("FaceFind has Facial recognition"));
  }

  @Test
  void rc5_finds_no_action_for_a_vendor_with_nothing_on_record() throws Exception {
    VendorCase vendor = FlagCase.base(dir).vendor("org:ngo", "2026-01-01");
    Recommendation r = recommend(vendor);
    assertThat(r.rule()).isEqualTo("RC-5");
    assertThat(r.outcome()).isEqualTo(Recommendation.Outcome.NO_ACTION);
    assertThat(r.reasons()).isEmpty();
    assertThat(r.outcome().action()).contains("not the absence of risk");
    assertThat(r.unmet()).hasSize(4);
  }
}
