package org.vigilance.core.resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores a pair of organisations from named features, each keeping its contribution.
 *
 * <ol>
 *   <li><b>Name</b> (the best pair of names and aliases): the distinctive words equal (in any
 *       order, or run together) give 1; otherwise {@value #JW_WEIGHT} × Jaro-Winkler of the
 *       distinctive words plus {@value #TOKEN_WEIGHT} × their token-set overlap (words paired when
 *       equal or close by edit distance); one name being the acronym of the other gives at least
 *       {@value #ACRONYM}.
 *   <li><b>Country</b>: a shared country adds {@value #COUNTRY_BONUS}; countries known on both
 *       sides and none shared subtract {@value #COUNTRY_PENALTY}.
 *   <li><b>Address</b>: closely alike addresses add {@value #ADDRESS_BONUS}.
 *   <li><b>Legal form</b>: different legal forms on both sides subtract {@value
 *       #LEGAL_FORM_PENALTY}.
 *   <li><b>Parent</b>: one being the other's parent (its id among the other's {@code parents}, or
 *       one of its names equal to one of the other's {@code parentNames} that is not also the
 *       other's own name, or that is, but with a legal form of another kind than the other's and
 *       found in its own name: {@code Acme LLC} naming {@code Acme Inc}) subtracts {@value
 *       #PARENT_PENALTY}: a subsidiary is related to its parent, not the same.
 *   <li><b>Identifiers</b>, last: an equal strong identifier lifts the score to at least {@value
 *       #IDENTIFIER_FLOOR}; strong identifiers of the same scheme that differ (and none equal) veto
 *       the merge, bringing the score to 0.
 * </ol>
 */
public final class EntityMatcher {
  /**
   * The weight of the name part: equal names alone give this much, below the auto-merge threshold
   * of {@code xref}, so that only corroboration (a shared country, a close address, an equal
   * identifier) lifts a pair there.
   */
  static final double NAME_WEIGHT = 0.92;

  static final double JW_WEIGHT = 0.3;
  static final double TOKEN_WEIGHT = 0.7;
  static final double ACRONYM = 0.9;
  static final double COUNTRY_BONUS = 0.05;
  static final double COUNTRY_PENALTY = 0.3;
  static final double ADDRESS_BONUS = 0.05;
  static final double LEGAL_FORM_PENALTY = 0.05;
  static final double PARENT_PENALTY = 0.6;

  /** A parent name this close to the organisation's own name is its own (see {@link #ownName}). */
  static final double OWN_NAME = 0.9;

  static final double IDENTIFIER_FLOOR = 0.99;

  /** Two words closer than this (Levenshtein similarity) count as the same word misspelt. */
  static final double WORD_SIMILARITY = 0.7;

  private final NameNormaliser normaliser;
  private final StringSimilarity similarity;

  /**
   * A matcher over the given ports.
   *
   * @param normaliser normalises names (and addresses)
   * @param similarity string similarities
   */
  public EntityMatcher(NameNormaliser normaliser, StringSimilarity similarity) {
    this.normaliser = normaliser;
    this.similarity = similarity;
  }

  /**
   * An organisation with what the matcher compares computed once: its normalised names, legal
   * forms, address words and the keys of its own and its parents' names. Immutable, so one prepared
   * record may be scored against many others, on any thread.
   */
  public static final class Prepared {
    private final MatchRecord record;
    private final List<NormalisedName> names;
    private final Set<String> legalForms;
    private final List<List<String>> addresses;
    private final Set<String> nameKeys;
    private final Set<String> parentKeys;

    private Prepared(
        MatchRecord record,
        List<NormalisedName> names,
        Set<String> legalForms,
        List<List<String>> addresses,
        Set<String> nameKeys,
        Set<String> parentKeys) {
      this.record = record;
      this.names = names;
      this.legalForms = legalForms;
      this.addresses = addresses;
      this.nameKeys = nameKeys;
      this.parentKeys = parentKeys;
    }

    /** The record prepared. */
    public MatchRecord record() {
      return record;
    }

    /** The kinds of its legal forms ({@link NameNormaliser#legalFormKind}). */
    public Set<String> legalFormKinds() {
      return legalForms;
    }

    /** Its names, normalised, in the record's order. */
    public List<NormalisedName> names() {
      return names;
    }
  }

  /** Normalises what the matcher compares of a record, once. */
  public Prepared prepare(MatchRecord r) {
    List<NormalisedName> names = new ArrayList<>(r.names().size());
    Set<String> forms = new HashSet<>();
    Set<String> nameKeys = new HashSet<>();
    for (String n : r.names()) {
      NormalisedName nn = normaliser.normalise(n);
      names.add(nn);
      for (String form : nn.legalForms()) {
        forms.add(normaliser.legalFormKind(form));
      }
      if (!nn.tokens().isEmpty()) {
        nameKeys.add(nn.sortedTokens());
        nameKeys.add(nn.compact());
        for (String form : nn.legalForms()) {
          nameKeys.add(nn.sortedTokens() + "|" + normaliser.legalFormKind(form));
        }
      }
    }
    List<List<String>> addresses = new ArrayList<>(r.addresses().size());
    for (String address : r.addresses()) {
      addresses.add(List.copyOf(normaliser.addressWords(address)));
    }
    Set<String> parentKeys = new HashSet<>();
    for (String p : r.parentNames()) {
      NormalisedName np = normaliser.normalise(p);
      if (np.tokens().isEmpty()) {
        continue;
      }
      // a source that names an organisation as its own parent says it has none above it
      if (!ownName(np, names)) {
        parentKeys.add(np.sortedTokens());
        parentKeys.add(np.compact());
      } else {
        // unless the parent's name has a legal form of another kind than any of the record's: a
        // subsidiary bearing its parent's name (Acme LLC of Acme Inc), related to the records
        // of that name with that form
        Set<String> parentForms = new HashSet<>();
        for (String form : np.legalForms()) {
          parentForms.add(normaliser.legalFormKind(form));
        }
        if (!forms.isEmpty() && !parentForms.isEmpty() && !intersects(forms, parentForms)) {
          for (String kind : parentForms) {
            parentKeys.add(np.sortedTokens() + "|" + kind);
          }
        }
      }
    }
    return new Prepared(
        r,
        List.copyOf(names),
        Set.copyOf(forms),
        List.copyOf(addresses),
        Set.copyOf(nameKeys),
        Set.copyOf(parentKeys));
  }

  /**
   * Whether a parent's name is the organisation's own: equal distinctive words, equal once numbers
   * are left out ({@code 3M COMPANY} as the parent of {@code 3M COMPANY (7775)}), or a name score
   * of at least {@value #OWN_NAME} (a misspelling: {@code THERMAL TECHNOLIGIES, INC} as the parent
   * of {@code THERMAL TECHNOLOGIES, INCORPORATED}).
   */
  private boolean ownName(NormalisedName parent, List<NormalisedName> names) {
    List<String> parentWords = withoutNumbers(parent.tokens());
    for (NormalisedName n : names) {
      if (n.tokens().isEmpty()) {
        continue;
      }
      if (n.sortedTokens().equals(parent.sortedTokens())
          || n.compact().equals(parent.compact())
          || (!parentWords.isEmpty() && sortedEqual(withoutNumbers(n.tokens()), parentWords))
          || compareNames(n, parent, false).score >= OWN_NAME) {
        return true;
      }
    }
    return false;
  }

  private static List<String> withoutNumbers(List<String> tokens) {
    return tokens.stream().filter(t -> !isNumber(t)).toList();
  }

  private static boolean sortedEqual(List<String> a, List<String> b) {
    return a.size() == b.size()
        && a.stream().sorted().toList().equals(b.stream().sorted().toList());
  }

  /** Scores two organisations. */
  public MatchScore score(MatchRecord a, MatchRecord b) {
    return score(prepare(a), prepare(b));
  }

  /** Scores two prepared organisations, every feature explained. */
  public MatchScore score(Prepared a, Prepared b) {
    List<Feature> features = new ArrayList<>();
    PairScore s = Objects.requireNonNull(compare(a, b, features, 0));
    return new MatchScore(s.score(), features, s.vetoed());
  }

  /**
   * Scores two prepared organisations as {@link #score(Prepared, Prepared)} does (the same
   * numbers), without building the explanation: for scoring many pairs.
   */
  public PairScore quickScore(Prepared a, Prepared b) {
    return Objects.requireNonNull(compare(a, b, null, 0));
  }

  /**
   * As {@link #quickScore(Prepared, Prepared)}, but gives up (null) on a pair that cannot score
   * {@code floor} or more, without computing what cannot change that: its names are too unlike for
   * a shared country and a close address to lift it there, no strong identifier agrees, and neither
   * is the other's parent. A pair it scores has the same score as ever.
   */
  public @Nullable PairScore quickScore(Prepared a, Prepared b, double floor) {
    return compare(a, b, null, floor);
  }

  /** Similarity of two names alone, in [0, 1] (the name part of the score). */
  public double nameScore(String a, String b) {
    return bestNames(List.of(normaliser.normalise(a)), List.of(normaliser.normalise(b)), true)
        .score;
  }

  private @Nullable PairScore compare(
      Prepared a, Prepared b, @Nullable List<Feature> features, double floor) {
    IdentifierComparison ids = compareIdentifiers(a.record, b.record);
    NamePair names;
    if (features != null) {
      names = bestNames(a.names, b.names, true);
    } else {
      boolean mayPrune = floor > 0 && ids.agreeing == null && !related(a, b);
      double needed = mayPrune ? (floor - COUNTRY_BONUS - ADDRESS_BONUS) / NAME_WEIGHT : 0;
      names = quickBestNames(a.names, b.names, needed);
      if (names == null) {
        return null;
      }
    }
    double score = nameFeatures(names, features);
    score += country(a.record, b.record, features);
    double address = address(a, b, features);
    score += address;
    double legalForm = legalForm(a, b, features);
    score += legalForm;
    double parent = parent(a, b, features);
    score += parent;
    boolean vetoed = false;
    if (ids.agreeing != null) {
      double c = Math.max(0, IDENTIFIER_FLOOR - score);
      if (features != null) {
        features.add(
            new Feature(
                "identifiers", 1.0, c, "equal strong identifier " + ids.agreeing + " dominates"));
      }
      score += c;
    } else if (ids.conflicting != null) {
      double c = -Math.max(0, score);
      if (features != null) {
        features.add(
            new Feature("identifiers", 0.0, c, "conflicting " + ids.conflicting + ": no merge"));
      }
      score += c;
      vetoed = true;
    } else if (features != null) {
      features.add(new Feature("identifiers", -1, 0, "no strong identifier of a common scheme"));
    }
    double clamped = Math.max(0, Math.min(1, score));
    if (clamped != score && features != null) {
      features.add(new Feature("range", -1, clamped - score, "kept within [0, 1]"));
    }
    boolean alike = !names.equal && clamped > 0 && clamped >= floor && anyAlike(a.names, b.names);
    return new PairScore(
        clamped,
        vetoed,
        ids.agreeing != null,
        names.equal,
        parent <= -PARENT_PENALTY,
        address > 0,
        legalForm < 0,
        alike,
        legalFormsShared(a, b));
  }

  private static boolean anyAlike(List<NormalisedName> as, List<NormalisedName> bs) {
    for (NormalisedName na : as) {
      for (NormalisedName nb : bs) {
        if (alike(na, nb)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two names that are not equal are alike: they have as many distinctive words, and once
   * the equal words are paired, the rest pair up as one romanisation of the other ({@link
   * #romanisationKey}: {@code Tyoneyn} / {@code Teneyn}, BGN and ICAO 9303 spellings of one
   * Cyrillic word), except at most one pair that is either one word misspelt by one edit (a letter
   * changed, left out, added, or two swapped; words of {@value #MIN_MISSPELT} letters or more, no
   * digits) or one cut short (a word of 3 letters or more that begins the other, which is at least
   * two letters longer, not the first word of either name: {@code Sys} / {@code Systems}).
   */
  static boolean alike(NormalisedName a, NormalisedName b) {
    List<String> ta = a.tokens();
    List<String> tb = b.tokens();
    if (ta.isEmpty() || ta.size() != tb.size()) {
      return false;
    }
    List<String> ra = new ArrayList<>(ta);
    List<String> rb = new ArrayList<>(tb);
    for (java.util.Iterator<String> it = ra.iterator(); it.hasNext(); ) {
      if (rb.remove(it.next())) {
        it.remove();
      }
    }
    if (ra.isEmpty()) {
      return false; // equal words: equal names, not alike ones
    }
    for (java.util.Iterator<String> it = ra.iterator(); it.hasNext(); ) {
      String x = it.next();
      if (x.length() < 3 || hasDigit(x)) {
        continue;
      }
      String key = romanisationKey(x);
      for (int j = 0; j < rb.size(); j++) {
        String y = rb.get(j);
        if (y.length() >= 3 && !hasDigit(y) && romanisationKey(y).equals(key)) {
          rb.remove(j);
          it.remove();
          break;
        }
      }
    }
    if (ra.isEmpty()) {
      return true;
    }
    if (ra.size() > 1) {
      return false;
    }
    String x = ra.get(0);
    String y = rb.get(0);
    if (hasDigit(x) || hasDigit(y)) {
      return false;
    }
    if (Math.min(x.length(), y.length()) >= MIN_MISSPELT - 1
        && Math.max(x.length(), y.length()) >= MIN_MISSPELT
        && oneEdit(x, y)) {
      return true;
    }
    return !x.equals(ta.get(0)) && !y.equals(tb.get(0)) && (cutShort(x, y) || cutShort(y, x));
  }

  /** A misspelt word has at least this many letters (one of the two may have one fewer). */
  static final int MIN_MISSPELT = 5;

  private static boolean cutShort(String shorter, String longer) {
    return shorter.length() >= 3
        && longer.length() >= shorter.length() + 2
        && longer.startsWith(shorter);
  }

  /**
   * The key that BGN/PCGN and ICAO 9303 romanisations of one Cyrillic word share: {@code y} read as
   * {@code i}, then {@code io}, {@code ie} as {@code e}, {@code iu} as {@code u}, {@code ia} as
   * {@code a} ({@code ё yo/e, е ye/e, ю yu/iu, я ya/ia, й y/i}).
   */
  static String romanisationKey(String word) {
    return word.replace('y', 'i')
        .replace("io", "e")
        .replace("ie", "e")
        .replace("iu", "u")
        .replace("ia", "a");
  }

  /** Whether two different words are one edit apart (optimal string alignment). */
  static boolean oneEdit(String x, String y) {
    int lx = x.length();
    int ly = y.length();
    if (Math.abs(lx - ly) > 1) {
      return false;
    }
    int i = 0;
    while (i < lx && i < ly && x.charAt(i) == y.charAt(i)) {
      i++;
    }
    if (lx == ly) {
      if (i == lx) {
        return false;
      }
      // substitution, or two neighbours swapped
      if (x.substring(i + 1).equals(y.substring(i + 1))) {
        return true;
      }
      return i + 1 < lx
          && x.charAt(i) == y.charAt(i + 1)
          && x.charAt(i + 1) == y.charAt(i)
          && x.substring(i + 2).equals(y.substring(i + 2));
    }
    // one letter more on one side
    return lx > ly
        ? x.substring(i + 1).equals(y.substring(i))
        : y.substring(i + 1).equals(x.substring(i));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The best pair of names as {@link #bestNames} finds it (the same pair, the same score), but
   * without Jaro-Winkler where it cannot matter: a pair whose token overlap leaves it unable to
   * beat the best so far, or to reach {@code needed}, is passed over. Null when no pair can reach
   * {@code needed} (above 0).
   */
  private @Nullable NamePair quickBestNames(
      List<NormalisedName> as, List<NormalisedName> bs, double needed) {
    NamePair best = null;
    for (NormalisedName na : as) {
      for (NormalisedName nb : bs) {
        if (na.tokens().isEmpty() || nb.tokens().isEmpty()) {
          if (best == null) {
            best = new NamePair(na, nb, 0, false, 0, 0, false);
          }
          continue;
        }
        if (na.compact().equals(nb.compact()) || na.sortedTokens().equals(nb.sortedTokens())) {
          if (best == null || best.score < 1) {
            best = new NamePair(na, nb, 1, true, 1, 1, false);
          }
          continue;
        }
        double tokenSet = tokenSet(na.tokens(), nb.tokens());
        boolean acronym = acronym(na, nb) || acronym(nb, na);
        double upper = JW_WEIGHT + TOKEN_WEIGHT * tokenSet;
        if (acronym) {
          upper = Math.max(upper, ACRONYM);
        }
        if ((best != null && upper <= best.score) || upper < needed) {
          continue;
        }
        double jw = similarity.jaroWinkler(na.core(), nb.core());
        double score = JW_WEIGHT * jw + TOKEN_WEIGHT * tokenSet;
        if (acronym) {
          score = Math.max(score, ACRONYM);
        }
        if (best == null || score > best.score) {
          best = new NamePair(na, nb, score, false, jw, tokenSet, acronym);
        }
      }
    }
    if (best == null) {
      return needed > 0 ? null : new NamePair(EMPTY, EMPTY, 0, false, 0, 0, false);
    }
    return needed > 0 && best.score < needed ? null : best;
  }

  /** Whether one is the other's parent (as {@link #parent} finds it, without explaining). */
  private static boolean related(Prepared a, Prepared b) {
    return a.record.parents().contains(b.record.id())
        || b.record.parents().contains(a.record.id())
        || intersects(a.parentKeys, b.nameKeys)
        || intersects(b.parentKeys, a.nameKeys);
  }

  private record NamePair(
      NormalisedName a,
      NormalisedName b,
      double score,
      boolean equal,
      double jaroWinkler,
      double tokenSet,
      boolean acronym) {}

  private static final NormalisedName EMPTY = new NormalisedName("", "", List.of(), List.of());

  private double nameFeatures(NamePair best, @Nullable List<Feature> features) {
    if (features == null) {
      if (best.equal) {
        return NAME_WEIGHT;
      }
      double jw = NAME_WEIGHT * JW_WEIGHT * best.jaroWinkler;
      double tokens = NAME_WEIGHT * TOKEN_WEIGHT * best.tokenSet;
      double acronymLift = best.acronym ? Math.max(0, NAME_WEIGHT * ACRONYM - jw - tokens) : 0;
      return jw + tokens + acronymLift;
    }
    String compared = "\"" + best.a.core() + "\" / \"" + best.b.core() + "\"";
    if (best.equal) {
      features.add(
          new Feature("name.equal", 1, NAME_WEIGHT, "normalised names equal: " + compared));
      features.add(new Feature("name.jaroWinkler", best.jaroWinkler, 0, "not needed"));
      features.add(new Feature("name.tokenSet", best.tokenSet, 0, "not needed"));
      features.add(new Feature("name.acronym", best.acronym ? 1 : 0, 0, "not needed"));
      return NAME_WEIGHT;
    }
    features.add(new Feature("name.equal", 0, 0, "normalised names differ: " + compared));
    double jw = NAME_WEIGHT * JW_WEIGHT * best.jaroWinkler;
    double tokens = NAME_WEIGHT * TOKEN_WEIGHT * best.tokenSet;
    double acronymLift = best.acronym ? Math.max(0, NAME_WEIGHT * ACRONYM - jw - tokens) : 0;
    features.add(
        new Feature(
            "name.jaroWinkler",
            best.jaroWinkler,
            jw,
            String.format(Locale.ROOT, "%.3f × %.3f", best.jaroWinkler, NAME_WEIGHT * JW_WEIGHT)));
    features.add(
        new Feature(
            "name.tokenSet",
            best.tokenSet,
            tokens,
            String.format(Locale.ROOT, "%.3f × %.3f", best.tokenSet, NAME_WEIGHT * TOKEN_WEIGHT)));
    features.add(
        new Feature(
            "name.acronym",
            best.acronym ? 1 : 0,
            acronymLift,
            best.acronym ? "one name is the acronym of the other" : "no acronym"));
    return jw + tokens + acronymLift;
  }

  private NamePair bestNames(List<NormalisedName> as, List<NormalisedName> bs, boolean explain) {
    NamePair best = null;
    for (NormalisedName na : as) {
      for (NormalisedName nb : bs) {
        NamePair pair = compareNames(na, nb, explain);
        if (best == null || pair.score > best.score) {
          best = pair;
        }
      }
    }
    if (best == null) {
      return new NamePair(EMPTY, EMPTY, 0, false, 0, 0, false);
    }
    return best;
  }

  private NamePair compareNames(NormalisedName a, NormalisedName b, boolean explain) {
    if (a.tokens().isEmpty() || b.tokens().isEmpty()) {
      return new NamePair(a, b, 0, false, 0, 0, false);
    }
    boolean equal = a.compact().equals(b.compact()) || a.sortedTokens().equals(b.sortedTokens());
    if (equal && !explain) {
      return new NamePair(a, b, 1, true, 1, 1, false);
    }
    double jw = similarity.jaroWinkler(a.core(), b.core());
    double tokenSet = tokenSet(a.tokens(), b.tokens());
    boolean acronym = acronym(a, b) || acronym(b, a);
    double score = equal ? 1 : JW_WEIGHT * jw + TOKEN_WEIGHT * tokenSet;
    if (acronym) {
      score = Math.max(score, ACRONYM);
    }
    return new NamePair(a, b, score, equal, jw, tokenSet, acronym);
  }

  /**
   * Token-set overlap: words paired greedily by similarity (equal, or, for words of 4 letters or
   * more, the higher of the Levenshtein similarity and Jaro-Winkler minus 0.1 when at least {@value
   * #WORD_SIMILARITY}; numbers only when equal), the paired similarity summed over the number of
   * words of the longer side (so a word only one side has lowers the overlap).
   */
  double tokenSet(List<String> a, List<String> b) {
    int n = a.size() * b.size();
    int[] is = new int[n];
    int[] js = new int[n];
    double[] ss = new double[n];
    int count = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double s = wordSimilarity(a.get(i), b.get(j));
        if (s > 0) {
          // insertion keeping the order by similarity, highest first, stable among equals
          int k = count++;
          while (k > 0 && ss[k - 1] < s) {
            is[k] = is[k - 1];
            js[k] = js[k - 1];
            ss[k] = ss[k - 1];
            k--;
          }
          is[k] = i;
          js[k] = j;
          ss[k] = s;
        }
      }
    }
    boolean[] usedA = new boolean[a.size()];
    boolean[] usedB = new boolean[b.size()];
    double sum = 0;
    for (int k = 0; k < count; k++) {
      if (!usedA[is[k]] && !usedB[js[k]]) {
        usedA[is[k]] = true;
        usedB[js[k]] = true;
        sum += ss[k];
      }
    }
    return sum / Math.max(a.size(), b.size());
  }

  private double wordSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.length() < 4 || b.length() < 4 || isNumber(a) || isNumber(b)) {
      return 0;
    }
    // Bounds from the characters the two have in common (c): the Levenshtein distance is at least
    // max - c, and Jaro at most (c/la + c/lb + 1) / 3 (so Jaro-Winkler at most 0.4 + 0.6 Jaro);
    // a measure that cannot reach the word similarity is not computed, which changes no result.
    int la = a.length();
    int lb = b.length();
    int longest = Math.max(la, lb);
    int common = commonCharacters(a, b);
    boolean levenshteinMay = common >= WORD_SIMILARITY * longest - 1e-9;
    double jaroUpper = ((double) common / la + (double) common / lb + 1) / 3;
    boolean jaroWinklerMay = 0.4 + 0.6 * jaroUpper - 0.1 >= WORD_SIMILARITY - 1e-9;
    if (!levenshteinMay && !jaroWinklerMay) {
      return 0;
    }
    double s =
        Math.max(
            levenshteinMay ? similarity.levenshtein(a, b) : 0,
            jaroWinklerMay ? similarity.jaroWinkler(a, b) - 0.1 : 0);
    return s >= WORD_SIMILARITY ? s : 0;
  }

  /** How many characters two words have in common, counted with repetition. */
  static int commonCharacters(String a, String b) {
    if (b.length() > 64) {
      return Math.min(a.length(), b.length());
    }
    long used = 0;
    int common = 0;
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      for (int j = 0; j < b.length(); j++) {
        if ((used & 1L << j) == 0 && b.charAt(j) == c) {
          used |= 1L << j;
          common++;
          break;
        }
      }
    }
    return common;
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  /** Whether the single word of {@code a} spells the initials of {@code b}'s words. */
  private static boolean acronym(NormalisedName a, NormalisedName b) {
    if (a.tokens().size() != 1 || b.tokens().size() < 2) {
      return false;
    }
    String word = a.tokens().get(0);
    StringBuilder initials = new StringBuilder();
    for (String t : b.tokens()) {
      initials.append(t.charAt(0));
    }
    String all = initials.toString();
    if (word.length() >= 2 && word.equals(all)) {
      return true;
    }
    // the acronym may leave out stop words the distinctive words dropped, or include them
    StringBuilder full = new StringBuilder();
    for (String t : b.normalised().split(" ", -1)) {
      if (!t.isEmpty()) {
        full.append(t.charAt(0));
      }
    }
    return word.length() >= 2 && word.equals(full.toString());
  }

  private static double country(MatchRecord a, MatchRecord b, @Nullable List<Feature> features) {
    if (a.countries().isEmpty() || b.countries().isEmpty()) {
      if (features != null) {
        features.add(new Feature("country", -1, 0, "not known on both sides"));
      }
      return 0;
    }
    if (shareCountry(a, b)) {
      if (features != null) {
        Set<String> shared = new HashSet<>(a.countries());
        shared.retainAll(b.countries());
        features.add(
            new Feature(
                "country", 1, COUNTRY_BONUS, "shared: " + String.join(", ", sorted(shared))));
      }
      return COUNTRY_BONUS;
    }
    if (features != null) {
      features.add(
          new Feature(
              "country",
              0,
              -COUNTRY_PENALTY,
              "different: "
                  + String.join(", ", sorted(a.countries()))
                  + " / "
                  + String.join(", ", sorted(b.countries()))));
    }
    return -COUNTRY_PENALTY;
  }

  private double address(Prepared a, Prepared b, @Nullable List<Feature> features) {
    if (a.addresses.isEmpty() || b.addresses.isEmpty()) {
      if (features != null) {
        features.add(new Feature("address", -1, 0, "not known on both sides"));
      }
      return 0;
    }
    double best = 0;
    for (List<String> tx : a.addresses) {
      for (List<String> ty : b.addresses) {
        if (!tx.isEmpty() && !ty.isEmpty()) {
          best = Math.max(best, tokenSet(tx, ty));
        }
      }
    }
    double c = best >= 0.8 ? ADDRESS_BONUS : 0;
    if (features != null) {
      features.add(
          new Feature(
              "address",
              best,
              c,
              String.format(
                  Locale.ROOT, "best address overlap %.2f%s", best, c > 0 ? "" : " (< 0.8)")));
    }
    return c;
  }

  /** Whether both have legal forms and share one (by kind). */
  private static boolean legalFormsShared(Prepared a, Prepared b) {
    for (String f : a.legalForms) {
      if (b.legalForms.contains(f)) {
        return true;
      }
    }
    return false;
  }

  private static double legalForm(Prepared a, Prepared b, @Nullable List<Feature> features) {
    Set<String> fa = a.legalForms;
    Set<String> fb = b.legalForms;
    if (fa.isEmpty() || fb.isEmpty()) {
      if (features != null) {
        features.add(new Feature("legalForm", -1, 0, "not known on both sides"));
      }
      return 0;
    }
    for (String f : fa) {
      if (fb.contains(f)) {
        if (features != null) {
          Set<String> shared = new HashSet<>(fa);
          shared.retainAll(fb);
          features.add(
              new Feature("legalForm", 1, 0, "shared: " + String.join(", ", sorted(shared))));
        }
        return 0;
      }
    }
    if (features != null) {
      features.add(
          new Feature(
              "legalForm",
              0,
              -LEGAL_FORM_PENALTY,
              "different: "
                  + String.join(", ", sorted(fa))
                  + " / "
                  + String.join(", ", sorted(fb))));
    }
    return -LEGAL_FORM_PENALTY;
  }

  private static double parent(Prepared a, Prepared b, @Nullable List<Feature> features) {
    MatchRecord ra = a.record;
    MatchRecord rb = b.record;
    String why = null;
    if (ra.parents().contains(rb.id()) || rb.parents().contains(ra.id())) {
      why = "one is the other's parent: related, not the same";
    } else if (intersects(a.parentKeys, b.nameKeys) || intersects(b.parentKeys, a.nameKeys)) {
      why = "one names the other as its parent: related, not the same";
    }
    if (why != null) {
      if (features != null) {
        features.add(new Feature("parent", 0, -PARENT_PENALTY, why));
      }
      return -PARENT_PENALTY;
    }
    if (features != null) {
      features.add(new Feature("parent", -1, 0, "neither is the other's parent"));
    }
    return 0;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private record IdentifierComparison(@Nullable String agreeing, @Nullable String conflicting) {}

  private static IdentifierComparison compareIdentifiers(MatchRecord a, MatchRecord b) {
    String agreeing = null;
    String conflicting = null;
    for (Identifier x : a.identifiers()) {
      if (!x.strong()) {
        continue;
      }
      for (Identifier y : b.identifiers()) {
        if (!y.strong() || !x.scheme().equals(y.scheme())) {
          continue;
        }
        if (x.national() && !shareCountry(a, b)) {
          // the same register number in two countries' registers says nothing
          continue;
        }
        if (x.value().equals(y.value())) {
          if (agreeing == null) {
            agreeing = x.toString();
          }
        } else {
          String conflict = x.scheme() + " " + x.value() + " / " + y.value();
          conflicting = conflicting == null ? conflict : conflicting + "; " + conflict;
        }
      }
    }
    return new IdentifierComparison(agreeing, conflicting);
  }

  private static boolean shareCountry(MatchRecord a, MatchRecord b) {
    for (String c : a.countries()) {
      if (b.countries().contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
