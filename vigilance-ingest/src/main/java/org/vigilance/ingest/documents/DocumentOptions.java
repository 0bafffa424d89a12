package org.vigilance.ingest.documents;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and OCR settings of the document reader.
 *
 * @param maxDepth how deep archives and attachments are opened: the file itself is at depth 0, a
 *     member of it at depth 1; a member deeper than this is recorded as a failure ({@code too
 *     deep}) and not opened
 * @param maxExpandedBytes how many bytes one file may expand to, counting the bytes of every member
 *     and attachment and the characters of every text extracted from it; past this, members are
 *     recorded as failures ({@code too big})
 * @param maxTextChars the longest text kept for one document (or for all pages of one PDF); a
 *     longer text is cut there and the document recorded as a failure ({@code too big})
 * @param timeout the longest time one file (with everything inside it) may take; an overrun is
 *     abandoned and recorded as a failure ({@code timed out})
 * @param ocr when to run OCR
 * @param ocrLanguages tesseract languages, joined by {@code +} ({@code eng+fra}); empty when no
 *     language is installed
 */
public record DocumentOptions(
    int maxDepth,
    long maxExpandedBytes,
    int maxTextChars,
    Duration timeout,
    OcrMode ocr,
    String ocrLanguages) {

  /** The default nesting depth. */
  public static final int DEFAULT_MAX_DEPTH = 10;

  /** The default expansion limit: 1 GiB. */
  public static final long DEFAULT_MAX_EXPANDED_BYTES = 1L << 30;

  /** The default text limit: 50 million characters. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 50_000_000;

  /** The default time limit per file. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  /** The OCR languages wanted by default, of which the installed ones are used. */
  public static final String DEFAULT_OCR_LANGUAGES = "eng+fra+spa+deu";

  /** Checks the values. */
  public DocumentOptions {
    Objects.requireNonNull(timeout);
    Objects.requireNonNull(ocr);
    Objects.requireNonNull(ocrLanguages);
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must be 0 or more: " + maxDepth);
    }
    if (maxExpandedBytes < 0) {
      throw new IllegalArgumentException("maxExpandedBytes must be 0 or more: " + maxExpandedBytes);
    }
    if (maxTextChars < 0) {
      throw new IllegalArgumentException("maxTextChars must be 0 or more: " + maxTextChars);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (!ocrLanguages.matches("([A-Za-z_]+(\\+[A-Za-z_]+)*)?")) {
      throw new IllegalArgumentException(
          "OCR languages must be tesseract codes joined by '+': " + ocrLanguages);
    }
  }

  /**
   * The defaults: depth 10, 1 GiB, 50 million characters, 120 s, OCR {@code AUTO} in those of
   * English, French, Spanish and German that tesseract has installed.
   */
  public static DocumentOptions defaults() {
    return new DocumentOptions(
        DEFAULT_MAX_DEPTH,
        DEFAULT_MAX_EXPANDED_BYTES,
        DEFAULT_MAX_TEXT_CHARS,
        DEFAULT_TIMEOUT,
        OcrMode.AUTO,
        Tesseract.installedOf(DEFAULT_OCR_LANGUAGES));
  }

  /** The same with another depth limit. */
  public DocumentOptions withMaxDepth(int value) {
    return new DocumentOptions(value, maxExpandedBytes, maxTextChars, timeout, ocr, ocrLanguages);
  }

  /** The same with another expansion limit. */
  public DocumentOptions withMaxExpandedBytes(long value) {
    return new DocumentOptions(maxDepth, value, maxTextChars, timeout, ocr, ocrLanguages);
  }

  /** The same with another text limit. */
  public DocumentOptions withMaxTextChars(int value) {
    return new DocumentOptions(maxDepth, maxExpandedBytes, value, timeout, ocr, ocrLanguages);
  }

  /** The same with another time limit. */
  public DocumentOptions withTimeout(Duration value) {
    return new DocumentOptions(maxDepth, maxExpandedBytes, maxTextChars, value, ocr, ocrLanguages);
  }

  /** The same with another OCR mode. */
  public DocumentOptions withOcr(OcrMode value) {
    return new DocumentOptions(
        maxDepth, maxExpandedBytes, maxTextChars, timeout, value, ocrLanguages);
  }

  /**
   * The same with other OCR languages ({@code eng+fra}), of which only the installed ones are kept.
   */
  public DocumentOptions withOcrLanguages(String wanted) {
    return new DocumentOptions(
        maxDepth, maxExpandedBytes, maxTextChars, timeout, ocr, Tesseract.installedOf(wanted));
  }
}
