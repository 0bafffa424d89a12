package org.vigilance.core.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Involvement, severity and dates of impacts. */
class ImpactValuesTest {
  @Test
  void involvement_reads_the_three_ungp_words_and_names_a_wrong_one() {
    assertThat(Involvement.parse("Contribute")).isEqualTo(Involvement.CONTRIBUTE);
    assertThat(Involvement.parse("directly linked")).isEqualTo(Involvement.DIRECTLY_LINKED);
    assertThat(Involvement.parse("directly_linked").word()).isEqualTo("directly-linked");
    assertThat(Involvement.CAUSE.causesOrContributes()).isTrue();
    assertThat(Involvement.DIRECTLY_LINKED.causesOrContributes()).isFalse();
    assertThatThrownBy(() -> Involvement.parse("enables"))
        .hasMessage("involvement: 'enables' is not one of cause, contribute, directly-linked");
  }

  @Test
  void severity_scores_bands_and_hard_to_reverse_follow_the_documented_thresholds() {
    Severity raids = new Severity(5, 3, 5);
    assertThat(raids.score()).isEqualTo(13);
    assertThat(raids.band()).isEqualTo("high");
    assertThat(raids.hardToReverse()).isTrue();
    assertThat(raids).hasToString("13/15 high (scale 5, scope 3, irremediability 5)");
    assertThat(new Severity(4, 4, 3).band()).isEqualTo("high"); // 11
    assertThat(new Severity(4, 3, 3).band()).isEqualTo("medium"); // 10
    assertThat(new Severity(2, 2, 2).band()).isEqualTo("low"); // 6
    assertThat(new Severity(2, 2, 3).band()).isEqualTo("medium"); // 7
    assertThat(new Severity(5, 5, 3).hardToReverse()).isFalse();
  }

  @Test
  void severity_dimensions_are_whole_numbers_from_1_to_5() {
    assertThat(Severity.dimension("scale", " 4 ")).isEqualTo(4);
    assertThat(Severity.dimension("scale", "4.0")).isEqualTo(4);
    assertThatThrownBy(() -> Severity.dimension("scope", "0"))
        .hasMessage("severity scope: '0' is not a whole number from 1 to 5");
    assertThatThrownBy(() -> Severity.dimension("scale", "2.5")).hasMessageContaining("'2.5'");
    assertThatThrownBy(() -> Severity.dimension("irremediability", "high"))
        .hasMessageContaining("severity irremediability: 'high'");
    assertThatThrownBy(() -> new Severity(6, 1, 1)).hasMessageContaining("scale: 6");
    assertThat(Severity.of("5", null, "5")).isNull();
    assertThat(Severity.of("5", "9", "5")).isNull();
  }

  @Test
  void date_spans_keep_their_precision_and_order_only_what_is_sure() {
    DateSpan year = span("2019");
    DateSpan august = span("2019-08");
    DateSpan day = span("2019-09-15T10:00:00");
    DateSpan before = span("2019-07-31");
    assertThat(august.latest()).hasToString("2019-08-31");
    assertThat(day.after(august)).isTrue();
    assertThat(day.after(year)).isFalse(); // 2019 may be December
    assertThat(before.before(august)).isTrue();
    assertThat(year.possiblyAfter(august)).isTrue();
    assertThat(before.possiblyAfter(august)).isFalse();
    assertThat(august.possiblyOnOrBefore(day)).isTrue();
    assertThat(day.possiblyOnOrBefore(august)).isFalse();
    assertThat(DateSpan.parse("August 2019")).isNull();
    assertThat(DateSpan.parse("2019-13")).isNull();
    assertThat(august.compareTo(year)).isPositive();
  }

  private static DateSpan span(String text) {
    return java.util.Objects.requireNonNull(DateSpan.parse(text), text);
  }
}
