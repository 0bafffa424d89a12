package org.vigilance.core.methodology;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A level an indicator can reach.
 *
 * @param value the level (0, 1, 2 ...), or null for "not applicable" (left out of averages)
 * @param meaning what reaching it means
 */
public record Level(@Nullable Integer value, String meaning) {
  /** How "not applicable" is written in files and output. */
  public static final String NOT_APPLICABLE = "n/a";

  /** Checks the meaning is there. */
  public Level {
    Objects.requireNonNull(meaning);
    if (value != null && value < 0) {
      throw new IllegalArgumentException("a level is 0 or more, not " + value);
    }
  }

  /** Whether this is the "not applicable" level. */
  public boolean notApplicable() {
    return value == null;
  }

  /** {@code 0}, {@code 1}, ... or {@code n/a}. */
  public String code() {
    return value == null ? NOT_APPLICABLE : String.valueOf(value);
  }
}
