package org.vigilance.core.resolution;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The forms of one name that matching compares. Immutable; the joined forms ({@link #core}, {@link
 * #sortedTokens}, {@link #compact}) are computed once, since a name is compared with many others.
 */
public final class NormalisedName {
  private final String original;
  private final String normalised;
  private final List<String> tokens;
  private final List<String> legalForms;
  private final String core;
  private final String sortedTokens;
  private final String compact;

  /**
   * A normalised name.
   *
   * @param original the name as written
   * @param normalised the whole name: Latin script, ASCII, lower case, no punctuation, single
   *     spaces, legal forms replaced by their canonical form (e.g. {@code siemens ag}); empty when
   *     nothing is left
   * @param tokens the distinctive words: the normalised words without legal forms and stop words
   *     (or all of them when nothing else would be left), in their order
   * @param legalForms the canonical legal forms found (e.g. {@code ag}, {@code llc}), in order
   */
  public NormalisedName(
      String original, String normalised, List<String> tokens, List<String> legalForms) {
    this.original = original;
    this.normalised = normalised;
    this.tokens = List.copyOf(tokens);
    this.legalForms = List.copyOf(legalForms);
    this.core = String.join(" ", this.tokens);
    this.sortedTokens = String.join(" ", this.tokens.stream().sorted().toList());
    this.compact = String.join("", this.tokens);
  }

  /** The name as written. */
  public String original() {
    return original;
  }

  /** The whole name normalised, legal forms in their canonical form. */
  public String normalised() {
    return normalised;
  }

  /** The distinctive words, in their order. */
  public List<String> tokens() {
    return tokens;
  }

  /** The canonical legal forms found, in order. */
  public List<String> legalForms() {
    return legalForms;
  }

  /** The distinctive words joined by a space. */
  public String core() {
    return core;
  }

  /** The distinctive words sorted and joined by a space: word order does not matter. */
  public String sortedTokens() {
    return sortedTokens;
  }

  /** The distinctive words run together: spacing does not matter ({@code good will}). */
  public String compact() {
    return compact;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NormalisedName n
        && original.equals(n.original)
        && normalised.equals(n.normalised)
        && tokens.equals(n.tokens)
        && legalForms.equals(n.legalForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, normalised, tokens, legalForms);
  }

  @Override
  public String toString() {
    return "NormalisedName[original="
        + original
        + ", normalised="
        + normalised
        + ", tokens="
        + tokens
        + ", legalForms="
        + legalForms
        + "]";
  }
}
