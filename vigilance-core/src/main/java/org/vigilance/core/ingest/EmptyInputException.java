package org.vigilance.core.ingest;

/** The input has no bytes at all: there is nothing to import and nothing was registered. */
public final class EmptyInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message naming the input. */
  public EmptyInputException(String message) {
    super(message);
  }
}
