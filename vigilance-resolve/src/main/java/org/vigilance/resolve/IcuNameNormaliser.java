package org.vigilance.resolve;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.vigilance.core.resolution.NameNormaliser;
import org.vigilance.core.resolution.NormalisedName;

/**
 * Normalises organisation names with ICU4J.
 *
 * <ol>
 *   <li>Unicode NFKC with case folding (full-width letters, ligatures, {@code ß} → {@code ss});
 *   <li>when anything is left outside ASCII: the combining diacritical marks (U+0300 to U+036F, the
 *       accents of Latin, Greek and Cyrillic letters) dropped first, so that an accent never
 *       changes how a word is transliterated (Greek {@code εύ}), but the breve, which makes
 *       Cyrillic {@code й} a letter of its own, and the Cyrillic hard sign; then ICU
 *       transliteration {@code Russian-Latin/BGN; Any-Latin; Latin-ASCII}: Cyrillic as
 *       English-language sources romanise it (BGN/PCGN: {@code Жуков} → {@code zhukov}, {@code
 *       Яблоко} → {@code yabloko}, {@code Чайка} → {@code chayka}), Greek, Arabic, Chinese, ... by
 *       ICU's general rules, then what accents remain dropped; then NFKC with case folding again;
 *   <li>{@code &} becomes {@code and}; dots, apostrophes and the middle dot of BGN are dropped
 *       ({@code A.B.C.} → {@code abc}, {@code Int'l} → {@code intl}); any other character that is
 *       not a letter or digit separates words;
 *   <li>spellings from {@code replacements.tsv} (abbreviations, British/American spellings, number
 *       words: {@code forty four} → {@code 44}) and legal forms from {@code legal-forms.tsv}
 *       (longest match first, canonical form: {@code Aktiengesellschaft} → {@code ag}), repeated
 *       until nothing changes (so that normalising twice changes nothing);
 *   <li>the distinctive words: without legal forms and the stop words of {@code stop-words.txt}.
 * </ol>
 *
 * <p>Thread-safe: each thread uses its own transliterator.
 */
public final class IcuNameNormaliser implements NameNormaliser {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(
          () ->
              Transliterator.getInstance(
                  "NFD; [[\\u0300-\\u036F]-[\\u0306]] Remove; NFC; [\\u044A] Remove;"
                      + " Russian-Latin/BGN;"
                      + " Any-Latin; Latin-ASCII"));
  private static final int MAX_PASSES = 4;

  /** Legal forms this long or longer (in letters and spaces) are also found misspelt. */
  private static final int MIN_FUZZY_FORM = 8;

  /**
   * A word shorter than this is never a misspelt or cut-short word of a form ({@link #fuzzyAt}).
   */
  private static final int MIN_FUZZY_WORD = 5;

  /** Variant (words) to its replacement, and whether the replacement is a legal form. */
  private record Rule(List<String> replacement, boolean legalForm) {}

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private final Map<List<String>, Rule> rules;
  private final List<Map.Entry<List<String>, Rule>> fuzzyForms;
  private final Set<String> fuzzyFormWords;
  private final int longestFuzzyForm;

  /** For each first word of a variant, the most words a variant starting with it has. */
  private final Map<String, Integer> longestStartingWith;

  private final Set<String> legalForms;
  private final Set<String> stopWords;
  private final Map<String, String> kinds;

  private IcuNameNormaliser(
      Map<List<String>, Rule> rules,
      Set<String> legalForms,
      Set<String> stopWords,
      Map<String, String> kinds) {
    this.kinds = Map.copyOf(kinds);
    this.rules = Map.copyOf(rules);
    List<Map.Entry<List<String>, Rule>> fuzzy = new ArrayList<>();
    for (Map.Entry<List<String>, Rule> e : rules.entrySet()) {
      if (e.getValue().legalForm() && String.join(" ", e.getKey()).length() >= MIN_FUZZY_FORM) {
        fuzzy.add(Map.entry(e.getKey(), e.getValue()));
      }
    }
    fuzzy.sort(
        java.util.Comparator.<Map.Entry<List<String>, Rule>>comparingInt(e -> -e.getKey().size())
            .thenComparing(e -> String.join(" ", e.getKey())));
    this.fuzzyForms = List.copyOf(fuzzy);
    Set<String> formWords = new HashSet<>();
    int longestForm = 1;
    for (Map.Entry<List<String>, Rule> e : fuzzy) {
      if (e.getKey().size() > 1) {
        formWords.addAll(e.getKey());
      }
      longestForm = Math.max(longestForm, e.getKey().size());
    }
    this.fuzzyFormWords = Set.copyOf(formWords);
    this.longestFuzzyForm = longestForm;
    Map<String, Integer> longestFrom = new HashMap<>();
    for (List<String> variant : rules.keySet()) {
      longestFrom.merge(variant.get(0), variant.size(), Math::max);
    }
    this.longestStartingWith = Map.copyOf(longestFrom);
    this.legalForms = Set.copyOf(legalForms);
    this.stopWords = Set.copyOf(stopWords);
  }

