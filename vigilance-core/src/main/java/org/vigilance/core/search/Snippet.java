package org.vigilance.core.search;

import java.util.List;

/**
 * A passage of a document's (already masked) text around what matched, with the matched stretches.
 *
 * @param text the passage
 * @param highlights the matched stretches of {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Highlight> highlights) {

  /** Copies the list. */
  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /**
   * A matched stretch of a snippet.
   *
   * @param start first UTF-16 code unit, inclusive
   * @param end last UTF-16 code unit, exclusive
   */
  public record Highlight(int start, int end) {}

  /** The passage with each highlight wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * 4);
    int at = 0;
    for (Highlight h : highlights) {
      out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
      at = h.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
