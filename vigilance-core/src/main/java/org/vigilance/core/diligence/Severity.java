package org.vigilance.core.diligence;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How severe an adverse impact is, in the three dimensions of the UN Guiding Principles (principle
 * 14): scale (how grave), scope (how many people), irremediability (how hard to undo), each from 1
 * to 5.
 *
 * <p>The <b>score</b> is their sum (3 to 15). The <b>band</b> is low (3–6), medium (7–10) or high
 * (11–15). An impact is <b>hard to reverse</b> when its irremediability is 4 or 5 (detention,
 * removal, family separation). These thresholds are the ones the recommendation rules use; they are
 * documented in {@code docs/due-diligence.md} and ADR 0013.
 *
 * @param scale how grave, 1 (minor) to 5 (gravest)
 * @param scope how widespread, 1 (few people) to 5 (very many)
 * @param irremediability how hard to remedy, 1 (easily) to 5 (not at all)
 */
public record Severity(int scale, int scope, int irremediability) {
  /** The lowest score of the high band. */
  public static final int HIGH = 11;

  /** The lowest irremediability that makes an impact hard to reverse. */
  public static final int HARD_TO_REVERSE = 4;

  /** Checks each dimension is from 1 to 5. */
  public Severity {
    check("scale", scale);
    check("scope", scope);
    check("irremediability", irremediability);
  }

  private static void check(String field, int value) {
    if (value < 1 || value > 5) {
      throw new IllegalArgumentException(
          "severity " + field + ": " + value + " is not from 1 to 5");
    }
  }

  /**
   * Parses one dimension as typed or stored ({@code 4}, {@code 4.0}).
   *
   * @param field the dimension's name, for the error
   * @throws IllegalArgumentException naming the field and the value when it is not 1 to 5
   */
  public static int dimension(String field, String text) {
    try {
      BigDecimal value = new BigDecimal(text.trim());
      if (value.stripTrailingZeros().scale() <= 0) {
        int n = value.intValueExact();
        if (n >= 1 && n <= 5) {
          return n;
        }
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException(
        "severity " + field + ": '" + text + "' is not a whole number from 1 to 5");
  }

  /** The severity stored on an impact, or null unless all three dimensions are there and valid. */
  public static @Nullable Severity of(
      @Nullable String scale, @Nullable String scope, @Nullable String irremediability) {
    if (scale == null || scope == null || irremediability == null) {
      return null;
    }
    try {
      return new Severity(
          dimension("scale", scale),
          dimension("scope", scope),
          dimension("irremediability", irremediability));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Scale + scope + irremediability, 3 to 15. */
  public int score() {
    return scale + scope + irremediability;
  }

  /** low, medium or high. */
  public String band() {
    int s = score();
    return s >= HIGH ? "high" : s >= 7 ? "medium" : "low";
  }

  /** Whether the score is in the high band. */
  public boolean high() {
    return score() >= HIGH;
  }

  /** Whether the irremediability is 4 or 5. */
  public boolean hardToReverse() {
    return irremediability >= HARD_TO_REVERSE;
  }

  /** {@code 13/15 high (scale 5, scope 3, irremediability 5)}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d/15 %s (scale %d, scope %d, irremediability %d)",
        score(),
        band(),
        scale,
        scope,
        irremediability);
  }
}
