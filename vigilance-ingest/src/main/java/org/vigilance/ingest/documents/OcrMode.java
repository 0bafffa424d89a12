package org.vigilance.ingest.documents;

/** When pages and images are read by optical character recognition (tesseract). */
public enum OcrMode {
  /** Only pages without a text layer, and images (the default). */
  AUTO,
  /** Every page and image, also pages that have a text layer (their text is read as well). */
  ALWAYS,
  /** Never. */
  NEVER
}
