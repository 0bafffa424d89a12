package org.vigilance.core.methodology;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A group of indicators with its weight in the total.
 *
 * @param id its short id ({@code G}, {@code I} ...)
 * @param title what it covers
 * @param weight its weight in the total, above 0 (weights are relative: they need not sum to 100)
 */
public record Group(String id, String title, BigDecimal weight) {
  /** Checks the weight. */
  public Group {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException("group " + id + ": a weight is above 0, not " + weight);
    }
  }
}
