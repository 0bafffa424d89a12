package org.vigilance.core.diligence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Provenance;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.methodology.Indicator;
import org.vigilance.core.methodology.Methodology;

/**
 * A recorded assessment as read back from the case graph, with its findings and what each cites.
 *
 * @param assessment the {@code DueDiligenceAssessment} entity
 * @param contract the contract assessed, when one was
 * @param methodology {@code id@version}
 * @param date the date of the assessment
 * @param total the total score, when there is one
 * @param scale the scale of the total (100)
 * @param groupScores the mean level of each group ({@code n/a} for a group with no applicable
 *     indicator), in methodology order
 * @param scoreExplanation the arithmetic of the scores, one line per group then the total
 * @param findings the findings, in methodology order
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, when known
 * @param citation where it is recorded
 */
public record AssessmentView(
    MergedEntity assessment,
    @Nullable MergedEntity contract,
    String methodology,
    @Nullable String date,
    @Nullable String total,
    @Nullable String scale,
    Map<String, String> groupScores,
    String scoreExplanation,
    List<FindingView> findings,
    Instant recordedAt,
    @Nullable String recordedBy,
    Citation citation) {

  /** Copies the collections. */
  public AssessmentView {
    groupScores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupScores));
    findings = List.copyOf(findings);
  }

  /**
   * A recorded finding.
   *
   * @param finding the {@code Finding} entity
   * @param indicator the indicator id
   * @param group the indicator's group
   * @param level the level ({@code 0}, {@code 2}, {@code n/a})
   * @param status how it was reached
   * @param proposed the level the analyst proposed, when the findings file gave one
   * @param rationale the analyst's rationale
   * @param reasons the rules that changed or decided the level
   * @param passages what it cites
   * @param claims the contradicted claims that forced it down
   * @param letters the overdue letters that forced it down
   * @param citation where it is recorded
   */
  public record FindingView(
      MergedEntity finding,
      String indicator,
      @Nullable String group,
      String level,
      FindingStatus status,
      @Nullable String proposed,
      String rationale,
      List<String> reasons,
      List<PassageView> passages,
      List<MergedEntity> claims,
      List<MergedEntity> letters,
      Citation citation) {
    /** Copies the lists. */
    public FindingView {
      reasons = List.copyOf(reasons);
      passages = List.copyOf(passages);
      claims = List.copyOf(claims);
      letters = List.copyOf(letters);
    }
  }

  /**
   * A cited passage with the entity cited and where that entity comes from.
   *
   * @param passage role, document id, grade, locator, quote
   * @param document the document (or evidence link, or letter), when it is in the case
   * @param citation where the document comes from (its capture), when it is in the case
   */
  public record PassageView(
      Assessment.Passage passage, @Nullable MergedEntity document, @Nullable Citation citation) {}

  /**
   * The assessments of a subject (its merged component), oldest first: by date, then by when they
   * were recorded.
   *
   * @param methodologies finds a methodology by {@code id@version}, to put findings in its order
   *     (by group then indicator id when it is not found)
   */
  public static List<AssessmentView> history(
      CaseGraph graph, EntityId subject, Function<String, Optional<Methodology>> methodologies) {
    EntityId target = graph.canonical(subject);
    List<AssessmentView> result = new ArrayList<>();
    for (MergedEntity a : graph.all(Assess.ASSESSMENT_SCHEMA)) {
      if (graph.refs(a, "subject").stream().noneMatch(s -> s.id().equals(target))) {
        continue;
      }
      result.add(view(graph, a, methodologies));
    }
    result.sort(
        Comparator.comparing((AssessmentView v) -> String.valueOf(v.date()))
            .thenComparing(AssessmentView::recordedAt)
            .thenComparing(v -> v.assessment().id()));
    return result;
  }

  /** One recorded assessment. */
  public static AssessmentView view(
      CaseGraph graph, MergedEntity a, Function<String, Optional<Methodology>> methodologies) {
    String key = first(a, "methodology");
    String methodologyKey = key == null ? "" : key;
    Optional<Methodology> methodology = methodologies.apply(methodologyKey);
    List<FindingView> findings = new ArrayList<>();
    for (MergedEntity f : graph.referencing(a.id(), "assessment")) {
      if (graph.isA(f, Assess.FINDING_SCHEMA)) {
        findings.add(finding(graph, f));
      }
    }
    Map<String, Integer> order = new LinkedHashMap<>();
    methodology.ifPresent(
        m -> {
          List<Indicator> indicators = m.indicators();
          for (int i = 0; i < indicators.size(); i++) {
            order.put(indicators.get(i).id(), i);
          }
        });
    findings.sort(
        Comparator.comparing(
                (FindingView f) -> order.getOrDefault(f.indicator(), Integer.MAX_VALUE))
            .thenComparing(f -> String.valueOf(f.group()))
            .thenComparing(FindingView::indicator));
    Map<String, String> groups = new LinkedHashMap<>();
    String scores = first(a, "groupScores");
    if (scores != null) {
      for (String part : scores.trim().split("\\s+", -1)) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          groups.put(part.substring(0, eq), part.substring(eq + 1));
        }
      }
    }
    List<MergedEntity> contracts = graph.refs(a, "contract");
    Provenance recorded = a.fragments().get(0);
    String explanation = first(a, "scoreExplanation");
    return new AssessmentView(
        a,
        contracts.isEmpty() ? null : contracts.get(0),
        methodologyKey,
        first(a, "date"),
        first(a, "totalScore"),
        first(a, "totalScale"),
        groups,
        explanation == null ? "" : explanation,
        findings,
        recorded.recordedAt(),
        graph.source(recorded.source()).map(Source::capturedBy).orElse(null),
        graph.cite(a));
  }

  private static FindingView finding(CaseGraph graph, MergedEntity f) {
    List<PassageView> passages = new ArrayList<>();
    for (String value : f.values("passages")) {
      PassageCodec.decode(value)
          .ifPresent(
              p -> {
                Optional<MergedEntity> doc = graph.get(p.document());
                passages.add(
                    new PassageView(p, doc.orElse(null), doc.map(graph::cite).orElse(null)));
              });
    }
    // the analyst's first, then what the rules brought in
    passages.sort(
        Comparator.comparing((PassageView p) -> !p.passage().role().equals("cited"))
            .thenComparing(p -> p.passage().role()));
    String explanation = first(f, "explanation");
    String status = first(f, "status");
    String level = first(f, "level");
    String indicator = first(f, "indicator");
    String rationale = first(f, "rationale");
    return new FindingView(
        f,
        indicator == null ? f.id().value() : indicator,
        first(f, "group"),
        level == null ? "n/a" : level,
        status == null
            ? FindingStatus.ASSESSED
            : FindingStatus.parse(status).orElse(FindingStatus.ASSESSED),
        first(f, "proposedLevel"),
        rationale == null ? "" : rationale,
        explanation == null ? List.of() : List.of(explanation.split("\n", -1)),
        passages,
        graph.refs(f, "claims"),
        graph.refs(f, "letters"),
        graph.cite(f));
  }

  private static @Nullable String first(MergedEntity entity, String property) {
    List<String> values = entity.values(property);
    return values.isEmpty() ? null : values.get(0);
  }
}
