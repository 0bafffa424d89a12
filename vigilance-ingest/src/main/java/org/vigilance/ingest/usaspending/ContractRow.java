package org.vigilance.ingest.usaspending;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one data row, read by column name, each checked and normalised on the way out: text
 * is stripped and an empty cell is null; dates come out as {@code YYYY-MM-DD}; amounts as plain
 * decimal strings. A cell that cannot be read throws {@link Problem} naming the column.
 */
final class ContractRow {
  private static final Pattern ISO_DATE =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})"
              + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

  /** Month/day/year, as a spreadsheet writes dates when it saves a download again (US order). */
  private static final Pattern US_DATE =
      Pattern.compile(
          "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})"
              + "(?: \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])?)?");

  private static final Pattern AMOUNT =
      Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d{1,3})?");
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

  /** Two-digit years from this one (inclusive) on are read as 19xx, below it as 20xx. */
  private static final int TWO_DIGIT_YEAR_PIVOT = 50;

  private final ContractHeader header;
  private final List<String> cells;

  ContractRow(ContractHeader header, List<String> cells) {
    this.header = header;
    this.cells = cells;
  }

  /** The stripped cell, or null when the column is absent or the cell empty. */
  @Nullable String text(String column) {
    int position = header.position(column);
    if (position < 0 || position >= cells.size()) {
      return null;
    }
    String value = cells.get(position).strip();
    return value.isEmpty() ? null : value;
  }

  /** The cell, which must not be empty. */
  String required(String column) throws Problem {
    String value = text(column);
    if (value == null) {
      throw new Problem(column, column + " is empty, but every row needs it");
    }
    return value;
  }

  /** A date as {@code YYYY-MM-DD}, or null when the cell is empty. */
  @Nullable String date(String column) throws Problem {
    String value = text(column);
    if (value == null) {
      return null;
    }
    int year;
    int month;
    int day;
    Matcher iso = ISO_DATE.matcher(value);
    Matcher us = US_DATE.matcher(value);
    if (iso.matches()) {
      year = Integer.parseInt(iso.group(1));
      month = Integer.parseInt(iso.group(2));
      day = Integer.parseInt(iso.group(3));
    } else if (us.matches()) {
      month = Integer.parseInt(us.group(1));
      day = Integer.parseInt(us.group(2));
      year = Integer.parseInt(us.group(3));
      if (us.group(3).length() == 2) {
        year += year >= TWO_DIGIT_YEAR_PIVOT ? 1900 : 2000;
      }
    } else {
      throw new Problem(
          column,
          "'" + abbreviate(value) + "' is not a date (expected YYYY-MM-DD, as USAspending writes)");
    }
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      throw new Problem(column, "'" + value + "' is not a calendar date: " + e.getMessage());
    }
  }

  /** An amount as a plain decimal string ({@code -1234.50}), or null when the cell is empty. */
  @Nullable String amount(String column) throws Problem {
    String value = text(column);
    if (value == null) {
      return null;
    }
    if (!AMOUNT.matcher(value).matches()) {
      throw new Problem(
          column,
          "'"
              + abbreviate(value)
              + "' is not an amount (expected a decimal number such as 1234.56)");
    }
    return new BigDecimal(value).toPlainString();
  }

  /** A count (a whole number, 0 or more), or null when the cell is empty. */
  @Nullable String count(String column) throws Problem {
    String value = text(column);
    if (value == null) {
      return null;
    }
    if (!COUNT.matcher(value).matches()) {
      throw new Problem(column, "'" + abbreviate(value) + "' is not a whole number");
    }
    return String.valueOf(Integer.parseInt(value));
  }

  /** Whether a yes/no cell says yes ({@code t}, {@code true}, {@code y}, {@code yes}). */
  boolean flag(String column) {
    String value = text(column);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "t", "true", "y", "yes" -> true;
      default -> false;
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  /** A cell that cannot be read: the row is rejected. */
  static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String column;
    private final String reason;

    Problem(String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
      this.reason = reason;
    }

    /** The column at fault. */
    String column() {
      return column;
    }

    /** Why. */
    String reason() {
      return reason;
    }
  }
}
