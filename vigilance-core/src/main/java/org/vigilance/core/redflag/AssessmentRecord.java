package org.vigilance.core.redflag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.diligence.Citations;
import org.vigilance.core.diligence.DateSpan;
import org.vigilance.core.diligence.EvidenceItem;
import org.vigilance.core.entity.MergedEntity;

/**
 * A due-diligence assessment as the red flags and the recommendation read it: a {@code
 * DueDiligenceAssessment} (subject, contract, date) with its {@code Finding}s (indicator, level,
 * rationale, evidence).
 *
 * @param assessment the assessment entity
 * @param subject the company assessed
 * @param contract the contract assessed, for a company × contract assessment
 * @param date its date, when recorded
 * @param findings its findings, by indicator
 * @param citation where it is recorded
 */
public record AssessmentRecord(
    MergedEntity assessment,
    @Nullable MergedEntity subject,
    @Nullable MergedEntity contract,
    @Nullable DateSpan date,
    List<Finding> findings,
    Citation citation) {

  /** Copies the list. */
  public AssessmentRecord {
    findings = List.copyOf(findings);
  }

  /**
   * One finding.
   *
   * @param finding the {@code Finding} entity
   * @param indicator the indicator's id ({@code I-01}...)
   * @param level the level reached, when scored (absent for N/A)
   * @param rationale why, when recorded
   * @param evidence the documents it cites
   * @param citation where it is recorded
   */
  public record Finding(
      MergedEntity finding,
      String indicator,
      @Nullable BigDecimal level,
      @Nullable String rationale,
      List<EvidenceItem> evidence,
      Citation citation) {
    /** Copies the list. */
    public Finding {
      evidence = List.copyOf(evidence);
    }
  }

  /** The finding on an indicator, if any. */
  public @Nullable Finding finding(String indicator) {
    for (Finding f : findings) {
      if (f.indicator().equalsIgnoreCase(indicator)) {
        return f;
      }
    }
    return null;
  }

  /** {@code assessment A-1 of 2020-09-28 (contract HSCETC14C00002)}. */
  public String describe(CaseGraph graph) {
    return "assessment "
        + assessment.caption(graph.model())
        + (date == null ? "" : " of " + date)
        + (contract == null ? "" : " (contract " + contract.caption(graph.model()) + ")");
  }

  /** Reads an assessment and its findings. */
  public static AssessmentRecord of(CaseGraph graph, MergedEntity assessment) {
    List<Finding> findings = new ArrayList<>();
    for (MergedEntity f : graph.referencing(assessment.id(), "assessment")) {
      if (!graph.isA(f, "Finding") || f.values("indicator").isEmpty()) {
        continue;
      }
      List<String> rationale = f.values("rationale");
      findings.add(
          new Finding(
              f,
              f.values("indicator").get(0),
              level(f.values("level")),
              rationale.isEmpty() ? null : rationale.get(0),
              EvidenceItem.of(graph, f),
              Citations.entity(graph, f)));
    }
    findings.sort(Comparator.comparing(Finding::indicator));
    List<MergedEntity> subjects = graph.refs(assessment, "subject");
    List<MergedEntity> contracts = graph.refs(assessment, "contract");
    List<String> dates = new ArrayList<>(assessment.values("date"));
    dates.addAll(assessment.values("startDate"));
    return new AssessmentRecord(
        assessment,
        subjects.isEmpty() ? null : subjects.get(0),
        contracts.isEmpty() ? null : contracts.get(0),
        DateSpan.first(dates),
        findings,
        Citations.entity(graph, assessment));
  }

  private static @Nullable BigDecimal level(List<String> values) {
    for (String v : values) {
      try {
        return new BigDecimal(v.trim());
      } catch (NumberFormatException e) {
        // N/A or a word: not a level
      }
    }
    return null;
  }
}
