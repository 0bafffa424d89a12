package org.vigilance.cli;

/** The exit codes of {@code vigilance}, as documented in the README. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;

  /** The import completed, but some records were rejected (see the rejects file). */
  public static final int REJECTS = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** The input held nothing to import. */
  public static final int EMPTY = 3;

  /** Verification found tampering or damage. */
  public static final int TAMPERED = 4;

  /** The command failed (a missing or newer workspace, an unreadable file, ...). */
  public static final int FAILURE = 5;

  private ExitCodes() {}
}
