package org.vigilance.core.resolution;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An identifier of an organisation under a scheme: {@code uei} (SAM Unique Entity ID, 12
 * characters), {@code duns} (9 digits), {@code cage} (5 characters), {@code lei} (ISO 17442, 20
 * characters with mod-97 check digits), {@code registration} (a national company register number),
 * {@code vat}, {@code tax}, {@code ru-inn}, {@code ru-ogrn}, {@code bic}, an OCDS / org-id scheme
 * ({@code GB-COH}, {@code IE-CRO}, ...), or {@code id} (an identifier of unknown kind).
 *
 * @param scheme the scheme, lower case for Vigilance's own, upper case for org-id schemes
 * @param value the value, upper case, without spaces, dots or hyphens
 * @param valid whether the value has the scheme's shape (and check digits); an invalid identifier
 *     is shown but never decides a match
 */
public record Identifier(String scheme, String value, boolean valid) {
  private static final Pattern UEI = Pattern.compile("[A-HJ-NP-Z1-9][A-HJ-NP-Z0-9]{11}");
  private static final Pattern DUNS = Pattern.compile("[0-9]{9}");
  private static final Pattern CAGE = Pattern.compile("[A-Z0-9]{5}");
  private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");
  private static final Pattern ORG_ID_SCHEME = Pattern.compile("[A-Z]{2}-[A-Z0-9_]{2,}");

  /** FtM property to scheme, for the identifier properties of organisations. */
  public static final Map<String, String> PROPERTY_SCHEMES =
      Map.ofEntries(
          Map.entry("uniqueEntityId", "uei"),
          Map.entry("dunsCode", "duns"),
          Map.entry("cageCode", "cage"),
          Map.entry("leiCode", "lei"),
          Map.entry("registrationNumber", "registration"),
          Map.entry("vatCode", "vat"),
          Map.entry("taxNumber", "tax"),
          Map.entry("innCode", "ru-inn"),
          Map.entry("ogrnCode", "ru-ogrn"),
          Map.entry("swiftBic", "bic"),
          Map.entry("permId", "permid"),
          Map.entry("idNumber", "id"));

  /** OCDS / org-id schemes that are one of Vigilance's own. */
  private static final Map<String, String> ORG_ID_ALIASES =
      Map.of("XI-LEI", "lei", "US-DUNS", "duns", "XI-DUNS", "duns", "US-UEI", "uei");

  /**
   * An identifier of a scheme, its value cleaned and checked.
   *
   * @param scheme a Vigilance scheme or an org-id scheme (any case)
   * @param value the value as written
   */
  public static Identifier of(String scheme, String value) {
    String s = scheme.strip();
    String upper = s.toUpperCase(Locale.ROOT);
    if (ORG_ID_ALIASES.containsKey(upper)) {
      s = ORG_ID_ALIASES.get(upper);
    } else if (ORG_ID_SCHEME.matcher(upper).matches()) {
      s = upper;
    } else {
      s = s.toLowerCase(Locale.ROOT);
    }
    String v = clean(value);
    return new Identifier(s, v, check(s, v));
  }

  /**
   * Parses {@code scheme:value} ({@code lei:5493001KJTIIGC8Y1R12}, {@code GB-COH:01234567}).
   *
   * @return the identifier, or empty when there is no scheme or no value
   */
  public static Optional<Identifier> parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(of(text.substring(0, colon), text.substring(colon + 1)));
  }

  /**
   * Whether this identifier names one legal entity: equal strong identifiers dominate a match and
   * conflicting ones veto it. Only a valid identifier of a known scheme is strong ({@code id} and
   * {@code permid} are not).
   */
  public boolean strong() {
    return valid && !scheme.equals("id") && !scheme.equals("permid");
  }

  /**
   * Whether the scheme is a kind of national number whose register the scheme does not name ({@code
   * registration}, {@code vat}, {@code tax}): the same value in two countries is not the same
   * identifier, so such identifiers are compared only between organisations of a shared country.
   */
  public boolean national() {
    return scheme.equals("registration") || scheme.equals("vat") || scheme.equals("tax");
  }

  /** {@code scheme:value}. */
  @Override
  public String toString() {
    return scheme + ":" + value;
  }

  private static String clean(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  private static boolean check(String scheme, String value) {
    return switch (scheme) {
      case "uei" -> UEI.matcher(value).matches();
      case "duns" -> DUNS.matcher(value).matches() && !value.equals("000000000");
      case "cage" -> CAGE.matcher(value).matches();
      case "lei" -> validLei(value);
      default -> !value.isEmpty();
    };
  }

  /**
   * Whether a value is a well-formed LEI: 18 letters or digits then two check digits, such that the
   * number made by replacing letters by 10..35 is 1 modulo 97 (ISO 17442, ISO 7064 MOD 97-10).
   */
  public static boolean validLei(String value) {
    if (!LEI.matcher(value).matches()) {
      return false;
    }
    int remainder = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int n = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      remainder = n >= 10 ? (remainder * 100 + n) % 97 : (remainder * 10 + n) % 97;
    }
    return remainder == 1;
  }
}
