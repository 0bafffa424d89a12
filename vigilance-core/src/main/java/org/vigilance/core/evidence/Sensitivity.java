package org.vigilance.core.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Who may see a source: anyone, team members, or only those cleared for it (e.g. a whistle-blower).
 */
public enum Sensitivity {
  /** Published or publishable material. */
  PUBLIC,
  /** Internal to the team; not published as such. */
  RESTRICTED,
  /** Only for those cleared for it; a fact it supports is cited as "confidential source". */
  CONFIDENTIAL;

  /** Parses a name, case-insensitively, with an error listing the accepted names. */
  public static Sensitivity parse(String text) {
    for (Sensitivity s : values()) {
      if (s.name().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown sensitivity '"
            + text
            + "': expected one of "
            + Arrays.stream(values()).map(Sensitivity::label).collect(Collectors.joining(", ")));
  }

  /** The lower-case name used in files and output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
