package org.vigilance.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.vigilance.ingest.documents.Documents.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OCR through tesseract; skipped when tesseract (or the shared corpus) is absent. */
class OcrTest {
  private static final Path RESOURCES =
      Documents.CORPUS.resolve("ocrmypdf-test-resources/tests/resources");

  @BeforeEach
  void needsTesseract() {
    assumeTrue(Tesseract.installed(), "tesseract is absent");
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", -1))
        .filter(word -> word.length() >= 3)
        .collect(Collectors.toSet());
  }

  @Test
  void reads_french_words_from_a_page_that_is_only_an_image() throws IOException {
    Path pdf = RESOURCES.resolve("francais.pdf");
    assumeTrue(Files.isRegularFile(pdf), "../shared is absent");
    assumeTrue(Tesseract.languages().contains("fra"), "tesseract has no French");
    Documents.Read read = Documents.read(pdf, DocumentOptions.defaults().withOcrLanguages("fra"));

    String text = value(read.pages().get(0), "bodyText");
    assertThat(words(text))
        .contains("portez", "vieux", "whisky", "juge", "blond", "fume", "intérieure");
    assertThat(value(read.pages().get(0), "detectedLanguage")).isEqualTo("fra");
  }

  @Test
  void reads_a_scanned_page_close_to_its_true_text() throws IOException {
    Path pdf = RESOURCES.resolve("linn.pdf");
    assumeTrue(Files.isRegularFile(pdf), "../shared is absent");
    Set<String> truth = words(Files.readString(RESOURCES.resolve("linn.txt")));
    Documents.Read read = Documents.read(pdf, DocumentOptions.defaults().withOcrLanguages("eng"));

    Set<String> found = words(value(read.pages().get(0), "bodyText"));
    long recalled = truth.stream().filter(found::contains).count();
    long right = found.stream().filter(truth::contains).count();
    assertThat((double) recalled / truth.size()).as("recall").isGreaterThan(0.9);
    assertThat((double) right / found.size()).as("precision").isGreaterThan(0.9);
  }

  @Test
  void ocr_never_leaves_an_image_page_without_text() throws IOException {
    Path pdf = RESOURCES.resolve("francais.pdf");
    assumeTrue(Files.isRegularFile(pdf), "../shared is absent");
    Documents.Read read = Documents.read(pdf, DocumentOptions.defaults().withOcr(OcrMode.NEVER));

    assertThat(value(read.top(), "processingStatus")).isEqualTo("success");
    assertThat(read.pages().get(0).properties()).doesNotContainKey("bodyText");
  }

  @Test
  void does_not_ocr_a_page_that_has_a_text_layer_unless_asked_to() throws IOException {
    byte[] pdf =
        Pdfs.of(
            "A page with a text layer: the contract for the case management system was renewed.");
    DocumentOptions options = DocumentOptions.defaults().withOcrLanguages("eng");

    String never =
        value(
            Documents.read("t.pdf", pdf, options.withOcr(OcrMode.NEVER)).pages().get(0),
            "bodyText");
    String auto =
        value(
            Documents.read("t.pdf", pdf, options.withOcr(OcrMode.AUTO)).pages().get(0), "bodyText");
    String always =
        value(
            Documents.read("t.pdf", pdf, options.withOcr(OcrMode.ALWAYS)).pages().get(0),
            "bodyText");

    assertThat(auto).isEqualTo(never).contains("case management system");
    // ALWAYS reads the page image too: its text comes twice
    assertThat(always.split("case management", -1)).hasSizeGreaterThanOrEqualTo(3);
  }
}
