package org.vigilance.core.resolution;

/** String similarity measures that a library provides (port). Thread-safe. */
public interface StringSimilarity {
  /**
   * Jaro-Winkler similarity.
   *
   * @return a value in [0, 1], 1 for equal strings
   */
  double jaroWinkler(String a, String b);

  /**
   * Levenshtein similarity: one minus the edit distance over the longer length.
   *
   * @return a value in [0, 1], 1 for equal strings
   */
  double levenshtein(String a, String b);
}
