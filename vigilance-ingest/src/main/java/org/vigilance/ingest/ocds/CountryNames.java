package org.vigilance.ingest.ocds;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.jspecify.annotations.Nullable;

/**
 * Country names and language tags as FollowTheMoney codes, through {@link Locale}: a country given
 * by its ISO 3166 alpha-2 or alpha-3 code, or by its name in English, French, Spanish, Portuguese,
 * German, Italian or Dutch (case and accents ignored), becomes its lowercase alpha-2 code; a
 * language tag ({@code en}, {@code fr-CA}) becomes its ISO 639-3 code ({@code eng}). Thread-safe:
 * the table is built once and only read.
 */
final class CountryNames {
  private static final List<Locale> LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.FRENCH,
          Locale.of("es"),
          Locale.of("pt"),
          Locale.GERMAN,
          Locale.ITALIAN,
          Locale.of("nl"));

  /** Common names that no locale gives. */
  private static final Map<String, String> EXTRA =
      Map.of(
          "uk", "gb",
          "great britain", "gb",
          "britain", "gb",
          "usa", "us",
          "united states of america", "us");

  private static final Map<String, String> CODES = build();

  private CountryNames() {}

  private static Map<String, String> build() {
    Map<String, String> codes = new HashMap<>(EXTRA);
    for (String code : Locale.getISOCountries()) {
      String lower = code.toLowerCase(Locale.ROOT);
      Locale country = Locale.of("", code);
      codes.putIfAbsent(lower, lower);
      try {
        codes.putIfAbsent(normalize(country.getISO3Country()), lower);
      } catch (MissingResourceException e) {
        // no alpha-3 code
      }
      for (Locale language : LANGUAGES) {
        String name = country.getDisplayCountry(language);
        if (!name.isEmpty() && !name.equalsIgnoreCase(code)) {
          codes.putIfAbsent(normalize(name), lower);
        }
      }
    }
    return Map.copyOf(codes);
  }

  /** The lowercase ISO alpha-2 code of a country name or code, or null when unknown. */
  static @Nullable String code(@Nullable String country) {
    return country == null ? null : CODES.get(normalize(country));
  }

  /** The ISO 639-3 code of a language tag, or null when unknown. */
  static @Nullable String language(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    try {
      String code = Locale.forLanguageTag(tag.strip().replace('_', '-')).getISO3Language();
      return code.isEmpty() ? null : code;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static String normalize(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
