package org.vigilance.core.judgement;

import java.util.Locale;

/** What a judgement says about a pair of entities. */
public enum Verdict {
  /** The two entities are the same: merge them. */
  SAME,
  /** The two entities are not the same: never merge them. */
  NOT_SAME,
  /** The judge could not tell; the pair stays open. */
  UNSURE,
  /** An earlier judgement of the pair is withdrawn (see {@link Judgement#withdraws()}). */
  WITHDRAWN;

  /** The label used on the command line, in files and in the journal ({@code not-same}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads a label written by {@link #label()}. */
  public static Verdict parse(String label) {
    for (Verdict v : values()) {
      if (v.label().equals(label)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict '" + label + "'");
  }
}
