package org.vigilance.core.entity;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The FollowTheMoney property types, each with the check a value must pass. Checks follow FtM's own
 * cleaning rules, but reject rather than silently rewrite: an importer keeps what the source says
 * or rejects the record with the reason.
 */
public enum PropertyType {
  ADDRESS,
  CHECKSUM,
  COUNTRY,
  DATE,
  EMAIL,
  ENTITY,
  GENDER,
  HTML,
  IBAN,
  IDENTIFIER,
  IP,
  JSON,
  LANGUAGE,
  MIMETYPE,
  NAME,
  NUMBER,
  PHONE,
  STRING,
  TEXT,
  TOPIC,
  URL;

  private static final Pattern DATE_PATTERN =
      Pattern.compile(
          "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
              + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");
  private static final Pattern CHECKSUM_PATTERN =
      Pattern.compile("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");
  private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");
  private static final Pattern IBAN_PATTERN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}");
  private static final Pattern MIMETYPE_PATTERN =
      Pattern.compile("[a-zA-Z0-9!#$&^_.+-]+/[a-zA-Z0-9!#$&^_.+-]+(\\s*;.*)?");
  private static final Pattern PHONE_PATTERN = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,30}");
  private static final Pattern NUMBER_PATTERN =
      Pattern.compile("[-+]?(\\d[\\d,_ ]*)?(\\.\\d+)?([eE][-+]?\\d+)?");

  /** The FtM name of the type ({@code country}, {@code date}, ...). */
  public String ftmName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type with this FtM name. */
  public static PropertyType fromFtmName(String name) {
    for (PropertyType type : values()) {
      if (type.ftmName().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown property type '" + name + "'");
  }

  /** Whether values of this type come from a closed list. */
  public boolean hasVocabulary() {
    return this == COUNTRY || this == LANGUAGE || this == TOPIC || this == GENDER;
  }

  /**
   * Why a value is not valid for this type, or null when it is.
   *
   * @param value a non-empty value
   * @param vocabulary the allowed values for types with a closed list (ignored otherwise)
   */
  public @Nullable String problem(String value, Set<String> vocabulary) {
    return switch (this) {
      case COUNTRY, LANGUAGE, TOPIC, GENDER ->
          vocabulary.contains(value)
              ? null
              : "'" + value + "' is not a known " + ftmName() + " code";
      case DATE -> dateProblem(value);
      case CHECKSUM ->
          CHECKSUM_PATTERN.matcher(value).matches()
              ? null
              : "'" + value + "' is not a SHA1 checksum";
      case EMAIL ->
          EMAIL_PATTERN.matcher(value).matches()
              ? null
              : "'" + value + "' is not an e-mail address";
      case IP ->
          IPV4.matcher(value).matches() || (value.contains(":") && IPV6.matcher(value).matches())
              ? null
              : "'" + value + "' is not an IP address";
      case IBAN -> ibanProblem(value);
      case MIMETYPE ->
          MIMETYPE_PATTERN.matcher(value).matches() ? null : "'" + value + "' is not a MIME type";
      case PHONE ->
          PHONE_PATTERN.matcher(value).matches() ? null : "'" + value + "' is not a phone number";
      case NUMBER -> numberProblem(value);
      case URL -> urlProblem(value);
      case ENTITY -> EntityId.problem(value);
      case ADDRESS, HTML, IDENTIFIER, JSON, NAME, STRING, TEXT -> null;
    };
  }

  private static @Nullable String dateProblem(String value) {
    if (isPlainDay(value)) {
      // the common YYYY-MM-DD form, checked without the regular expression (same outcome)
      try {
        LocalDate.of(
            digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10)); // validates the day
        return null;
      } catch (DateTimeException e) {
        return "'" + value + "' is not a calendar date: " + e.getMessage();
      }
    }
    Matcher m = DATE_PATTERN.matcher(value);
    if (!m.matches()) {
      return "'" + value + "' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a timestamp)";
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      LocalDate.of(year, month, day);
      if (outOfRange(m.group(4), 23) || outOfRange(m.group(5), 59) || outOfRange(m.group(6), 60)) {
        return "'" + value + "' has an invalid time of day";
      }
      return null;
    } catch (DateTimeException e) {
      return "'" + value + "' is not a calendar date: " + e.getMessage();
    }
  }

  /** {@code -?\d+(\.\d+)?}, which the number pattern accepts. */
  private static boolean isPlainDecimal(String value) {
    int i = !value.isEmpty() && value.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    boolean point = false;
    int afterPoint = 0;
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        if (point) {
          afterPoint++;
        } else {
          digits++;
        }
      } else if (c == '.' && !point && digits > 0) {
        point = true;
      } else {
        return false;
      }
    }
    return digits > 0 && (!point || afterPoint > 0);
  }

  private static boolean isPlainDay(String value) {
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = value.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (value.charAt(i) - '0');
    }
    return n;
  }

  private static boolean outOfRange(@Nullable String digits, int max) {
    return digits != null && Integer.parseInt(digits) > max;
  }

  private static @Nullable String ibanProblem(String value) {
    String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!IBAN_PATTERN.matcher(compact).matches()) {
      return "'" + value + "' is not an IBAN";
    }
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < rearranged.length(); i++) {
      char c = rearranged.charAt(i);
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigDecimal(digits.toString()).remainder(BigDecimal.valueOf(97)).intValue() == 1
        ? null
        : "'" + value + "' fails the IBAN check digits";
  }

  private static @Nullable String numberProblem(String value) {
    if (isPlainDecimal(value)) {
      return null; // digits with at most one decimal point: the common case, without the regex
    }
    String trimmed = value.trim();
    if (trimmed.isEmpty()
        || !NUMBER_PATTERN.matcher(trimmed).matches()
        || trimmed.chars().noneMatch(Character::isDigit)) {
      return "'" + value + "' is not a number";
    }
    return null;
  }

  private static @Nullable String urlProblem(String value) {
    try {
      URI uri = new URI(value.trim());
      if (uri.getScheme() == null && !value.contains(".")) {
        return "'" + value + "' is not a URL";
      }
      return null;
    } catch (URISyntaxException e) {
      return "'" + value + "' is not a URL: " + e.getReason();
    }
  }
}
