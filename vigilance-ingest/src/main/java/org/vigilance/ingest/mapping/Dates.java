package org.vigilance.ingest.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates the way FollowTheMoney cleans them (the {@code prefixdate} library): the result is an ISO
 * 8601 prefix whose length says its precision ({@code 2021}, {@code 2021-02}, {@code 2021-02-16},
 * {@code 2021-02-16T21}, {@code 2021-02-16T21:48}, {@code 2021-02-16T21:48:52}), in UTC.
 *
 * <p>Without a format, the text must start with an ISO date or date-time: a year from 1000 to 2999,
 * then optionally {@code -month}, {@code -day}, {@code T} or a space and {@code hour}, {@code
 * :minute}, {@code :second}, a fraction and a time zone ({@code Z}, {@code +02:00}, {@code +0200});
 * what follows is ignored, a part that is zero or missing ends the precision, and a time with an
 * offset is converted to UTC. Other forms ({@code 16/02/2021}) need the mapping's {@code format}, a
 * Python {@code strptime} format ({@link Format}).
 */
final class Dates {
  private static final Pattern ISO =
      Pattern.compile(
          "\\s*(?:(?<year>[12]\\d{3})"
              + "(?:-(?<month>\\d{1,2})"
              + "(?:-(?<day>\\d{1,2})"
              + "(?:[T ]"
              + "(?:(?<hour>\\d{1,2})"
              + "(?::(?<minute>\\d{1,2})"
              + "(?::(?<second>\\d{1,2})"
              + "(?:\\.\\d{4,6})?"
              + "(?:Z|(?<tzsign>[-+])(?<tzhour>\\d{2})(?::?(?<tzminute>\\d{2}))?)?"
              + ")?)?)?)?)?)?)?");
  private static final int YEAR = 4;
  private static final int MONTH = 7;
  private static final int DAY = 10;
  private static final int HOUR = 13;
  private static final int MINUTE = 16;
  private static final int SECOND = 19;

  private Dates() {}

  /** The ISO prefix the text starts with, or null when it starts with none. */
  static @Nullable String parseIso(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    int precision = SECOND;
    int[] parts = new int[6];
    String[] groups = {"year", "month", "day", "hour", "minute", "second"};
    int[] lowest = {1000, 1, 1, 0, 0, 0};
    int[] failTo = {0, YEAR, MONTH, DAY, HOUR, MINUTE};
    for (int i = 0; i < groups.length; i++) {
      String value = m.group(groups[i]);
      int number = value == null ? -1 : Integer.parseInt(value);
      if (number >= lowest[i]) {
        parts[i] = number;
      } else {
        precision = Math.min(precision, failTo[i]);
        parts[i] = lowest[i];
      }
    }
    if (precision == 0) {
      return null;
    }
    LocalDateTime time;
    try {
      time = LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
    } catch (DateTimeException e) {
      return null;
    }
    if (m.group("tzsign") != null && m.group("tzminute") != null) {
      int sign = m.group("tzsign").equals("-") ? -1 : 1;
      int hours = Integer.parseInt(m.group("tzhour"));
      int minutes = Integer.parseInt(m.group("tzminute"));
      try {
        ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        time = time.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      } catch (DateTimeException e) {
        return null;
      }
    }
    return iso(time, precision);
  }

  private static String iso(LocalDateTime time, int precision) {
    String full =
        String.format(
            Locale.ROOT,
            "%04d-%02d-%02dT%02d:%02d:%02d",
            time.getYear(),
            time.getMonthValue(),
            time.getDayOfMonth(),
            time.getHour(),
            time.getMinute(),
            time.getSecond());
    return full.substring(0, precision);
  }

  /**
   * A Python {@code strptime} format, as FtM mappings give it for dates ({@code format:
   * "%d.%m.%Y"}). Supported directives: {@code %Y %y %m %d %b %B %a %A %H %I %p %M %S %f %j %z %%},
   * and {@code %c %x %X} in the C locale. Matching is case-insensitive, white space in the format
   * matches one or more white-space characters, and the whole text must match. The precision of the
   * result follows the directives the format has ({@code %m} or a month name for months, {@code %d}
   * for days, and so on), as {@code prefixdate.parse_format} decides it. Immutable.
   *
   * @param text the format as written
   * @param pattern the regular expression it stands for
   * @param precision the length of the ISO prefix a match gives
   * @param directives the directives the format has, each once
   */
  record Format(String text, Pattern pattern, int precision, String directives) {
    private static final String[] MONTHS = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    private static final String[] WEEKDAYS = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
    };

