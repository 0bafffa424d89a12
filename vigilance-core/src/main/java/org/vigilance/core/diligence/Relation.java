package org.vigilance.core.diligence;

import java.util.Locale;

/** How a piece of evidence bears on a claim. */
public enum Relation {
  /** The evidence supports the claim. */
  SUPPORTS,
  /** The evidence contradicts the claim. */
  CONTRADICTS,
  /** The evidence gives context, for neither side. */
  CONTEXT;

  /**
   * The word stored in an {@code EvidenceLink}'s {@code relation}: supports, contradicts, context.
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the stored word, case-insensitively. */
  public static Relation parse(String word) {
    for (Relation r : values()) {
      if (r.word().equalsIgnoreCase(word.trim())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown relation '" + word + "': expected supports, contradicts or context");
  }
}