  /** The normaliser with the bundled tables. */
  public static IcuNameNormaliser standard() {
    Map<List<String>, Rule> rules = new HashMap<>();
    Set<String> legalForms = new HashSet<>();
    Map<String, String> kinds = new HashMap<>();
    for (String line : lines("replacements.tsv")) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 2) {
        throw new IllegalStateException("replacements.tsv: expected 2 columns: " + line);
      }
      rules.put(words(cols[0]), new Rule(words(cols[1]), false));
    }
    for (String line : lines("legal-forms.tsv")) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 3 && cols.length != 4) {
        throw new IllegalStateException("legal-forms.tsv: expected 3 or 4 columns: " + line);
      }
      String canonical = cols[0];
      if (cols.length == 4) {
        kinds.put(canonical, cols[3]);
      }
      legalForms.add(canonical);
      rules.put(List.of(canonical), new Rule(List.of(canonical), true));
      for (String variant : cols[2].split("\\|", -1)) {
        Rule previous = rules.put(words(variant), new Rule(List.of(canonical), true));
        if (previous != null && !previous.replacement().equals(List.of(canonical))) {
          throw new IllegalStateException(
              "legal-forms.tsv: '" + variant + "' maps to two forms: " + line);
        }
      }
    }
    Set<String> stopWords = new HashSet<>(lines("stop-words.txt"));
    return new IcuNameNormaliser(rules, legalForms, stopWords, kinds);
  }

  /**
   * The kind of a canonical form: the fourth column of {@code legal-forms.tsv} when it has one
   * ({@code ooo} is an {@code llc}), else the form itself.
   */
  @Override
  public String legalFormKind(String form) {
    return kinds.getOrDefault(form, form);
  }

  /**
   * The words of an address: folded as names are ({@link #fold}), each word of {@code
   * address-words.tsv} made its abbreviation ({@code Street} → {@code st}, {@code Saint} → {@code
   * st}), and the secondary unit designators of {@code address-units.txt} left out with the word
   * after them ({@code Suite 400}).
   */
  @Override
  public List<String> addressWords(String address) {
    List<String> out = new ArrayList<>();
    List<String> words = words(fold(address));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (ADDRESS_UNITS.contains(w)) {
        i++; // and the unit's number
        continue;
      }
      out.add(ADDRESS_WORDS.getOrDefault(w, w));
    }
    return out;
  }

  private static final Map<String, String> ADDRESS_WORDS = addressWords();
  private static final Set<String> ADDRESS_UNITS = Set.copyOf(lines("address-units.txt"));

  private static Map<String, String> addressWords() {
    Map<String, String> table = new HashMap<>();
    for (String line : lines("address-words.tsv")) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 2) {
        throw new IllegalStateException("address-words.tsv: expected 2 columns: " + line);
      }
      table.put(cols[0], cols[1]);
    }
    return Map.copyOf(table);
  }

  /** The canonical legal forms of the table. */
  public Set<String> legalForms() {
    return legalForms;
  }

  /**
   * Ukrainian {@code АТ} (акціонерне товариство, a joint-stock company), a word of its own in
   * Cyrillic: its romanisation {@code at} is an English word, so it is read as a legal form before
   * transliteration, and, romanised, only as the last word of a name.
   */
  private static final java.util.regex.Pattern CYRILLIC_AT =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}\\p{N}])ат(?![\\p{L}\\p{N}])",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  @Override
  public NormalisedName normalise(String name) {
    String text = name;
    if (text.indexOf('т') >= 0 || text.indexOf('Т') >= 0) {
      text = CYRILLIC_AT.matcher(text).replaceAll("jsc");
    }
    List<String> words = words(fold(text));
    if (words.size() >= 2 && words.get(words.size() - 1).equals("at")) {
      words.set(words.size() - 1, "jsc");
    }
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      List<String> next = combineNumbers(replace(words));
      if (next.equals(words)) {
        break;
      }
      words = next;
    }
    List<String> distinctive = new ArrayList<>();
    List<String> withoutForms = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    for (String w : words) {
      if (legalForms.contains(w)) {
        forms.add(w);
      } else {
        withoutForms.add(w);
        if (!stopWords.contains(w)) {
          distinctive.add(w);
        }
      }
    }
    if (distinctive.isEmpty()) {
      distinctive = withoutForms.isEmpty() ? words : withoutForms;
    }
    return new NormalisedName(name, String.join(" ", words), distinctive, forms);
  }

  /** NFKC, case folding, transliteration to ASCII, punctuation. */
  static String fold(String name) {
    String folded = NFKC_CASEFOLD.normalize(name);
    if (!isAscii(folded)) {
      folded = NFKC_CASEFOLD.normalize(TO_ASCII.get().transliterate(folded));
    }
    StringBuilder b = new StringBuilder(folded.length() + 8);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (c == '&') {
        b.append(" and ");
      } else if (c == '.'
          || c == '\''
          || c == '`'
          || c == '\u2019'
          || c == '\u02b9'
          || c == '\u00b7') {
        // dropped: A.B.C. -> abc, Int'l -> intl
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) (c + 32));
      } else if (c > 127 && Character.isLetterOrDigit(c)) {
        // a letter with no ASCII transliteration: kept, so different names stay different
        b.append(c);
      } else {
        b.append(' ');
      }
    }
    return b.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.strip().split("\\s+", -1)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private List<String> replace(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      Rule rule = null;
      Integer longest = longestStartingWith.get(words.get(i));
      for (int n = longest == null ? 0 : Math.min(longest, words.size() - i); n >= 1; n--) {
        Rule r = rules.get(words.subList(i, i + n));
        if (r != null) {
          matched = n;
          rule = r;
          break;
        }
      }
      if (rule == null && mayBeFuzzyForm(words, i)) {
        for (Map.Entry<List<String>, Rule> form : fuzzyForms) {
          if (fuzzyAt(words, i, form.getKey())) {
            matched = form.getKey().size();
            rule = form.getValue();
            break;
          }
        }
      }
      if (rule == null) {
        out.add(words.get(i));
        i++;
      } else {
        out.addAll(rule.replacement());
        i += matched;
      }
    }
    return out;
  }

  /**
   * Whether a fuzzy legal form may start at {@code i}: the word there is long enough to be misspelt
   * or cut short, or one of the next words is a word of a multi-word form as it is (which {@link
   * #fuzzyAt} requires of a multi-word form). Saves trying every form at every short word.
   */
  private boolean mayBeFuzzyForm(List<String> words, int i) {
    if (words.get(i).length() >= MIN_FUZZY_WORD) {
      return true;
    }
    for (int k = i; k < Math.min(words.size(), i + longestFuzzyForm); k++) {
      if (fuzzyFormWords.contains(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words at {@code i} spell a long legal form with typos: each word equal, or both of
   * 5 letters or more and at most one edit in five apart, or the name's last word cut short (5
   * letters or more) of the form's last word ({@code Aktiengeselschaft}, {@code JOYNT STOCK
   * COMPANY}, {@code JOINT STOCK COMPAN}). At least one word must be equal or the form a single
   * word.
   */
  private static boolean fuzzyAt(List<String> words, int i, List<String> form) {
    if (i + form.size() > words.size()) {
      return false;
    }
    if (form.size() > 1) {
      boolean any = false;
      for (int k = 0; k < form.size() && !any; k++) {
        any = words.get(i + k).equals(form.get(k));
      }
      if (!any) {
        return false; // cheaply: no word of the form is there as it is
      }
    }
    boolean exact = form.size() == 1;
    for (int k = 0; k < form.size(); k++) {
      String w = words.get(i + k);
      String f = form.get(k);
      if (w.equals(f)) {
        exact = true;
        continue;
      }
      boolean last = i + k == words.size() - 1 && k == form.size() - 1;
      if (last && i > 0 && w.length() >= 5 && f.startsWith(w)) {
        continue;
      }
      if (w.length() < 5 || f.length() < 5) {
        return false;
      }
      int longest = Math.max(w.length(), f.length());
      if (Math.abs(w.length() - f.length()) * 5 > longest
          || LEVENSHTEIN.apply(w, f) * 5 > longest) {
        return false;
      }
    }
    return exact;
  }

  /** {@code 40 4} → {@code 44} (after number words became digits). */
  private static List<String> combineNumbers(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i + 1 < words.size() && isTens(w) && isUnit(words.get(i + 1))) {
        out.add(Integer.toString(Integer.parseInt(w) + Integer.parseInt(words.get(i + 1))));
        i++;
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean isTens(String w) {
    return w.length() == 2 && w.charAt(1) == '0' && w.charAt(0) >= '2' && w.charAt(0) <= '9';
  }

  private static boolean isUnit(String w) {
    return w.length() == 1 && w.charAt(0) >= '1' && w.charAt(0) <= '9';
  }

  private static List<String> lines(String resource) {
    try (InputStream in =
            Objects.requireNonNull(
                IcuNameNormaliser.class.getResourceAsStream(resource), resource + " is missing");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "IcuNameNormaliser" + Arrays.asList(legalForms.size(), rules.size());
  }
}
