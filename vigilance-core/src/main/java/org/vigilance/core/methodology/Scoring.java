package org.vigilance.core.methodology;

import org.vigilance.core.evidence.EvidenceGrade;

/**
 * The parameters of the scoring rules (see {@code docs/adr/0012-methodology-and-assessments.md}).
 *
 * @param totalScale the total is reported from 0 to this (100: a percentage of the highest level)
 * @param sourcesAboveZero how many cited sources, graded {@code weakestRaisingGrade} or better, a
 *     level above 0 needs
 * @param weakestRaisingGrade the weakest evidence grade that can raise a level (E3: E4 evidence
 *     alone never raises one)
 * @param contradictedLevel the level an indicator is forced to when an official record contradicts
 *     a claim bearing on it
 */
public record Scoring(
    int totalScale,
    int sourcesAboveZero,
    EvidenceGrade weakestRaisingGrade,
    int contradictedLevel) {

  /** The defaults: 100, 1, E3, 0. */
  public static final Scoring DEFAULT = new Scoring(100, 1, EvidenceGrade.E3, 0);

  /** Checks the values. */
  public Scoring {
    if (totalScale < 1) {
      throw new IllegalArgumentException("total-scale is 1 or more, not " + totalScale);
    }
    if (sourcesAboveZero < 1) {
      throw new IllegalArgumentException(
          "sources-above-zero is 1 or more (a level above 0 always needs a source), not "
              + sourcesAboveZero);
    }
    if (contradictedLevel < 0) {
      throw new IllegalArgumentException(
          "contradicted-level is 0 or more, not " + contradictedLevel);
    }
  }

  /** Whether evidence of this grade can raise a level. */
  public boolean raises(EvidenceGrade grade) {
    return grade.compareTo(weakestRaisingGrade) <= 0;
  }
}
