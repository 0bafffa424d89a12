package org.vigilance.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A stretch of a text that holds personal data of an affected person and must be masked in every
 * output. Offsets count UTF-16 code units ({@link String#charAt} positions) of the text the span
 * was found in: {@code start} inclusive, {@code end} exclusive.
 *
 * <p>Stored as a property value in the form {@code kind:start-end} (for example {@code
 * email:120-141}); {@link #format} and {@link #parse} convert.
 *
 * @param kind what was found
 * @param start the first code unit
 * @param end one past the last code unit
 */
public record MaskedSpan(Kind kind, int start, int end) implements Comparable<MaskedSpan> {

  /** What kind of personal data a span holds. */
  public enum Kind {
    /** An e-mail address. */
    EMAIL,
    /** A telephone number. */
    PHONE,
    /** A US alien registration number (A-number). */
    A_NUMBER,
    /** A US social security number. */
    SSN;

    /**
     * The lower-case name used in the stored form and in masks: {@code email}, {@code a-number}.
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Kind ofLabel(String label) {
      for (Kind kind : values()) {
        if (kind.label().equals(label)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown kind of personal data: " + label);
    }
  }

  /** Checks the offsets. */
  public MaskedSpan {
    Objects.requireNonNull(kind);
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + "-" + end);
    }
  }

  /** The stored form, {@code kind:start-end}. */
  public String format() {
    return kind.label() + ":" + start + "-" + end;
  }

  /**
   * Reads the stored form.
   *
   * @throws IllegalArgumentException when the text is not {@code kind:start-end}
   */
  public static MaskedSpan parse(String text) {
    int colon = text.indexOf(':');
    int dash = text.lastIndexOf('-');
    if (colon <= 0 || dash <= colon + 1 || dash == text.length() - 1) {
      throw new IllegalArgumentException("not a masked span (kind:start-end): " + text);
    }
    try {
      return new MaskedSpan(
          Kind.ofLabel(text.substring(0, colon)),
          Integer.parseInt(text.substring(colon + 1, dash)),
          Integer.parseInt(text.substring(dash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a masked span (kind:start-end): " + text, e);
    }
  }

  /**
   * Reads stored forms, skipping none: a value that does not parse fails the whole list, since a
   * span silently dropped would leak what it covers.
   */
  public static List<MaskedSpan> parseAll(List<String> values) {
    List<MaskedSpan> spans = new ArrayList<>(values.size());
    for (String value : values) {
      spans.add(parse(value));
    }
    return spans;
  }

  /** Whether this span overlaps the range {@code [from, to)}. */
  public boolean overlaps(int from, int to) {
    return start < to && from < end;
  }

  @Override
  public int compareTo(MaskedSpan other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }
}
