package org.vigilance.core.resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 *   <li><b>Parent</b>: one being the other's parent subtracts {@value #PARENT_PENALTY}: a
 *       subsidiary is related to its parent, not the same.
 *   <li><b>Identifiers</b>, last: an equal strong identifier lifts the score to at least {@value
 *       #IDENTIFIER_FLOOR}; strong identifiers of the same scheme that differ (and none equal) veto
 *       the merge, bringing the score to 0.
 * </ol>
 */
public final class EntityMatcher {
  static final double JW_WEIGHT = 0.3;
  static final double TOKEN_WEIGHT = 0.7;
  static final double ACRONYM = 0.9;
  static final double COUNTRY_BONUS = 0.05;
  static final double COUNTRY_PENALTY = 0.3;
  static final double ADDRESS_BONUS = 0.05;
  static final double LEGAL_FORM_PENALTY = 0.05;
  static final double PARENT_PENALTY = 0.6;
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

  /** Scores two organisations. */
  public MatchScore score(MatchRecord a, MatchRecord b) {
    List<Feature> features = new ArrayList<>();
    double score = nameFeatures(a, b, features);
    score += country(a, b, features);
    score += address(a, b, features);
    score += legalForm(a, b, features);
    score += parent(a, b, features);
    boolean vetoed = false;
    IdentifierComparison ids = compareIdentifiers(a, b);
    if (ids.agreeing != null) {
      double c = Math.max(0, IDENTIFIER_FLOOR - score);
      features.add(
          new Feature(
              "identifiers", 1.0, c, "equal strong identifier " + ids.agreeing + " dominates"));
      score += c;
    } else if (ids.conflicting != null) {
      double c = -Math.max(0, score);
      features.add(
          new Feature("identifiers", 0.0, c, "conflicting " + ids.conflicting + ": no merge"));
      score += c;
      vetoed = true;
    } else {
      features.add(new Feature("identifiers", -1, 0, "no strong identifier of a common scheme"));
    }
    double clamped = Math.max(0, Math.min(1, score));
    if (clamped != score) {
      features.add(new Feature("range", -1, clamped - score, "kept within [0, 1]"));
    }
    return new MatchScore(clamped, features, vetoed);
  }

  /** Similarity of two names alone, in [0, 1] (the name part of the score). */
  public double nameScore(String a, String b) {
    return bestNames(List.of(a), List.of(b)).score;
  }

  private record NamePair(
      NormalisedName a,
      NormalisedName b,
      double score,
      boolean equal,
      double jaroWinkler,
      double tokenSet,
      boolean acronym) {}

  private double nameFeatures(MatchRecord a, MatchRecord b, List<Feature> features) {
    NamePair best = bestNames(a.names(), b.names());
    String compared = "\"" + best.a.core() + "\" / \"" + best.b.core() + "\"";
    if (best.equal) {
      features.add(new Feature("name.equal", 1, 1, "normalised names equal: " + compared));
      features.add(new Feature("name.jaroWinkler", best.jaroWinkler, 0, "not needed"));
      features.add(new Feature("name.tokenSet", best.tokenSet, 0, "not needed"));
      features.add(new Feature("name.acronym", best.acronym ? 1 : 0, 0, "not needed"));
      return 1;
    }
    features.add(new Feature("name.equal", 0, 0, "normalised names differ: " + compared));
    double jw = JW_WEIGHT * best.jaroWinkler;
    double tokens = TOKEN_WEIGHT * best.tokenSet;
    double acronymLift = best.acronym ? Math.max(0, ACRONYM - jw - tokens) : 0;
    features.add(
        new Feature(
            "name.jaroWinkler",
            best.jaroWinkler,
            jw,
            String.format(Locale.ROOT, "%.3f × %.1f", best.jaroWinkler, JW_WEIGHT)));
    features.add(
        new Feature(
            "name.tokenSet",
            best.tokenSet,
            tokens,
            String.format(Locale.ROOT, "%.3f × %.1f", best.tokenSet, TOKEN_WEIGHT)));
    features.add(
        new Feature(
            "name.acronym",
            best.acronym ? 1 : 0,
            acronymLift,
            best.acronym ? "one name is the acronym of the other" : "no acronym"));
    return jw + tokens + acronymLift;
  }

  private NamePair bestNames(List<String> as, List<String> bs) {
    NamePair best = null;
    List<NormalisedName> nb = new ArrayList<>();
    for (String b : bs) {
      nb.add(normaliser.normalise(b));
    }
    for (String a : as) {
      NormalisedName na = normaliser.normalise(a);
      for (NormalisedName n : nb) {
        NamePair pair = compareNames(na, n);
        if (best == null || pair.score > best.score) {
          best = pair;
        }
      }
    }
    if (best == null) {
      NormalisedName empty = new NormalisedName("", "", List.of(), List.of());
      return new NamePair(empty, empty, 0, false, 0, 0, false);
    }
    return best;
  }

  private NamePair compareNames(NormalisedName a, NormalisedName b) {
    if (a.tokens().isEmpty() || b.tokens().isEmpty()) {
      return new NamePair(a, b, 0, false, 0, 0, false);
    }
    boolean equal = a.compact().equals(b.compact()) || a.sortedTokens().equals(b.sortedTokens());
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
    record Candidate(int i, int j, double s) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double s = wordSimilarity(a.get(i), b.get(j));
        if (s > 0) {
          candidates.add(new Candidate(i, j, s));
        }
      }
    }
    candidates.sort((x, y) -> Double.compare(y.s, x.s));
    Set<Integer> usedA = new HashSet<>();
    Set<Integer> usedB = new HashSet<>();
    double sum = 0;
    for (Candidate c : candidates) {
      if (!usedA.contains(c.i) && !usedB.contains(c.j)) {
        usedA.add(c.i);
        usedB.add(c.j);
        sum += c.s;
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
    double s = Math.max(similarity.levenshtein(a, b), similarity.jaroWinkler(a, b) - 0.1);
    return s >= WORD_SIMILARITY ? s : 0;
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

  private double country(MatchRecord a, MatchRecord b, List<Feature> features) {
    if (a.countries().isEmpty() || b.countries().isEmpty()) {
      features.add(new Feature("country", -1, 0, "not known on both sides"));
      return 0;
    }
    Set<String> shared = new HashSet<>(a.countries());
    shared.retainAll(b.countries());
    if (!shared.isEmpty()) {
      features.add(
          new Feature("country", 1, COUNTRY_BONUS, "shared: " + String.join(", ", sorted(shared))));
      return COUNTRY_BONUS;
    }
    features.add(
        new Feature(
            "country",
            0,
            -COUNTRY_PENALTY,
            "different: "
                + String.join(", ", sorted(a.countries()))
                + " / "
                + String.join(", ", sorted(b.countries()))));
    return -COUNTRY_PENALTY;
  }

  private double address(MatchRecord a, MatchRecord b, List<Feature> features) {
    if (a.addresses().isEmpty() || b.addresses().isEmpty()) {
      features.add(new Feature("address", -1, 0, "not known on both sides"));
      return 0;
    }
    double best = 0;
    for (String x : a.addresses()) {
      List<String> tx = words(x);
      for (String y : b.addresses()) {
        List<String> ty = words(y);
        if (!tx.isEmpty() && !ty.isEmpty()) {
          best = Math.max(best, tokenSet(tx, ty));
        }
      }
    }
    double c = best >= 0.8 ? ADDRESS_BONUS : 0;
    features.add(
        new Feature(
            "address",
            best,
            c,
            String.format(
                Locale.ROOT, "best address overlap %.2f%s", best, c > 0 ? "" : " (< 0.8)")));
    return c;
  }

  private List<String> words(String text) {
    String n = normaliser.normalise(text).normalised();
    return n.isEmpty() ? List.of() : List.of(n.split(" ", -1));
  }

  private double legalForm(MatchRecord a, MatchRecord b, List<Feature> features) {
    Set<String> fa = new HashSet<>();
    Set<String> fb = new HashSet<>();
    a.names().forEach(n -> fa.addAll(normaliser.normalise(n).legalForms()));
    b.names().forEach(n -> fb.addAll(normaliser.normalise(n).legalForms()));
    if (fa.isEmpty() || fb.isEmpty()) {
      features.add(new Feature("legalForm", -1, 0, "not known on both sides"));
      return 0;
    }
    Set<String> shared = new HashSet<>(fa);
    shared.retainAll(fb);
    if (!shared.isEmpty()) {
      features.add(new Feature("legalForm", 1, 0, "shared: " + String.join(", ", sorted(shared))));
      return 0;
    }
    features.add(
        new Feature(
            "legalForm",
            0,
            -LEGAL_FORM_PENALTY,
            "different: " + String.join(", ", sorted(fa)) + " / " + String.join(", ", sorted(fb))));
    return -LEGAL_FORM_PENALTY;
  }

  private static double parent(MatchRecord a, MatchRecord b, List<Feature> features) {
    if (a.parents().contains(b.id()) || b.parents().contains(a.id())) {
      features.add(
          new Feature(
              "parent", 0, -PARENT_PENALTY, "one is the other's parent: related, not the same"));
      return -PARENT_PENALTY;
    }
    features.add(new Feature("parent", -1, 0, "neither is the other's parent"));
    return 0;
  }

  private record IdentifierComparison(
      @org.jspecify.annotations.Nullable String agreeing,
      @org.jspecify.annotations.Nullable String conflicting) {}

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
