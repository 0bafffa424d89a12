package org.vigilance.core.evidence;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How much a source can be relied on, from an official record (E1) to an unverified allegation
 * (E4).
 */
public enum EvidenceGrade {
  /** An official record: a government database, a contract, a court filing. */
  E1("official record"),
  /** The company's own disclosure: a filing, a statement, a letter. */
  E2("company's own disclosure"),
  /** A credible third party: press investigation, NGO report, academic study. */
  E3("credible third party"),
  /** An unverified allegation. */
  E4("unverified allegation");

  private final String meaning;

  EvidenceGrade(String meaning) {
    this.meaning = meaning;
  }

  /** What the grade means, in words. */
  public String meaning() {
    return meaning;
  }

  /** The best (most reliable) of some grades; E4 when there are none. */
  public static EvidenceGrade best(java.util.Collection<EvidenceGrade> grades) {
    EvidenceGrade best = E4;
    for (EvidenceGrade g : grades) {
      if (g.compareTo(best) < 0) {
        best = g;
      }
    }
    return best;
  }

  /** Parses {@code E1}..{@code E4}, case-insensitively. */
  public static EvidenceGrade parse(String text) {
    for (EvidenceGrade g : values()) {
      if (g.name().equalsIgnoreCase(text.trim())) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "unknown evidence grade '"
            + text
            + "': expected one of "
            + Arrays.stream(values())
                .map(g -> g.name() + " (" + g.meaning + ")")
                .collect(Collectors.joining(", ")));
  }
}
