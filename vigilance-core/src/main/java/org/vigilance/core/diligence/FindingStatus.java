package org.vigilance.core.diligence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a finding's level was reached (see {@link Assess} for the rules). */
public enum FindingStatus {
  /** The level the analyst proposed stands. */
  ASSESSED,
  /** The findings file says nothing on the indicator: level 0, "no evidence found". */
  NO_EVIDENCE,
  /** The indicator does not apply to the subject: left out of the averages. */
  NOT_APPLICABLE,
  /**
   * The proposed level was lowered: no source cited, or only evidence too weak to raise a level.
   */
  CAPPED,
  /** A letter to the subject is overdue and the indicator's graph rule forces it down. */
  UNANSWERED,
  /** An official record contradicts a claim bearing on the indicator: forced down, always shown. */
  CONTRADICTED;

  /** {@code assessed}, {@code no-evidence}, {@code not-applicable}, ... as stored and printed. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The status stored as {@link #word()}. */
  public static Optional<FindingStatus> parse(String word) {
    return Arrays.stream(values()).filter(s -> s.word().equals(word.trim())).findFirst();
  }
}
