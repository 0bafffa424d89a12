package org.vigilance.core.search;

/**
 * A query the index cannot read, with where it went wrong. The message is meant for the user who
 * typed the query.
 */
public final class QuerySyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final int column;
  private final String reason;

  /**
   * A fault in a query.
   *
   * @param query the query as typed
   * @param column the 1-based column (UTF-16 code unit) of the fault; clamped to the query
   * @param reason what is wrong, in plain words
   */
  public QuerySyntaxException(String query, int column, String reason) {
    super(
        "bad query at column "
            + clamp(column, query)
            + ": "
            + reason
            + "\n  "
            + query
            + "\n  "
            + " ".repeat(clamp(column, query) - 1)
            + "^");
    this.query = query;
    this.column = clamp(column, query);
    this.reason = reason;
  }

  private static int clamp(int column, String query) {
    return Math.max(1, Math.min(column, query.length() + 1));
  }

  /** The query as typed. */
  public String query() {
    return query;
  }

  /** The 1-based column of the fault (one past the end when the query ended too early). */
  public int column() {
    return column;
  }

  /** What is wrong, without the position. */
  public String reason() {
    return reason;
  }
}
