package org.vigilance.core.resolution;

/**
 * Precision, recall and F1 of a matcher when pairs scoring at least a threshold are called a match.
 *
 * @param threshold the threshold
 * @param truePositives matches called matches
 * @param falsePositives non-matches called matches
 * @param falseNegatives matches missed
 * @param trueNegatives non-matches left apart
 */
public record ThresholdMetrics(
    double threshold,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    int trueNegatives) {

  /** TP / (TP + FP); 1 when nothing is called a match. */
  public double precision() {
    int called = truePositives + falsePositives;
    return called == 0 ? 1 : (double) truePositives / called;
  }

  /** TP / (TP + FN); 0 when there are no matches. */
  public double recall() {
    int matches = truePositives + falseNegatives;
    return matches == 0 ? 0 : (double) truePositives / matches;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
