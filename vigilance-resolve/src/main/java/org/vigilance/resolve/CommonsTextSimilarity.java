package org.vigilance.resolve;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.vigilance.core.resolution.StringSimilarity;

/** String similarities from Apache Commons Text. */
public final class CommonsTextSimilarity implements StringSimilarity {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  @Override
  public double jaroWinkler(String a, String b) {
    return JARO_WINKLER.apply(a, b);
  }

  @Override
  public double levenshtein(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    if (longest == 0) {
      return 1;
    }
    return 1.0 - (double) LEVENSHTEIN.apply(a, b) / longest;
  }
}
