package org.vigilance.ingest.documents;

/** Small clean-ups of extracted text. */
final class Texts {
  private Texts() {}

  /**
   * The text with each run of spaces and tabs made one space, spaces at the start and end of lines
   * dropped, runs of blank lines made one, and no blank start or end; {@code \r\n} and {@code \r}
   * become {@code \n}.
   */
  static String tidy(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int newlines = 0;
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c == '\n') {
        newlines++;
        spaces = 0;
      } else if (c == ' ' || c == '\t' || c == '\u00a0') {
        spaces++;
      } else {
        if (out.length() > 0) {
          if (newlines > 0) {
            out.append(newlines > 1 ? "\n\n" : "\n");
          } else if (spaces > 0) {
            out.append(' ');
          }
        }
        newlines = 0;
        spaces = 0;
        out.append(c);
      }
    }
    return out.toString();
  }
}
