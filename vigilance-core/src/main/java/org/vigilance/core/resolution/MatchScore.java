package org.vigilance.core.resolution;

import java.util.List;

/**
 * How alike two organisations are, and why: the score is the sum of the features' contributions,
 * kept in [0, 1].
 *
 * @param score the score in [0, 1]
 * @param features every feature in the order applied, each with its contribution
 * @param vetoed whether conflicting strong identifiers forbid a merge
 */
public record MatchScore(double score, List<Feature> features, boolean vetoed) {
  /** Copies the list; checks the range. */
  public MatchScore {
    features = List.copyOf(features);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("a score lies in [0, 1]: " + score);
    }
  }

  /** Whether equal strong identifiers decided the score. */
  public boolean identifiersAgree() {
    return features.stream().anyMatch(f -> f.name().equals("identifiers") && f.value() == 1.0);
  }
}
