package org.vigilance.ingest.mapping;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * FollowTheMoney's text clean-up, applied to every cell and every value before its type is
 * considered ({@code followthemoney.util.sanitize_text}): Unicode NFC, no control characters, no
 * surrounding white space; nothing left means no value.
 */
final class CleanText {
  private CleanText() {}

  /** The cleaned text, or null when nothing is left. */
  static @Nullable String sanitize(String text) {
    String normal =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder kept = null;
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (isUnsafe(c) || (i == 0 && c == '\uFEFF')) {
        if (kept == null) {
          kept = new StringBuilder(normal.length());
          kept.append(normal, 0, i);
        }
      } else if (kept != null) {
        kept.append(c);
      }
    }
    String stripped = strip(kept == null ? normal : kept.toString());
    return stripped.isEmpty() ? null : stripped;
  }

  /** Control characters other than tab, line feed and carriage return (normality's unsafe set). */
  private static boolean isUnsafe(char c) {
    return (c <= 0x08)
        || c == 0x0B
        || c == 0x0C
        || (c >= 0x0E && c <= 0x1F)
        || (c >= 0x7F && c <= 0x9F);
  }

  /** Whether Python's {@code str.isspace()} holds for the character. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u0085'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F';
  }

  /** The text without leading and trailing white space, as Python's {@code str.strip()}. */
  static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  /** Every run of white space made one space, and the ends stripped ({@code squash_spaces}). */
  static String squashSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
