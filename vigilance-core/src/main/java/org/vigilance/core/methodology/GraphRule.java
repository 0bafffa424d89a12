package org.vigilance.core.methodology;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A rule an indicator can name so that the case graph, not the analyst, decides part of its level.
 * (Contradiction needs no naming: an indicator whose claims an official record contradicts is
 * forced down whatever the methodology says.)
 */
public enum GraphRule {
  /**
   * The indicator scores 0 when a letter to the subject is overdue (unanswered after its deadline)
   * on the date of the assessment: a company that did not answer has not answered allegations.
   */
  OVERDUE_LETTER;

  /** The name used in files: {@code overdue-letter}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The rule of that name. */
  public static Optional<GraphRule> of(String word) {
    return Arrays.stream(values()).filter(r -> r.word().equals(word.trim())).findFirst();
  }

  /** The names of every rule, for messages. */
  public static String known() {
    return Arrays.stream(values()).map(GraphRule::word).collect(Collectors.joining(", "));
  }
}
