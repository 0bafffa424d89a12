package org.vigilance.core.redflag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.diligence.ClaimStatus;
import org.vigilance.core.diligence.ClaimView;
import org.vigilance.core.diligence.EvidenceItem;
import org.vigilance.core.diligence.ImpactView;
import org.vigilance.core.diligence.Relation;
import org.vigilance.core.diligence.Severity;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.redflag.Recommendation.Outcome;
import org.vigilance.core.redflag.Recommendation.Reason;

/**
 * Derives one recommendation for a vendor from its red flags, the impacts that describe its
 * involvement and the findings of its latest assessments. The first rule of the table whose
 * conditions hold decides; its reasons are the facts that satisfy its conditions; the stronger
 * rules that did not apply are listed with what they miss.
 *
 * <table>
 *   <caption>Recommendation rules (first match wins)</caption>
 *   <tr><th>rule</th><th>recommendation</th><th>when</th></tr>
 *   <tr><td>RC-1</td><td>suspend services pending due diligence</td><td>all of:
 *       severe-contribution, no-impact-assessment, scope-claim-disputed</td></tr>
 *   <tr><td>RC-2</td><td>escalate and use leverage</td><td>any of: causes-or-contributes,
 *       severe-impact-at-unit</td></tr>
 *   <tr><td>RC-3</td><td>engage and request disclosure</td><td>any of: red-flag,
 *       directly-linked</td></tr>
 *   <tr><td>RC-4</td><td>monitor</td><td>any of: high-risk-product, impact-reached</td></tr>
 *   <tr><td>RC-5</td><td>no action found</td><td>otherwise</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Conditions</caption>
 *   <tr><th>condition</th><th>holds when</th></tr>
 *   <tr><td>severe-contribution</td><td>an impact describing the vendor's involvement (it, a
 *       subsidiary or one of its products is named) is recorded as cause or contribute, with a
 *       high severity (score 11–15 of 15) and hard to reverse (irremediability 4–5)</td></tr>
 *   <tr><td>no-impact-assessment</td><td>no latest assessment of the vendor (the latest of the
 *       company, and of each of its contracts) has a finding on I-01 (human-rights impact
 *       assessment of the contract) above level 0: I-01 is at 0, missing, or nothing was
 *       assessed</td></tr>
 *   <tr><td>scope-claim-disputed</td><td>a claim of the vendor on indicator A-04 (its statements
 *       of scope: which units, which uses) is contradicted or contested</td></tr>
 *   <tr><td>causes-or-contributes</td><td>an impact describing the vendor's involvement is
 *       recorded as cause or contribute (any severity)</td></tr>
 *   <tr><td>severe-impact-at-unit</td><td>an RF-01 flag reaches an impact of high
 *       severity</td></tr>
 *   <tr><td>red-flag</td><td>any red flag is raised</td></tr>
 *   <tr><td>directly-linked</td><td>an impact describing the vendor's involvement is recorded as
 *       directly linked</td></tr>
 *   <tr><td>high-risk-product</td><td>the vendor supplies a product with a high-risk capability
 *       ({@link Capabilities})</td></tr>
 *   <tr><td>impact-reached</td><td>an impact is reached by the vendor's contracts or
 *       products</td></tr>
 * </table>
 */
public final class RecommendationRules {
  private RecommendationRules() {}

  /** A condition of the table. */
  public enum Condition {
    /** Cause or contribute, high severity, hard to reverse. */
    SEVERE_CONTRIBUTION(
        "severe-contribution",
        "the vendor causes or contributes to severe (score 11–15), hard-to-reverse"
            + " (irremediability 4–5) harm"),
    /** No I-01 above 0 in the latest assessments. */
    NO_IMPACT_ASSESSMENT(
        "no-impact-assessment",
        "no contract-level human-rights impact assessment (I-01 at 0 or missing)"),
    /** A scope claim contradicted or contested. */
    SCOPE_CLAIM_DISPUTED(
        "scope-claim-disputed",
        "its claim about the scope of its contracts (A-04) is contradicted or contested"),
    /** Cause or contribute, any severity. */
    CAUSES_OR_CONTRIBUTES(
        "causes-or-contributes", "the vendor causes or contributes to a documented impact"),
    /** RF-01 with a high-severity impact. */
    SEVERE_IMPACT_AT_UNIT(
        "severe-impact-at-unit",
        "a product able to identify or track people reaches an impact of high severity (RF-01)"),
    /** Any red flag. */
    RED_FLAG("red-flag", "a red flag is raised"),
    /** A directly linked impact. */
    DIRECTLY_LINKED("directly-linked", "the vendor is directly linked to a documented impact"),
    /** A high-risk product. */
    HIGH_RISK_PRODUCT(
        "high-risk-product", "the vendor supplies a product able to identify or track people"),
    /** An impact reached. */
    IMPACT_REACHED(
        "impact-reached", "an impact is documented where its contracts or products reach");

    private final String id;
    private final String text;