    /**
     * Compiles a format.
     *
     * @throws IllegalArgumentException naming a directive that is not supported
     */
    static Format compile(String format) {
      String expanded =
          format
              .replace("%c", "%a %b %d %H:%M:%S %Y")
              .replace("%x", "%m/%d/%y")
              .replace("%X", "%H:%M:%S");
      StringBuilder regex = new StringBuilder();
      StringBuilder seen = new StringBuilder();
      for (int i = 0; i < expanded.length(); i++) {
        char c = expanded.charAt(i);
        if (c == '%') {
          if (i + 1 == expanded.length()) {
            throw new IllegalArgumentException("date format '" + format + "' ends with a lone '%'");
          }
          char directive = expanded.charAt(++i);
          if (directive != '%') {
            if (seen.indexOf(String.valueOf(directive)) >= 0) {
              throw new IllegalArgumentException(
                  "date format '" + format + "' has %" + directive + " twice");
            }
            seen.append(directive);
          }
          regex.append(directiveRegex(directive, format));
        } else if (CleanText.isSpace(c)) {
          while (i + 1 < expanded.length() && CleanText.isSpace(expanded.charAt(i + 1))) {
            i++;
          }
          regex.append("\\s+");
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return new Format(
          format,
          Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          precisionOf(expanded),
          seen.toString());
    }

    private static String directiveRegex(char directive, String format) {
      return switch (directive) {
        case 'd' -> "(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])";
        case 'f' -> "(?<f>[0-9]{1,6})";
        case 'H' -> "(?<H>2[0-3]|[0-1]\\d|\\d)";
        case 'I' -> "(?<I>1[0-2]|0[1-9]|[1-9])";
        case 'j' -> "(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])";
        case 'm' -> "(?<m>1[0-2]|0[1-9]|[1-9])";
        case 'M' -> "(?<M>[0-5]\\d|\\d)";
        case 'S' -> "(?<S>6[0-1]|[0-5]\\d|\\d)";
        case 'y' -> "(?<y>\\d\\d)";
        case 'Y' -> "(?<Y>\\d\\d\\d\\d)";
        case 'z' -> "(?<z>[+-]\\d\\d:?[0-5]\\d|Z)";
        case 'p' -> "(?<p>am|pm)";
        case 'B' -> "(?<B>" + String.join("|", MONTHS) + ")";
        case 'b' -> "(?<b>" + abbreviations(MONTHS) + ")";
        case 'A' -> "(?:" + String.join("|", WEEKDAYS) + ")";
        case 'a' -> "(?:" + abbreviations(WEEKDAYS) + ")";
        case '%' -> "%";
        default ->
            throw new IllegalArgumentException(
                "date format '"
                    + format
                    + "' has %"
                    + directive
                    + ", which is not supported (use %Y %y %m %d %b %B %a %A %H %I %p %M %S %f %j"
                    + " %z %c %x %X)");
      };
    }

    private static String abbreviations(String[] names) {
      List<String> out = new ArrayList<>();
      for (String name : names) {
        out.add(name.substring(0, 3));
      }
      return String.join("|", out);
    }

    /** {@code prefixdate.format_precision}. */
    private static int precisionOf(String format) {
      if (!containsAny(format, "%b", "%B", "%m")) {
        return YEAR;
      }
      if (!containsAny(format, "%d", "%w")) {
        return MONTH;
      }
      if (!containsAny(format, "%H", "%I")) {
        return DAY;
      }
      if (!containsAny(format, "%M")) {
        return HOUR;
      }
      if (!containsAny(format, "%S")) {
        return MINUTE;
      }
      return SECOND;
    }

    private static boolean containsAny(String text, String... needles) {
      for (String needle : needles) {
        if (text.contains(needle)) {
          return true;
        }
      }
      return false;
    }

    /** The ISO prefix for the text, or null when it does not match the format or no such date. */
    @Nullable String parse(String text) {
      Matcher m = pattern.matcher(text);
      if (!m.matches()) {
        return null;
      }
      int year = 1900;
      String y = group(m, "Y");
      String shortYear = group(m, "y");
      if (y != null) {
        year = Integer.parseInt(y);
      } else if (shortYear != null) {
        int two = Integer.parseInt(shortYear);
        year = two <= 68 ? 2000 + two : 1900 + two;
      }
      int month = 1;
      String mm = group(m, "m");
      String longMonth = group(m, "B");
      String shortMonth = group(m, "b");
      if (mm != null) {
        month = Integer.parseInt(mm);
      } else if (longMonth != null) {
        month = monthIndex(longMonth);
      } else if (shortMonth != null) {
        month = monthIndex(shortMonth);
      }
      int day = 1;
      String d = group(m, "d");
      if (d != null) {
        day = Integer.parseInt(d.trim());
      }
      int hour = 0;
      String h = group(m, "H");
      String h12 = group(m, "I");
      if (h != null) {
        hour = Integer.parseInt(h);
      } else if (h12 != null) {
        hour = Integer.parseInt(h12) % 12;
        String ampm = group(m, "p");
        if (ampm != null && ampm.equalsIgnoreCase("pm")) {
          hour += 12;
        }
      }
      int minute = parseOr(group(m, "M"), 0);
      int second = parseOr(group(m, "S"), 0);
      if (second > 59) {
        return null; // strptime reads 60 and 61, which datetime() then refuses
      }
      try {
        LocalDateTime time;
        String julian = group(m, "j");
        if (julian != null && mm == null && longMonth == null && shortMonth == null && d == null) {
          LocalDate date = LocalDate.ofYearDay(year, Integer.parseInt(julian));
          time = date.atTime(hour, minute, second);
        } else {
          time = LocalDateTime.of(year, month, day, hour, minute, second);
        }
        String zone = group(m, "z");
        if (zone != null && !zone.equalsIgnoreCase("Z")) {
          String digits = zone.replace(":", "");
          int sign = digits.charAt(0) == '-' ? -1 : 1;
          ZoneOffset offset =
              ZoneOffset.ofHoursMinutes(
                  sign * Integer.parseInt(digits.substring(1, 3)),
                  sign * Integer.parseInt(digits.substring(3, 5)));
          time = time.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return iso(time, precision);
      } catch (DateTimeException e) {
        return null;
      }
    }

    private @Nullable String group(Matcher m, String directive) {
      return directives.contains(directive) ? m.group(directive) : null;
    }

    private static int parseOr(@Nullable String digits, int otherwise) {
      return digits == null ? otherwise : Integer.parseInt(digits);
    }

    private static int monthIndex(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (int i = 0; i < MONTHS.length; i++) {
        if (MONTHS[i].startsWith(lower)) {
          return i + 1;
        }
      }
      throw new IllegalStateException("not a month name: " + name);
    }
  }
}
