package org.vigilance.core.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Group and total arithmetic, N/A exclusion, and the checks of the methodology model. */
class MethodologyScoreCardTest {
  private static Indicator indicator(String id, String group) {
    return new Indicator(id, group, "q?", "full", List.of(), Set.of());
  }

  private static final List<Level> LEVELS =
      List.of(
          new Level(0, "none"), new Level(1, "some"), new Level(2, "all"), new Level(null, "n/a"));

  private static Methodology methodology(Scoring scoring) {
    return new Methodology(
        "test",
        "1",
        "Test",
        null,
        Map.of(),
        LEVELS,
        List.of(
            new Group("G", "Governance", BigDecimal.TEN),
            new Group("I", "Impacts", new BigDecimal("30")),
            new Group("R", "Remedy", new BigDecimal("60"))),
        List.of(
            indicator("G-01", "G"),
            indicator("G-02", "G"),
            indicator("I-01", "I"),
            indicator("I-02", "I"),
            indicator("R-01", "R")),
        scoring);
  }

  private static ScoreCard.Scored s(String id, Integer level) {
    return new ScoreCard.Scored(id, level);
  }

  private static ScoreCard.Scored na(String id) {
    return new ScoreCard.Scored(id, null);
  }

  @Test
  void a_group_is_the_mean_of_its_indicators_and_the_total_their_weighted_mean() {
    ScoreCard card =
        ScoreCard.of(
            methodology(Scoring.DEFAULT),
            List.of(s("G-01", 2), s("G-02", 1), s("I-01", 1), s("I-02", 0), s("R-01", 0)));
    assertThat(card.groups())
        .extracting(g -> String.valueOf(g.mean()))
        .containsExactly("1.50", "0.50", "0.00");
    // (10 × 1.5 + 30 × 0.5 + 60 × 0) / 100 = 0.30 of 2 → 15.0 of 100
    assertThat(card.totalLevel()).isEqualByComparingTo("0.30");
    assertThat(card.total()).isEqualByComparingTo("15.0");
    assertThat(card.groups().get(0).explanation()).isEqualTo("(2 + 1) / 2 = 1.50 of 2");
    assertThat(card.explanation())
        .isEqualTo(
            "(10 × 1.50 + 30 × 0.50 + 60 × 0.00) / 100 = 0.30 of 2; × 100 / 2 = 15.0 of 100");
  }

  @Test
  void not_applicable_indicators_are_left_out_of_the_mean() {
    ScoreCard card =
        ScoreCard.of(
            methodology(Scoring.DEFAULT),
            List.of(s("G-01", 2), na("G-02"), s("I-01", 1), s("I-02", 2), s("R-01", 1)));
    ScoreCard.GroupScore g = card.groups().get(0);
    assertThat(g.mean()).isEqualByComparingTo("2.00");
    assertThat(g.notApplicable()).containsExactly("G-02");
    assertThat(g.explanation()).isEqualTo("(2) / 1 = 2.00 of 2; n/a: G-02");
    // (10 × 2 + 30 × 1.5 + 60 × 1) / 100 = 1.25 of 2 → 62.5
    assertThat(card.total()).isEqualByComparingTo("62.5");
  }

  @Test
  void a_group_with_no_applicable_indicator_is_left_out_and_its_weight_shared_out() {
    ScoreCard card =
        ScoreCard.of(
            methodology(Scoring.DEFAULT),
            List.of(s("G-01", 2), s("G-02", 1), s("I-01", 1), s("I-02", 2), na("R-01")));
    assertThat(card.groups().get(2).mean()).isNull();
    assertThat(card.groups().get(2).explanation()).contains("left out of the total");
    // (10 × 1.5 + 30 × 1.5) / 40 = 1.5 of 2 → 75.0
    assertThat(card.total()).isEqualByComparingTo("75.0");
    assertThat(card.explanation())
        .endsWith("left out (no applicable indicator, weight shared out): R");
  }

  @Test
  void the_total_is_computed_from_unrounded_means_and_rounded_half_up() {
    Methodology m =
        new Methodology(
            "test",
            "1",
            "Test",
            null,
            Map.of(),
            LEVELS,
            List.of(new Group("G", "G", BigDecimal.TEN), new Group("I", "I", new BigDecimal("30"))),
            List.of(
                indicator("G-01", "G"),
                indicator("G-02", "G"),
                indicator("G-03", "G"),
                indicator("I-01", "I")),
            new Scoring(100, 1, org.vigilance.core.evidence.EvidenceGrade.E3, 0));
    ScoreCard card =
        ScoreCard.of(m, List.of(s("G-01", 1), s("G-02", 0), s("G-03", 0), s("I-01", 1)));
    // G = 1/3; total = (10/3 + 30) / 40 = 0.8333… of 2 → 41.666… → 41.7
    assertThat(card.groups().get(0).mean()).isEqualByComparingTo("0.33");
    assertThat(card.total()).isEqualByComparingTo("41.7");
  }

  @Test
  void every_indicator_not_applicable_gives_no_total() {
    ScoreCard card =
        ScoreCard.of(
            methodology(Scoring.DEFAULT),
            List.of(na("G-01"), na("G-02"), na("I-01"), na("I-02"), na("R-01")));
    assertThat(card.total()).isNull();
    assertThat(card.explanation()).contains("every indicator is not applicable");
  }

  @Test
  void indicators_missing_from_the_levels_count_as_zero() {
    ScoreCard card = ScoreCard.of(methodology(Scoring.DEFAULT), List.of(s("G-01", 2)));
    assertThat(card.groups().get(0).mean()).isEqualByComparingTo("1.00");
    assertThat(card.total()).isEqualByComparingTo("5.0");
  }

  @Test
  void the_model_refuses_inconsistent_methodologies() {
    assertThatThrownBy(
            () ->
                new Methodology(
                    "test",
                    "1",
                    "T",
                    null,
                    Map.of(),
                    LEVELS,
                    List.of(new Group("G", "G", BigDecimal.ONE)),
                    List.of(indicator("G-01", "X")),
                    Scoring.DEFAULT))
        .hasMessageContaining("unknown group 'X'");
    assertThatThrownBy(
            () ->
                new Methodology(
                    "test",
                    "1",
                    "T",
                    null,
                    Map.of(),
                    LEVELS,
                    List.of(new Group("G", "G", BigDecimal.ONE)),
                    List.of(indicator("G-01", "G"), indicator("G-01", "G")),
                    Scoring.DEFAULT))
        .hasMessageContaining("declared twice");
    assertThatThrownBy(() -> new Group("G", "G", BigDecimal.ZERO)).hasMessageContaining("above 0");
  }

  @Test
  void versions_compare_by_number_where_they_are_numbers() {
    assertThat(Methodologies.compareVersions("2026.10", "2026.9")).isPositive();
    assertThat(Methodologies.compareVersions("2026.1", "2026.1")).isZero();
    assertThat(Methodologies.compareVersions("2026.1", "2026.1.1")).isNegative();
    assertThat(Methodologies.compareVersions("1.0-rc", "1.0-rd")).isNegative();
  }
}