    Condition(String id, String text) {
      this.id = id;
      this.text = text;
    }

    /** Its id, as printed. */
    public String id() {
      return id;
    }

    /** What it means. */
    public String text() {
      return text;
    }
  }

  /**
   * A rule of the table.
   *
   * @param id {@code RC-1}...
   * @param outcome what it recommends
   * @param all whether all conditions must hold (else any one)
   * @param conditions its conditions (none: always)
   */
  public record Rule(String id, Outcome outcome, boolean all, List<Condition> conditions) {
    /** Copies the list. */
    public Rule {
      conditions = List.copyOf(conditions);
    }
  }

  /** The table, strongest first. */
  public static final List<Rule> TABLE =
      List.of(
          new Rule(
              "RC-1",
              Outcome.SUSPEND,
              true,
              List.of(
                  Condition.SEVERE_CONTRIBUTION,
                  Condition.NO_IMPACT_ASSESSMENT,
                  Condition.SCOPE_CLAIM_DISPUTED)),
          new Rule(
              "RC-2",
              Outcome.ESCALATE,
              false,
              List.of(Condition.CAUSES_OR_CONTRIBUTES, Condition.SEVERE_IMPACT_AT_UNIT)),
          new Rule(
              "RC-3",
              Outcome.ENGAGE,
              false,
              List.of(Condition.RED_FLAG, Condition.DIRECTLY_LINKED)),
          new Rule(
              "RC-4",
              Outcome.MONITOR,
              false,
              List.of(Condition.HIGH_RISK_PRODUCT, Condition.IMPACT_REACHED)),
          new Rule("RC-5", Outcome.NO_ACTION, true, List.of()));

