package org.vigilance.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairEvaluationTest {

  private static PairEvaluation.Scored s(double score, boolean match) {
    return new PairEvaluation.Scored(score, match);
  }

  @Test
  void precision_recall_and_f1_are_counted_at_a_threshold() {
    List<PairEvaluation.Scored> scored =
        List.of(s(0.9, true), s(0.8, false), s(0.7, true), s(0.2, true), s(0.1, false));
    ThresholdMetrics m = PairEvaluation.at(0.5, scored);
    assertThat(m.truePositives()).isEqualTo(2);
    assertThat(m.falsePositives()).isEqualTo(1);
    assertThat(m.falseNegatives()).isEqualTo(1);
    assertThat(m.trueNegatives()).isEqualTo(1);
    assertThat(m.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(m.recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(m.f1()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void the_best_threshold_is_one_of_the_scores() {
    List<PairEvaluation.Scored> scored =
        List.of(s(0.95, true), s(0.6, true), s(0.55, false), s(0.3, false));
    PairEvaluation e = PairEvaluation.of(scored);
    assertThat(e.best().threshold()).isEqualTo(0.6);
    assertThat(e.best().f1()).isEqualTo(1.0);
    assertThat(e.steps()).hasSize(20);
    assertThat(e.pairs()).isEqualTo(4);
    assertThat(e.matches()).isEqualTo(2);
  }
}
