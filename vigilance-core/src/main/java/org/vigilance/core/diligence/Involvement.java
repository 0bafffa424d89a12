package org.vigilance.core.diligence;

import java.util.Locale;

/**
 * How a company is involved in an adverse impact, in the terms of the UN Guiding Principles
 * (principles 13 and 19).
 */
public enum Involvement {
  /** Its own activity causes the harm. */
  CAUSE("cause"),
  /** Its product or service facilitates or incentivises the harm done by another. */
  CONTRIBUTE("contribute"),
  /** The harm is linked to its product through a business relationship, without contribution. */
  DIRECTLY_LINKED("directly-linked");

  private final String word;

  Involvement(String word) {
    this.word = word;
  }

  /** The word stored and typed: cause, contribute, directly-linked. */
  public String word() {
    return word;
  }

  /** Whether the company causes or contributes (UNGP 19: it must stop and use its leverage). */
  public boolean causesOrContributes() {
    return this != DIRECTLY_LINKED;
  }

  /**
   * Parses the word, case-insensitively ({@code directly linked} and {@code directly_linked} too).
   */
  public static Involvement parse(String text) {
    String w = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (Involvement i : values()) {
      if (i.word.equals(w)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "involvement: '" + text + "' is not one of cause, contribute, directly-linked");
  }
}