  /** The recommendation for a vendor with its flags ({@link RedFlags#run}). */
  public static Recommendation recommend(VendorCase vendor, List<RedFlag> flags) {
    Map<Condition, List<Reason>> facts = new LinkedHashMap<>();
    for (Condition c : Condition.values()) {
      facts.put(c, evaluate(c, vendor, flags));
    }
    List<Recommendation.Unmet> unmet = new ArrayList<>();
    for (Rule rule : TABLE) {
      List<Reason> reasons = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Condition c : rule.conditions()) {
        List<Reason> r = facts.getOrDefault(c, List.of());
        if (r.isEmpty()) {
          missing.add(c.id() + " (" + c.text() + ")");
        }
        reasons.addAll(r);
      }
      boolean holds =
          rule.conditions().isEmpty()
              || (rule.all() ? missing.isEmpty() : missing.size() < rule.conditions().size());
      if (holds) {
        return new Recommendation(rule.id(), rule.outcome(), reasons, unmet);
      }
      unmet.add(new Recommendation.Unmet(rule.id(), rule.outcome(), missing));
    }
    throw new IllegalStateException("the last rule of the table always holds");
  }

  private static List<Reason> evaluate(Condition c, VendorCase vendor, List<RedFlag> flags) {
    return switch (c) {
      case SEVERE_CONTRIBUTION ->
          impacts(
              c,
              vendor,
              flags,
              i ->
                  i.involvement() != null
                      && i.involvement().causesOrContributes()
                      && i.severity() != null
                      && i.severity().high()
                      && i.severity().hardToReverse());
      case CAUSES_OR_CONTRIBUTES ->
          impacts(
              c,
              vendor,
              flags,
              i -> i.involvement() != null && i.involvement().causesOrContributes());
      case DIRECTLY_LINKED ->
          impacts(
              c,
              vendor,
              flags,
              i -> i.involvement() != null && !i.involvement().causesOrContributes());
      case NO_IMPACT_ASSESSMENT -> noImpactAssessment(c, vendor);
      case SCOPE_CLAIM_DISPUTED -> scopeClaims(c, vendor);
      case SEVERE_IMPACT_AT_UNIT -> {
        List<Reason> reasons = new ArrayList<>();
        for (RedFlag f : flags) {
          if (!f.rule().equals("RF-01")) {
            continue;
          }
          for (ImpactView i : f.impacts()) {
            Severity s = i.severity();
            if (s != null && s.high()) {
              reasons.add(flagReason(c, f, flags));
              break;
            }
          }
        }
        yield reasons;
      }
      case RED_FLAG -> flags.stream().map(f -> flagReason(c, f, flags)).toList();
      case HIGH_RISK_PRODUCT -> {
        List<Reason> reasons = new ArrayList<>();
        for (VendorCase.ProductLink p : vendor.products()) {
          List<String> risky = Capabilities.highRisk(p.product());
          if (risky.isEmpty()) {
            continue;
          }
          Step step = vendor.productStep(p.product());
          reasons.add(
              new Reason(
                  c.id(),
                  p.product().caption(vendor.graph().model()) + " has " + String.join(", ", risky),
                  List.of(p.product().id().value()),
                  step.citations(),
                  List.of()));
        }
        yield reasons;
      }
      case IMPACT_REACHED -> {
        Map<EntityId, ImpactView> reached = new LinkedHashMap<>();
        for (VendorCase.ContractLink contract : vendor.contracts()) {
          vendor
              .impactsOf(contract)
              .forEach(l -> reached.put(l.impact().impact().id(), l.impact()));
        }
        for (VendorCase.ProductLink p : vendor.products()) {
          vendor
              .impactsOf(p.product())
              .forEach(l -> reached.put(l.impact().impact().id(), l.impact()));
        }
        yield reached.values().stream().map(i -> impactReason(c, vendor, i, flags)).toList();
      }
    };
  }

  private static List<Reason> impacts(
      Condition c,
      VendorCase vendor,
      List<RedFlag> flags,
      java.util.function.Predicate<ImpactView> test) {
    List<Reason> reasons = new ArrayList<>();
    for (ImpactView i : vendor.vendorImpacts()) {
      if (test.test(i)) {
        reasons.add(impactReason(c, vendor, i, flags));
      }
    }
    return reasons;
  }

  private static Reason impactReason(
      Condition c, VendorCase vendor, ImpactView i, List<RedFlag> flags) {
    List<String> refs = new ArrayList<>();
    refs.add(i.impact().id().value());
    for (RedFlag f : flags) {
      if (f.impacts().stream().anyMatch(x -> x.impact().id().equals(i.impact().id()))
          && !refs.contains(f.rule())) {
        refs.add(f.rule());
      }
    }
    CaseGraph graph = vendor.graph();
    String text =
        "impact on the right to "
            + i.right()
            + (i.event() == null ? "" : " (event \"" + i.event().caption(graph.model()) + "\")")
            + (i.unit() == null ? "" : " at " + i.unit().caption(graph.model()))
            + ": "
            + vendor.describe(i);
    return new Reason(c.id(), text, refs, List.of(i.citation()), i.evidence());
  }

  private static Reason flagReason(Condition c, RedFlag f, List<RedFlag> flags) {
    int n = flags.indexOf(f) + 1;
    Step last = f.path().get(f.path().size() - 1);
    return new Reason(
        c.id(),
        "flag " + n + " " + f.rule() + ": " + f.explanation(),
        List.of(f.rule()),
        last.citations(),
        last.evidence());
  }

  private static List<Reason> noImpactAssessment(Condition c, VendorCase vendor) {
    CaseGraph graph = vendor.graph();
    List<AssessmentRecord> latest = vendor.latestAssessments();
    List<Reason> reasons = new ArrayList<>();
    if (latest.isEmpty()) {
      reasons.add(
          new Reason(
              c.id(),
              "no due-diligence assessment of "
                  + vendor.subject().caption(graph.model())
                  + " or of its contracts is recorded (an absence: nothing to cite)",
              List.of("I-01"),
              List.of(),
              List.of()));
      return reasons;
    }
    for (AssessmentRecord a : latest) {
      AssessmentRecord.Finding f = a.finding("I-01");
      if (f != null && f.level() != null && f.level().compareTo(BigDecimal.ZERO) > 0) {
        return List.of(); // an impact assessment is on record
      }
      if (f == null) {
        reasons.add(
            new Reason(
                c.id(),
                a.describe(graph) + " has no finding on I-01",
                List.of("I-01", a.assessment().id().value()),
                List.of(a.citation()),
                List.of()));
      } else {
        reasons.add(
            new Reason(
                c.id(),
                a.describe(graph)
                    + ": I-01 "
                    + (f.level() == null ? "not scored" : "level " + f.level().toPlainString())
                    + (f.rationale() == null ? "" : " — " + f.rationale()),
                List.of("I-01", a.assessment().id().value()),
                List.of(f.citation()),
                f.evidence()));
      }
    }
    return reasons;
  }

  private static List<Reason> scopeClaims(Condition c, VendorCase vendor) {
    List<Reason> reasons = new ArrayList<>();
    for (ClaimView claim : vendor.claims()) {
      ClaimStatus status = claim.status().status();
      boolean scope = claim.indicators().stream().anyMatch(i -> i.equalsIgnoreCase("A-04"));
      if (!scope || (status != ClaimStatus.CONTRADICTED && status != ClaimStatus.CONTESTED)) {
        continue;
      }
      List<Citation> citations = new ArrayList<>();
      citations.add(claim.citation());
      List<EvidenceItem> evidence = new ArrayList<>();
      for (ClaimView.Evidence e : claim.evidence(Relation.CONTRADICTS)) {
        Step step = ContradictedClaim.evidenceStep(vendor.graph(), e);
        citations.addAll(step.citations());
        evidence.addAll(step.evidence());
      }
      List<String> refs = new ArrayList<>(List.of(claim.claim().id().value(), "A-04"));
      if (status == ClaimStatus.CONTRADICTED) {
        refs.add("RF-02");
      }
      reasons.add(
          new Reason(
              c.id(),
              "claim \"" + claim.text() + "\" is " + status.word() + ": " + claim.status().reason(),
              refs,
              citations,
              evidence));
    }
    return reasons;
  }
}
