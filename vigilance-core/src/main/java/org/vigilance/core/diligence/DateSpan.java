package org.vigilance.core.diligence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A date as recorded, at its precision: {@code 2017} is any day of 2017, {@code 2019-08} any day of
 * August 2019, {@code 2019-08-07} (or a date-time) that day. Comparisons are strict about the
 * precision: a span is {@linkplain #before before} another only when its last possible day comes
 * before the other's first possible day, so a partial date never makes an order that the records do
 * not show.
 *
 * @param earliest the first day it may be
 * @param latest the last day it may be
 * @param text the date as recorded
 */
public record DateSpan(LocalDate earliest, LocalDate latest, String text)
    implements Comparable<DateSpan> {

  /** Checks the order of the bounds. */
  public DateSpan {
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("date span ends before it starts: " + text);
    }
  }

  /** Parses an ISO 8601 date of any precision (year, month, day, date-time); null if it is not. */
  public static @Nullable DateSpan parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    try {
      if (t.length() == 4) {
        int year = Integer.parseInt(t);
        return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), t);
      }
      if (t.length() == 7) {
        YearMonth month = YearMonth.parse(t);
        return new DateSpan(month.atDay(1), month.atEndOfMonth(), t);
      }
      if (t.length() >= 10) {
        LocalDate day = LocalDate.parse(t.substring(0, 10));
        return new DateSpan(day, day, t);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** The first value of the list that parses, else null. */
  public static @Nullable DateSpan first(List<String> values) {
    for (String v : values) {
      DateSpan d = parse(v);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** Whether this span surely ends before the other begins. */
  public boolean before(DateSpan other) {
    return latest.isBefore(other.earliest);
  }

  /** Whether this span surely begins after the other ends. */
  public boolean after(DateSpan other) {
    return other.before(this);
  }

  /** Whether some day of this span comes after some day of the other. */
  public boolean possiblyAfter(DateSpan other) {
    return latest.isAfter(other.earliest);
  }

  /** Whether some day of this span is on or before some day of the other. */
  public boolean possiblyOnOrBefore(DateSpan other) {
    return !earliest.isAfter(other.latest);
  }

  /** By earliest day, then latest day, then text. */
  @Override
  public int compareTo(DateSpan other) {
    int c = earliest.compareTo(other.earliest);
    if (c != 0) {
      return c;
    }
    c = latest.compareTo(other.latest);
    return c != 0 ? c : text.compareTo(other.text);
  }

  @Override
  public String toString() {
    return text;
  }
}
