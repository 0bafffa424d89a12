package org.vigilance.core.resolution;

import java.util.List;

/**
 * The forms of one name that matching compares.
 *
 * @param original the name as written
 * @param normalised the whole name: Latin script, ASCII, lower case, no punctuation, single spaces,
 *     legal forms replaced by their canonical form (e.g. {@code siemens ag}); empty when nothing is
 *     left
 * @param tokens the distinctive words: the normalised words without legal forms and stop words (or
 *     all of them when nothing else would be left), in their order
 * @param legalForms the canonical legal forms found (e.g. {@code ag}, {@code llc}), in order
 */
public record NormalisedName(
    String original, String normalised, List<String> tokens, List<String> legalForms) {

  /** Copies the lists. */
  public NormalisedName {
    tokens = List.copyOf(tokens);
    legalForms = List.copyOf(legalForms);
  }

  /** The distinctive words joined by a space. */
  public String core() {
    return String.join(" ", tokens);
  }

  /** The distinctive words sorted and joined by a space: word order does not matter. */
  public String sortedTokens() {
    return String.join(" ", tokens.stream().sorted().toList());
  }

  /** The distinctive words run together: spacing does not matter ({@code good will}). */
  public String compact() {
    return String.join("", tokens);
  }
}
