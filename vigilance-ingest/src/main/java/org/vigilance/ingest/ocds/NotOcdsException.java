package org.vigilance.ingest.ocds;

import java.io.IOException;

/** The input is not OCDS data: its message says what was found and what was expected. */
final class NotOcdsException extends IOException {
  private static final long serialVersionUID = 1L;

  /** What the input holds, after {@code "not OCDS: "}. */
  NotOcdsException(String found) {
    super("not OCDS: " + found);
  }
}
