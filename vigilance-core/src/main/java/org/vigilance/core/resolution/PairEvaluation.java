package org.vigilance.core.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A matcher's scores on labelled pairs, measured: precision, recall and F1 at thresholds 0.05,
 * 0.10, ... 1.00, and the best threshold among all the scores given.
 *
 * @param pairs how many pairs
 * @param matches how many of them are labelled matches
 * @param steps the metrics at each step of 0.05
 * @param best the threshold (one of the scores) with the highest F1; on a tie the higher threshold
 */
public record PairEvaluation(
    int pairs, int matches, List<ThresholdMetrics> steps, ThresholdMetrics best) {

  /** Copies the list. */
  public PairEvaluation {
    steps = List.copyOf(steps);
  }

  /**
   * One scored, labelled pair.
   *
   * @param score the score
   * @param match the label
   */
  public record Scored(double score, boolean match) {}

  /** Measures the scores. */
  public static PairEvaluation of(List<Scored> scored) {
    List<ThresholdMetrics> steps = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      steps.add(at(i / 20.0, scored));
    }
    TreeSet<Double> thresholds = new TreeSet<>();
    scored.forEach(s -> thresholds.add(s.score()));
    ThresholdMetrics best = at(1.0, scored);
    for (double t : thresholds.descendingSet()) {
      ThresholdMetrics m = at(t, scored);
      if (m.f1() > best.f1()) {
        best = m;
      }
    }
    int matches = (int) scored.stream().filter(Scored::match).count();
    return new PairEvaluation(scored.size(), matches, steps, best);
  }

  /** The metrics at one threshold. */
  public static ThresholdMetrics at(double threshold, List<Scored> scored) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Scored s : scored) {
      boolean called = s.score() >= threshold - 1e-12;
      if (called && s.match()) {
        tp++;
      } else if (called) {
        fp++;
      } else if (s.match()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new ThresholdMetrics(threshold, tp, fp, fn, tn);
  }
}
