package org.vigilance.ingest.mapping;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Property;
import org.vigilance.core.entity.PropertyType;

/**
 * Cleans a mapped value for the type of its property, as FollowTheMoney's types do ({@code
 * PropertyType.clean}), then checks it as the sink will ({@link PropertyType#problem}).
 *
 * <p>Every value is first {@linkplain CleanText#sanitize sanitized}; an empty value is no value.
 * Then, by type: {@code name} loses surrounding quotes and has its white space squashed; {@code
 * address} has line breaks, tabs and semicolons made commas and its white space squashed; {@code
 * country} becomes a code ({@link Countries}); {@code gender}, {@code language} and {@code topic}
 * become lower-case codes ({@code m}/{@code man}/... → {@code male}; {@code de}, {@code German} →
 * {@code deu}); {@code date} becomes an ISO prefix ({@link Dates}); {@code email} loses {@code
 * mailto:} and has its domain lower-cased; {@code iban} loses spaces and is upper-cased; {@code
 * entity} values are signed like ids when the mapping names a dataset. Numbers, phone numbers, URLs
 * and the text types are kept as written (FtM normalises phone numbers with a library this project
 * does not have, and keeps numbers as text too). A value the type cannot take is an {@link
 * UncleanValueException} with the reason: FtM would drop it with a warning, Vigilance rejects the
 * row so that nothing is lost unnoticed. Immutable and thread-safe.
 */
final class ValueCleaner {
  private static final Pattern ADDRESS_BREAKS =
      Pattern.compile("(\\r\\n|\\n|<BR/>|<BR>|\\t|ESQ\\.,|ESQ,|;)");
  private static final Pattern ADDRESS_COMMATA = Pattern.compile("(,\\s?[,.])");
  private static final Map<String, String> GENDERS =
      Map.ofEntries(
          Map.entry("m", "male"),
          Map.entry("man", "male"),
          Map.entry("masculin", "male"),
          Map.entry("männlich", "male"),
          Map.entry("мужской", "male"),
          Map.entry("男", "male"),
          Map.entry("f", "female"),
          Map.entry("woman", "female"),
          Map.entry("féminin", "female"),
          Map.entry("weiblich", "female"),
          Map.entry("женский", "female"),
          Map.entry("女", "female"),
          Map.entry("o", "other"),
          Map.entry("d", "other"),
          Map.entry("divers", "other"));
  private static final String QUOTES = "\"'“”‘’«»„‚";

  private final Model model;
  private final Countries countries;
  private final Map<String, String> languages = new HashMap<>();

  ValueCleaner(Model model) {
    this.model = model;
    this.countries = new Countries(model.vocabulary(PropertyType.COUNTRY));
    Set<String> languageCodes = model.vocabulary(PropertyType.LANGUAGE);
    for (String code : languageCodes) {
      languages.put(code, code);
    }
    for (String twoLetters : Locale.getISOLanguages()) {
      Locale language = Locale.of(twoLetters);
      try {
        String code = language.getISO3Language();
        if (languageCodes.contains(code)) {
          languages.putIfAbsent(twoLetters, code);
          languages.putIfAbsent(
              language.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
      } catch (MissingResourceException e) {
        // no three-letter form known to this JDK
      }
    }
  }

  /**
   * The clean value, or null when nothing is left of it.
   *
   * @param property the property the value is for
   * @param raw the value as mapped
   * @param format the mapping's date format, for date properties
   * @param dataset the dataset whose namespace entity ids are signed with, or null
   * @throws UncleanValueException when the type cannot take the value
   */
  @Nullable String clean(
      Property property, String raw, Dates.@Nullable Format format, @Nullable String dataset)
      throws UncleanValueException {
    String text = CleanText.sanitize(raw);
    if (text == null) {
      return null;
    }
    PropertyType type = property.type();
    String value =
        switch (type) {
          case NAME -> CleanText.squashSpaces(stripQuotes(text));
          case ADDRESS -> address(text);
          case COUNTRY -> required(countries.code(text), text, "a country name or code");
          case GENDER -> {
            String lower = text.toLowerCase(Locale.ROOT);
            yield GENDERS.getOrDefault(lower, lower);
          }
          case LANGUAGE ->
              required(
                  languages.get(text.toLowerCase(Locale.ROOT)), text, "a language code or name");
          case TOPIC -> text.toLowerCase(Locale.ROOT);
          case DATE -> date(text, format);
          case EMAIL -> email(text);
          case IBAN -> text.replace(" ", "").toUpperCase(Locale.ROOT);
          case ENTITY -> entity(text, dataset);
          default -> text;
        };
    if (value.isEmpty()) {
      return null;
    }
    String problem = type.problem(value, model.vocabulary(type));
    if (problem != null) {
      throw new UncleanValueException(problem);
    }
    return value;
  }

  private static String required(@Nullable String value, String text, String what)
      throws UncleanValueException {
    if (value == null) {
      throw new UncleanValueException("'" + text + "' is not " + what + " that FtM knows");
    }
    return value;
  }

  private static String stripQuotes(String text) {
    if (text.length() >= 2
        && QUOTES.indexOf(text.charAt(0)) >= 0
        && QUOTES.indexOf(text.charAt(text.length() - 1)) >= 0) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  private static String address(String text) {
    String address = ADDRESS_BREAKS.matcher(text).replaceAll(", ");
    address = ADDRESS_COMMATA.matcher(address).replaceAll(", ");
    return CleanText.squashSpaces(address);
  }

  private static String date(String text, Dates.@Nullable Format format)
      throws UncleanValueException {
    if (format != null) {
      String date = format.parse(text);
      if (date == null) {
        throw new UncleanValueException(
            "'" + text + "' is not a date in the format '" + format.text() + "'");
      }
      return date;
    }
    String date = Dates.parseIso(text);
    if (date == null) {
      throw new UncleanValueException(
          "'"
              + text
              + "' is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD, ...): give the mapping a"
              + " 'format', such as '%d/%m/%Y'");
    }
    return date;
  }

  private static String email(String text) {
    String address = text;
    if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
      address = address.substring(7).strip();
    }
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return address;
    }
    return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private static String entity(String text, @Nullable String dataset) throws UncleanValueException {
    if (dataset == null) {
      String problem = EntityId.problem(text);
      if (problem != null) {
        throw new UncleanValueException("'" + text + "' is not an entity id: " + problem);
      }
      return text;
    }
    String signed = EntityKeys.sign(dataset, text);
    if (signed == null) {
      throw new UncleanValueException(
          "'"
              + text
              + "' is not an FtM entity id (letters, digits, '.' and '-'), so it cannot be"
              + " signed for dataset '"
              + dataset
              + "'");
    }
    return signed;
  }
}
