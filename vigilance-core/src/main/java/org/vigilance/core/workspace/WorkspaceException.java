package org.vigilance.core.workspace;

/** A workspace cannot be opened or used: missing, written by a newer version, or damaged. */
public final class WorkspaceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message saying what and where. */
  public WorkspaceException(String message) {
    super(message);
  }

  /** With a message and the cause. */
  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
