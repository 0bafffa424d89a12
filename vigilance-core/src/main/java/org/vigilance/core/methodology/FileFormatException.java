package org.vigilance.core.methodology;

/**
 * A data file (a methodology, a findings file) that cannot be used, with the file, the line, the
 * field and the reason: {@code bad.yaml:14: indicators[G-02].group: unknown group 'X' (groups: G,
 * I, A)}.
 */
public final class FileFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The file name. */
  private final String file;

  /** The line (from 1), or 0 when the problem is not at one line. */
  private final int line;

  /**
   * The field at fault, as a path ({@code indicators[G-02].group}), or empty for the whole file.
   */
  private final String field;

  /** Why. */
  private final String reason;

  /**
   * A problem.
   *
   * @param file the file name
   * @param line the line (from 1), or 0 when the problem is not at one line
   * @param field the field at fault, as a path, or empty for the whole file
   * @param reason why
   */
  public FileFormatException(String file, int line, String field, String reason) {
    super(message(file, line, field, reason));
    this.file = file;
    this.line = line;
    this.field = field;
    this.reason = reason;
  }

  private static String message(String file, int line, String field, String reason) {
    return file
        + (line > 0 ? ":" + line : "")
        + ": "
        + (field.isEmpty() ? "" : field + ": ")
        + reason;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The line (from 1), or 0 when the problem is not at one line. */
  public int line() {
    return line;
  }

  /** The field at fault, as a path, or empty for the whole file. */
  public String field() {
    return field;
  }

  /** Why. */
  public String reason() {
    return reason;
  }
}
