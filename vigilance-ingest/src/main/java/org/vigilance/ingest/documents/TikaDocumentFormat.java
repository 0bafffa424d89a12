package org.vigilance.ingest.documents;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.ingest.DocumentFormat;
import org.vigilance.core.ingest.RecordReader;

/**
 * Documents of any kind read through Apache Tika ({@link DocumentRecordReader}), with one set of
 * options for a whole run. Thread-safe: immutable.
 */
public final class TikaDocumentFormat implements DocumentFormat {
  private final DocumentOptions options;

  /** The format with the given options. */
  public TikaDocumentFormat(DocumentOptions options) {
    this.options = Objects.requireNonNull(options);
  }

  /**
   * The options a command line gives, on top of the defaults.
   *
   * @param ocr {@code auto}, {@code always} or {@code never}
   * @param ocrLanguages tesseract languages joined by {@code +}, or null for the default (those of
   *     English, French, Spanish and German that are installed)
   * @throws IllegalArgumentException naming the option at fault
   */
  public static DocumentOptions options(
      String ocr,
      @Nullable String ocrLanguages,
      int maxDepth,
      long maxExpandedBytes,
      java.time.Duration timeout) {
    OcrMode mode;
    try {
      mode = OcrMode.valueOf(ocr.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--ocr must be auto, always or never, not '" + ocr + "'", e);
    }
    if (maxDepth < 0) {
      throw new IllegalArgumentException("--max-depth must be 0 or more, not " + maxDepth);
    }
    if (maxExpandedBytes <= 0) {
      throw new IllegalArgumentException("--max-expanded-mb must be more than 0");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("--timeout must be more than 0 seconds");
    }
    DocumentOptions options =
        DocumentOptions.defaults()
            .withOcr(mode)
            .withMaxDepth(maxDepth)
            .withMaxExpandedBytes(maxExpandedBytes)
            .withTimeout(timeout);
    if (ocrLanguages != null) {
      if (!ocrLanguages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
        throw new IllegalArgumentException(
            "--ocr-languages must be tesseract codes joined by '+' (eng+fra), not '"
                + ocrLanguages
                + "'");
      }
      options = options.withOcrLanguages(ocrLanguages);
    }
    return options;
  }

  /** The options of this format. */
  public DocumentOptions options() {
    return options;
  }

  @Override
  public String mediaType(Path file) {
    Path name = file.getFileName();
    return Extraction.detect(file, name == null ? file.toString() : name.toString());
  }

  @Override
  public RecordReader reader(String shownPath, BlobStore blobs) {
    Path name = Path.of(shownPath).getFileName();
    return new DocumentRecordReader(
        name == null ? shownPath : name.toString(), shownPath, options, blobs);
  }
}
