package org.vigilance.ingest.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Country names and codes to FollowTheMoney country codes ({@code Germany}, {@code DE}, {@code DEU}
 * → {@code de}).
 *
 * <p>Known names, in the order they win when two claim the same text: the codes of the model's
 * country vocabulary; FtM's English labels ({@code country-labels.tsv} beside this class, taken
 * from FtM's {@code defaultModel.json}); the JDK's ISO 3166 alpha-3 codes and English names for the
 * two-letter codes; and a short list of common other names ({@code USA}, {@code UK}, {@code Russian
 * Federation}, ...). Text is compared without case, accents or punctuation. FtM itself looks names
 * up in a much longer list ({@code rigour.territories}), and with {@code fuzzy} also by similarity;
 * names missing here make the row a reject, whose reason says what was not recognised. Immutable
 * and thread-safe.
 */
final class Countries {
  private static final String LABELS = "country-labels.tsv";
  private static final String[][] OTHER_NAMES = {
    {"usa", "us"},
    {"u s", "us"},
    {"u s a", "us"},
    {"united states", "us"},
    {"united states of america", "us"},
    {"uk", "gb"},
    {"u k", "gb"},
    {"great britain", "gb"},
    {"britain", "gb"},
    {"united kingdom of great britain and northern ireland", "gb"},
    {"russian federation", "ru"},
    {"republic of korea", "kr"},
    {"korea republic of", "kr"},
    {"korea south", "kr"},
    {"democratic people s republic of korea", "kp"},
    {"korea north", "kp"},
    {"czech republic", "cz"},
    {"turkey", "tr"},
    {"ivory coast", "ci"},
    {"burma", "mm"},
    {"swaziland", "sz"},
    {"macedonia", "mk"},
    {"vatican", "va"},
    {"vatican city", "va"},
    {"palestine", "ps"},
    {"iran islamic republic of", "ir"},
    {"syrian arab republic", "sy"},
    {"viet nam", "vn"},
    {"holland", "nl"},
    {"the netherlands", "nl"},
    {"democratic republic of the congo", "cd"},
    {"congo kinshasa", "cd"},
    {"republic of the congo", "cg"},
    {"congo brazzaville", "cg"},
    {"cabo verde", "cv"},
    {"east timor", "tl"},
    {"hong kong", "hk"},
    {"macau", "mo"},
    {"macao", "mo"},
    {"lao people s democratic republic", "la"},
    {"moldova republic of", "md"},
    {"tanzania united republic of", "tz"},
    {"bolivia plurinational state of", "bo"},
    {"venezuela bolivarian republic of", "ve"},
    {"micronesia federated states of", "fm"},
    {"brunei darussalam", "bn"},
    {"the gambia", "gm"},
    {"the bahamas", "bs"},
    {"ussr", "suhh"},
  };

  private final Map<String, String> codes = new HashMap<>();

  /** Names for the codes of the given vocabulary. */
  Countries(Set<String> vocabulary) {
    for (String code : vocabulary) {
      add(code, code, vocabulary);
    }
    try (InputStream in = Countries.class.getResourceAsStream(LABELS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + LABELS + " (a build defect)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          add(line.substring(tab + 1), line.substring(0, tab), vocabulary);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> iso = Set.of(Locale.getISOCountries());
    for (String code : vocabulary) {
      if (iso.contains(code.toUpperCase(Locale.ROOT))) {
        Locale country = Locale.of("", code.toUpperCase(Locale.ROOT));
        try {
          add(country.getISO3Country(), code, vocabulary);
        } catch (MissingResourceException e) {
          // no alpha-3 form known to this JDK
        }
        String english = country.getDisplayCountry(Locale.ENGLISH);
        if (!english.equalsIgnoreCase(code)) {
          add(english, code, vocabulary);
        }
      }
    }
    for (String[] name : OTHER_NAMES) {
      add(name[0], name[1], vocabulary);
    }
  }

  private void add(String name, String code, Set<String> vocabulary) {
    String key = key(name);
    if (vocabulary.contains(code) && !key.isEmpty()) {
      codes.putIfAbsent(key, code);
    }
  }

  /** The code for a country name or code, or null when it is not known. */
  @Nullable String code(String text) {
    return codes.get(key(text));
  }

  /** Lower case, no accents, every run of other than letters and digits one space. */
  static String key(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(Character.toLowerCase(c));
      } else {
        pendingSpace = out.length() > 0;
      }
    }
    return out.toString();
  }
}
