package org.vigilance.core.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Hides the personal data in a text: each span is replaced by a mask naming its kind, such as
 * {@code [email]}. Spans may overlap and come in any order; a span that reaches past the end of the
 * text is cut at the end (the rest of the text is still masked, never shown).
 *
 * <p>Thread-safe: static methods only.
 */
public final class Masking {
  private Masking() {}

  /** The mask shown in place of a span of this kind: {@code [email]}, {@code [a-number]}. */
  public static String mask(MaskedSpan.Kind kind) {
    return "[" + kind.label() + "]";
  }

  /** The text with every span replaced by its mask. */
  public static String apply(String text, Collection<MaskedSpan> spans) {
    return apply(text, 0, text.length(), spans);
  }

  /**
   * The part {@code [from, to)} of a text with every span that overlaps it masked. A span that
   * starts before {@code from} or ends after {@code to} is masked as a whole within the part, so a
   * cut never reveals half of a value.
   *
   * @param text the whole text the spans refer to
   * @param from the first code unit of the part
   * @param to one past the last code unit of the part
   * @param spans the spans of the whole text
   */
  public static String apply(String text, int from, int to, Collection<MaskedSpan> spans) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException("part " + from + "-" + to + " of " + text.length());
    }
    if (from == to) {
      return "";
    }
    List<MaskedSpan> sorted = new ArrayList<>();
    for (MaskedSpan span : spans) {
      if (span.overlaps(from, to)) {
        sorted.add(span);
      }
    }
    if (sorted.isEmpty()) {
      return text.substring(from, to);
    }
    sorted.sort(null);
    StringBuilder out = new StringBuilder(to - from);
    int at = from;
    for (int i = 0; i < sorted.size(); i++) {
      MaskedSpan span = sorted.get(i);
      int end = Math.min(span.end(), to);
      // Merge overlapping spans: mask the union once, named after the first.
      while (i + 1 < sorted.size() && sorted.get(i + 1).start() < end) {
        end = Math.max(end, Math.min(sorted.get(++i).end(), to));
      }
      if (span.start() > at) {
        out.append(text, at, span.start());
      }
      if (end > at) {
        out.append(mask(span.kind()));
        at = end;
      }
    }
    out.append(text, at, to);
    return out.toString();
  }
}
