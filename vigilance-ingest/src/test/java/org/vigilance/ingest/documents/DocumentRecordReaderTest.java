package org.vigilance.ingest.documents;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.vigilance.ingest.documents.Documents.value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Model;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.privacy.MaskedSpan;
import org.vigilance.core.privacy.Masking;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.testing.RecordingSink;

class DocumentRecordReaderTest {
  private static final Model MODEL = FtmSchemaLoader.loadDefault();
  private static final DocumentOptions NO_OCR = DocumentOptions.defaults().withOcr(OcrMode.NEVER);

  private static void assertFitsTheModel(Documents.Read read) {
    for (EntityDraft draft : read.drafts()) {
      assertThat(MODEL.check(draft)).as("%s", draft).isEmpty();
    }
  }

  private static byte[] zip(Object... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
        Object content = namesAndContents[i + 1];
        zip.write(content instanceof byte[] b ? b : ((String) content).getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void reads_a_text_file_into_one_document_with_its_metadata() throws IOException {
    byte[] bytes = "The contract was awarded to ACME Corporation in March 2020.\n".getBytes(UTF_8);
    Documents.Read read = Documents.read("notes.txt", bytes, NO_OCR);

    EntityDraft document = read.top();
    assertThat(document.schema()).isEqualTo("PlainText");
    assertThat(document.id().value()).isEqualTo("document:" + ContentHash.of(bytes).hex());
    assertThat(value(document, "fileName")).isEqualTo("notes.txt");
    assertThat(value(document, "mimeType")).isEqualTo("text/plain");
    assertThat(value(document, "fileSize")).isEqualTo(Long.toString(bytes.length));
    assertThat(value(document, "contentHash")).isEqualTo(ContentHash.of(bytes).hex());
    assertThat(value(document, "bodyText"))
        .isEqualTo("The contract was awarded to ACME Corporation in March 2020.");
    assertThat(value(document, "processingStatus")).isEqualTo("success");
    assertThat(document.properties()).doesNotContainKey("processingError");
    assertThat(read.sink().locators()).containsExactly("1 part:1:notes.txt");
    assertFitsTheModel(read);
  }

  @Test
  void gives_the_same_ids_to_the_same_file() throws IOException {
    byte[] bytes = zip("a/one.txt", "first text", "b/two.txt", "second text");

    List<String> first =
        Documents.read("x.zip", bytes, NO_OCR).drafts().stream().map(d -> d.id().value()).toList();
    List<String> second =
        Documents.read("y.zip", bytes, NO_OCR).drafts().stream().map(d -> d.id().value()).toList();

    assertThat(first).hasSize(3).doesNotHaveDuplicates().isEqualTo(second);
  }

  @Test
  void reads_a_pdf_page_by_page_with_the_language_of_each_page() throws IOException {
    byte[] pdf =
        Pdfs.of(
            "The agency signed a contract for data analytics software with the company. The"
                + " system was used by the investigations unit to search records of people.",
            "Le contrat a été signé par l'agence avec la société pour un logiciel d'analyse de"
                + " données. Le système était utilisé par le service des enquêtes.",
            "Der Vertrag wurde von der Behörde mit dem Unternehmen über eine Software zur"
                + " Datenanalyse geschlossen. Das System wurde von der Ermittlungsabteilung genutzt.");
    Documents.Read read = Documents.read("report.pdf", pdf, NO_OCR);

    EntityDraft document = read.top();
    assertThat(document.schema()).isEqualTo("Pages");
    assertThat(value(document, "pageCount")).isEqualTo("3");
    assertThat(document.properties()).doesNotContainKey("bodyText");
    List<EntityDraft> pages = read.pages();
    assertThat(pages).extracting(p -> value(p, "index")).containsExactly("1", "2", "3");
    assertThat(pages).extracting(p -> value(p, "document")).containsOnly(document.id().value());
    assertThat(pages)
        .extracting(p -> value(p, "detectedLanguage"))
        .containsExactly("eng", "fra", "deu");
    assertThat(value(pages.get(1), "bodyText")).contains("Le contrat a été signé");
    assertThat(pages.get(2).id().value()).isEqualTo(document.id().value() + ":page:3");
    assertThat(read.sink().locators())
        .containsExactly(
            "1 part:1:report.pdf",
            "2 part:2:report.pdf#page=1",
            "3 part:3:report.pdf#page=2",
            "4 part:4:report.pdf#page=3");
    assertFitsTheModel(read);
  }

  @Test
  void keeps_the_spans_of_personal_data_on_the_entity_whose_text_holds_them() throws IOException {
    String text = "Detainee contact: ana@example.org, 415-555-2671, A123456789, SSN 123-45-6789.";
    Documents.Read plain = Documents.read("case.txt", text.getBytes(UTF_8), NO_OCR);
    Documents.Read paged =
        Documents.read("case.pdf", Pdfs.of("Nothing personal on this page.", text), NO_OCR);

    EntityDraft document = plain.top();
    List<MaskedSpan> spans =
        MaskedSpan.parseAll(document.properties().getOrDefault("maskedSpans", List.of()));
    assertThat(spans)
        .extracting(MaskedSpan::kind)
        .containsExactly(
            MaskedSpan.Kind.EMAIL,
            MaskedSpan.Kind.PHONE,
            MaskedSpan.Kind.A_NUMBER,
            MaskedSpan.Kind.SSN);
    assertThat(Masking.apply(value(document, "bodyText"), spans))
        .isEqualTo("Detainee contact: [email], [phone], [a-number], SSN [ssn].");
    EntityDraft page1 = paged.pages().get(0);
    EntityDraft page2 = paged.pages().get(1);
    assertThat(page1.properties()).doesNotContainKey("maskedSpans");
    assertThat(
            Masking.apply(
                value(page2, "bodyText"),
                MaskedSpan.parseAll(page2.properties().getOrDefault("maskedSpans", List.of()))))
        .contains("[email], [phone], [a-number], SSN [ssn]");
    for (Documents.Read read : List.of(plain, paged)) {
      for (EntityDraft draft : read.drafts()) {
        assertThat(draft.properties())
            .doesNotContainKeys("emailMentioned", "phoneMentioned", "from", "to");
      }
    }
  }

  @Test
  void masks_personal_data_in_names_and_titles() throws IOException {
    Documents.Read read =
        Documents.read(
            "letter to ana@example.org (copy).txt", "Some text.".getBytes(UTF_8), NO_OCR);

    assertThat(value(read.top(), "fileName")).isEqualTo("letter to [email] (copy).txt");
    assertThat(value(read.top(), "filePath")).isEqualTo("letter to [email] (copy).txt");
  }

  @Test
  void opens_archives_recursively_and_links_each_member_to_its_container() throws IOException {
    byte[] inner = zip("deep/note.txt", "innermost words");
    byte[] outer = zip("docs/inner.zip", inner, "readme.txt", "top level words");
    Documents.Read read = Documents.read("outer.zip", outer, NO_OCR);

    EntityDraft top = read.top();
    assertThat(top.schema()).isEqualTo("Package");
    assertThat(read.drafts())
        .extracting(d -> value(d, "filePath"))
        .containsExactly(
            "outer.zip",
            "outer.zip!/docs/inner.zip",
            "outer.zip!/docs/inner.zip!/deep/note.txt",
            "outer.zip!/readme.txt");
    EntityDraft innerZip = read.drafts().get(1);
    EntityDraft note = read.drafts().get(2);
    assertThat(value(innerZip, "parent")).isEqualTo(top.id().value());
    assertThat(value(note, "parent")).isEqualTo(innerZip.id().value());
    assertThat(value(note, "fileName")).isEqualTo("note.txt");
    assertThat(value(note, "bodyText")).isEqualTo("innermost words");
    assertThat(read.blobs().contains(ContentHash.of(inner))).isTrue();
    assertThat(read.blobs().contains(ContentHash.ofUtf8("innermost words"))).isTrue();
    assertThat(read.sink().locators())
        .contains("3 part:3:outer.zip!/docs/inner.zip!/deep/note.txt");
    assertFitsTheModel(read);
  }

  @Test
  void does_not_open_members_nested_deeper_than_the_limit() throws IOException {
    byte[] nested = zip("bottom.txt", "at the bottom");
    for (int level = 4; level >= 1; level--) {
      nested = zip("level" + level + ".zip", nested);
    }
    Documents.Read read = Documents.read("nest.zip", nested, NO_OCR.withMaxDepth(3));

    EntityDraft tooDeep = read.drafts().get(read.drafts().size() - 1);
    assertThat(value(tooDeep, "filePath")).endsWith("level3.zip!/level4.zip");
    assertThat(value(tooDeep, "processingStatus")).isEqualTo("failure");
    assertThat(value(tooDeep, "processingError")).startsWith("too deep:");
    assertThat(read.drafts()).noneMatch(d -> value(d, "bodyText").contains("at the bottom"));
    assertThat(read.drafts().subList(0, 4))
        .allMatch(d -> value(d, "processingStatus").equals("success"));
  }

  @Test
  void stops_a_zip_bomb_at_the_expansion_limit() throws IOException {
    byte[] zeros = new byte[8 << 20];
    byte[] bomb = zip("a.bin", zeros, "b.bin", zeros, "c.bin", zeros, "small.txt", "still read");
    assertThat(bomb.length).isLessThan(100_000);
    Documents.Read read = Documents.read("bomb.zip", bomb, NO_OCR.withMaxExpandedBytes(20 << 20));

    assertThat(read.drafts())
        .filteredOn(d -> value(d, "processingError").startsWith("too big:"))
        .extracting(d -> value(d, "fileName"))
        .contains("c.bin");
    assertThat(value(read.top(), "processingStatus")).isEqualTo("success");
    assertThat(read.drafts()).anyMatch(d -> value(d, "bodyText").equals("still read"));
  }

  @Test
  void records_a_timeout_and_goes_on() throws IOException {
    byte[] pdf = Pdfs.of("page one of many", "page two", "page three", "page four");
    long started = System.nanoTime();
    Documents.Read read = Documents.read("slow.pdf", pdf, NO_OCR.withTimeout(Duration.ofNanos(1)));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    assertThat(read.sink().events).hasSize(1);
    EntityDraft document = read.top();
    assertThat(value(document, "processingStatus")).isEqualTo("failure");
    assertThat(value(document, "processingError")).startsWith("timed out:");
    assertThat(value(document, "mimeType")).isEqualTo("application/pdf");
    assertThat(value(document, "contentHash")).isEqualTo(ContentHash.of(pdf).hex());
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(t -> t.getName().equals("vigilance-documents"))
        .allMatch(Thread::isDaemon);
  }

  @Test
  void reads_a_mislabelled_file_by_its_content() throws IOException {
    Documents.Read pdfNamedTxt =
        Documents.read("notes.txt", Pdfs.of("a PDF under a wrong name"), NO_OCR);
    Documents.Read textNamedPdf =
        Documents.read("scan.pdf", "plain words, not a PDF".getBytes(UTF_8), NO_OCR);

    assertThat(pdfNamedTxt.top().schema()).isEqualTo("Pages");
    assertThat(value(pdfNamedTxt.pages().get(0), "bodyText")).isEqualTo("a PDF under a wrong name");
    assertThat(textNamedPdf.top().schema()).isEqualTo("PlainText");
    assertThat(value(textNamedPdf.top(), "bodyText")).isEqualTo("plain words, not a PDF");
  }

  @Test
  void records_an_empty_file_as_a_failure() throws IOException {
    Documents.Read read = Documents.read("empty.pdf", new byte[0], NO_OCR);

    assertThat(value(read.top(), "processingStatus")).isEqualTo("failure");
    assertThat(value(read.top(), "processingError")).startsWith("empty:");
  }

  @Test
  void records_corrupt_and_truncated_content_as_failures() throws IOException {
    byte[] pdf = Pdfs.of("a page that will be cut");
    byte[] cutPdf = java.util.Arrays.copyOf(pdf, pdf.length / 3);
    byte[] docx = zip("word/document.xml", "<w:document/>", "[Content_Types].xml", "<Types/>");
    byte[] cutZip = java.util.Arrays.copyOf(docx, docx.length - 30);

    assertThat(value(Documents.read("cut.pdf", cutPdf, NO_OCR).top(), "processingError"))
        .matches("(truncated|corrupt): .*");
    assertThat(value(Documents.read("cut.zip", cutZip, NO_OCR).top(), "processingError"))
        .startsWith("truncated:");
    assertThat(
            value(
                Documents.read("noise.pdf", "%PDF-1.4 garbage".getBytes(UTF_8), NO_OCR).top(),
                "processingError"))
        .matches("(truncated|corrupt): .*");
  }

  @Test
  void skips_the_records_an_earlier_run_committed() throws IOException {
    byte[] bytes = zip("a.txt", "first", "b.txt", "second");
    DocumentRecordReader reader =
        new DocumentRecordReader(
            "r.zip", "r.zip", NO_OCR, new org.vigilance.testing.InMemoryBlobStore());
    RecordingSink sink = new RecordingSink(reader, 2);
    reader.read(new java.io.ByteArrayInputStream(bytes), sink);

    assertThat(sink.records()).containsExactly(3L);
    assertThat(value(sink.drafts().get(0), "bodyText")).isEqualTo("second");
  }

  @Test
  void reads_an_email_and_its_attachment_as_a_child() throws IOException {
    Path eml =
        Documents.CORPUS.resolve("apache-tika-test-documents/testEML_embedded_xhtml_and_img.eml");
    assumeTrue(Files.isRegularFile(eml), "../shared is absent");
    Documents.Read read = Documents.read(eml, NO_OCR);

    EntityDraft email = read.top();
    assertThat(email.schema()).isEqualTo("Email");
    assertThat(value(email, "title")).isEqualTo("This is the subject");
    assertThat(value(email, "subject")).isEqualTo("This is the subject");
    assertThat(value(email, "bodyText")).contains("ability of Apache Tika to extract content");
    assertThat(email.properties()).doesNotContainKeys("from", "to", "sender", "author");
    EntityDraft attachment = read.drafts().get(1);
    assertThat(attachment.schema()).isEqualTo("Image");
    assertThat(value(attachment, "fileName")).isEqualTo("testimage.jpeg");
    assertThat(value(attachment, "parent")).isEqualTo(email.id().value());
    assertThat(read.blobs().contains(ContentHash.parse(value(attachment, "contentHash")))).isTrue();
    assertFitsTheModel(read);
  }

  @Test
  void records_an_archive_that_contains_itself() throws IOException {
    Path droste = Documents.CORPUS.resolve("apache-tika-test-documents/droste.zip");
    assumeTrue(Files.isRegularFile(droste), "../shared is absent");
    Documents.Read read = Documents.read(droste, NO_OCR);

    assertThat(read.drafts())
        .filteredOn(d -> value(d, "processingStatus").equals("failure"))
        .extracting(d -> value(d, "processingError"))
        .containsExactly("contains itself: the same bytes as droste.zip");
    assertThat(read.drafts()).hasSize(3);
  }
}
