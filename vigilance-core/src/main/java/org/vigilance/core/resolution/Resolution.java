package org.vigilance.core.resolution;

/**
 * The ports cross-referencing needs, wired by the application.
 *
 * @param normaliser normalises names
 * @param similarity string similarities
 * @param pairs reads files of labelled pairs
 */
public record Resolution(
    NameNormaliser normaliser, StringSimilarity similarity, LabelledPairs pairs) {

  /** A matcher over these ports. */
  public EntityMatcher matcher() {
    return new EntityMatcher(normaliser, similarity);
  }
}
