package org.vigilance.ingest.mapping;

import org.jspecify.annotations.Nullable;

/** A mapped value that the type of its property cannot take; the message says why. */
final class UncleanValueException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The CSV column the value came from, when it came from one. */
  private final @Nullable String column;

  UncleanValueException(String reason) {
    this(null, reason);
  }

  UncleanValueException(@Nullable String column, String reason) {
    super(reason);
    this.column = column;
  }

  @Nullable String column() {
    return column;
  }
}
