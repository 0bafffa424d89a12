package org.vigilance.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.vigilance.ingest.documents.Documents.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Model;
import org.vigilance.ingest.ftm.FtmSchemaLoader;

/**
 * Every file of the shared document corpus ({@code ../shared/data/documents}, 84 files) ends as
 * text or as a recorded failure, and this table says which: {@code text:WORDS} (the file's own text
 * holds these words), {@code member:WORDS} (the file opened, and a member or attachment holds
 * them), {@code failure:KIND} (recorded as a failure of that kind, its bytes hashed), {@code
 * member-failure:KIND} (a member recorded as such a failure) or {@code blank} (read without error,
 * and there is no text to read: an empty page). OCR runs in English only, to keep the suite fast;
 * {@link OcrTest} checks French. Skipped when the corpus or tesseract is absent.
 */
class DocumentCorpusTest {
  private static final Model MODEL = FtmSchemaLoader.loadDefault();
  private static final String TIKA = "apache-tika-test-documents/";
  private static final String OCRMYPDF = "ocrmypdf-test-resources/tests/resources/";
  private static final String TABULA = "tabula-java-pdfs/src/test/resources/technology/tabula/";
  private static final String ALEPH = "aleph-fixtures/aleph/tests/fixtures/";

  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("aleph-fixtures/LICENSE.txt", "text:MIT License");
    EXPECTED.put(ALEPH + "demo.pdf", "text:Ebola: A Big Data Disaster");
    EXPECTED.put(ALEPH + "experts.csv", "text:member_type");
    EXPECTED.put(ALEPH + "experts.yml", "text:EC Expert Groups");
    EXPECTED.put(ALEPH + "samples.ijson", "text:A Big Data Disaster");
    EXPECTED.put(ALEPH + "samples/taggable.txt", "text:President Trump");
    EXPECTED.put(ALEPH + "samples/testThunderbirdEml.eml.zip", "member:Dear Vladimir");
    EXPECTED.put(ALEPH + "samples/website.html", "text:How does one patch KDE2");
    EXPECTED.put(TIKA + "LICENSE.txt", "text:Apache License");
    EXPECTED.put(TIKA + "NOTICE.txt", "text:Apache Tika");
    EXPECTED.put(TIKA + "SOURCE_PATHS.txt", "text:testPDF.pdf");
    EXPECTED.put(TIKA + "droste.zip", "member-failure:contains itself");
    EXPECTED.put(TIKA + "french.txt", "text:c’est comme ci comme ça");
    EXPECTED.put(TIKA + "multi-language.txt", "text:English");
    EXPECTED.put(TIKA + "russian.cp866.txt", "text:Однажды, в студеную зимнюю пору");
    EXPECTED.put(TIKA + "test-incremental-updates.eml", "text:container email");
    EXPECTED.put(TIKA + "test-zip-of-zip.zip", "member:This is just some text");
    // declared ISO-8859-1, holds windows-1256 Arabic: Tika decodes it wrongly, but it is text
    EXPECTED.put(TIKA + "testArabicMisleadingCharset.html", "text:");
    EXPECTED.put(TIKA + "testBrokenHTMLContainingRFC822.html", "text:Some stuff");
    EXPECTED.put(TIKA + "testCSV.csv", "text:Number,Square");
    EXPECTED.put(TIKA + "testEML_embedded_xhtml_and_img.eml", "text:ability of Apache Tika");
    EXPECTED.put(TIKA + "testEXCEL.xls", "text:Sample Excel Worksheet");
    EXPECTED.put(TIKA + "testEXCEL.xlsx", "text:Sample Excel Worksheet");
    EXPECTED.put(TIKA + "testEXCEL_dateFormats.xlsx", "text:Munka1");
    EXPECTED.put(TIKA + "testEXCEL_protected_passtika.xlsx", "failure:encrypted");
    EXPECTED.put(TIKA + "testEmailWithPNGAtt.eml", "member:This email has a PNG attachment");
    EXPECTED.put(TIKA + "testHTML.html", "text:Indexation du fichier");
    EXPECTED.put(TIKA + "testHTMLNoisyMetaEncoding_1.html", "text:الاتحاد الجزائري");
    EXPECTED.put(TIKA + "testHTML_charset_utf16le.html", "text:This is a sample text");
    EXPECTED.put(TIKA + "testHTML_utf8.html", "text:Content with UTF-8 chars åäö");
    EXPECTED.put(TIKA + "testLotusEml.eml", "text:Message body");
    EXPECTED.put(TIKA + "testMBOX_complex.mbox", "member:Thank you response");
    EXPECTED.put(TIKA + "testMSG.msg", "text:MIME registry use cases");
    EXPECTED.put(TIKA + "testMSG_att_doc.msg", "text:test pièce jointe 1");
    EXPECTED.put(TIKA + "testOCR.docx", "text:Here is an embedded image");
    EXPECTED.put(TIKA + "testOCR.pdf", "text:Happy New Year 2003");
    EXPECTED.put(TIKA + "testOCR.png", "text:This file contains some words");
    // named .odt, holds plain text: read by its content
    EXPECTED.put(TIKA + "testODTnotaZipFile.odt", "text:This is not a zip file!");
    EXPECTED.put(TIKA + "testPDF.pdf", "text:Apache Tika");
    EXPECTED.put(TIKA + "testPDFTripleLangTitle.pdf", "text:Hello World");
    EXPECTED.put(TIKA + "testPDF_XFA_govdocs1_258578.pdf", "text:National Park Service");
    EXPECTED.put(TIKA + "testPDF_bad_page_303226.pdf", "text:Drug Enforcement Administration");
    EXPECTED.put(TIKA + "testPDF_incrementalUpdates.pdf", "text:Testing Testing Incremental");
    EXPECTED.put(TIKA + "testPDF_malformedXFA.pdf", "blank");
    EXPECTED.put(TIKA + "testPDF_no_extract_no_accessibility_owner_empty.pdf", "text:Hello World");
    EXPECTED.put(TIKA + "testPDF_protected.pdf", "text:RETHINKING THE FINANCIAL NETWORK");
    EXPECTED.put(TIKA + "testPPT.pptx", "text:Attachment Test");
    EXPECTED.put(TIKA + "testRTF.rtf", "text:Test d’indexation Word");
    EXPECTED.put(TIKA + "testRTFCorruptListOverride.rtf", "text:Apples are fun!");
    EXPECTED.put(TIKA + "testTXTNonASCIIUTF8.txt", "text:Le renard brun rapide");
    EXPECTED.put(TIKA + "testTXT_win-1252.txt", "text:These smart quotes");
    EXPECTED.put(TIKA + "testWORD.doc", "text:Sample Word Document");
    EXPECTED.put(TIKA + "testWORD.docx", "text:Sample Word Document");
    EXPECTED.put(TIKA + "testWORD_embedded_pdf.docx", "text:Here is the pdf file");
    EXPECTED.put(TIKA + "testWORD_protected_passtika.docx", "failure:encrypted");
    EXPECTED.put(TIKA + "testWORD_truncated.docx", "failure:truncated");
    EXPECTED.put(TIKA + "testWORD_various.docx", "text:This is a footnote");
    EXPECTED.put(TIKA + "testZIP_corrupted_oom.zip", "failure:corrupt");
    EXPECTED.put("factur-x-french-invoice/LICENSE.txt", "text:Alexis de Lattre");
    EXPECTED.put(
        "factur-x-french-invoice/tests/fixtures/pdf/invoice_EN16931.pdf", "text:LE FOURNISSEUR");
    EXPECTED.put(
        "factur-x-french-invoice/tests/fixtures/xml/factur-x-en16931.xml",
        "text:SARL au capital de 50 000 EUR");
    EXPECTED.put("ocrmypdf-test-resources/LICENSES/CC-BY-SA-3.0.txt", "text:Creative Commons");
    EXPECTED.put("ocrmypdf-test-resources/LICENSES/CC-BY-SA-4.0.txt", "text:Creative Commons");
    EXPECTED.put(
        "ocrmypdf-test-resources/LICENSES/GFDL-1.2-or-later.txt",
        "text:GNU Free Documentation License");
    EXPECTED.put("ocrmypdf-test-resources/REUSE.toml", "text:SPDX-PackageName");
    EXPECTED.put(OCRMYPDF + "README.rst", "text:SPDX-License-Identifier");
    EXPECTED.put(OCRMYPDF + "c02-22.pdf", "text:tip-toeing along a path");
    EXPECTED.put(OCRMYPDF + "docinfo_latin1_key.pdf", "blank");
    EXPECTED.put(OCRMYPDF + "francais.pdf", "text:whisky au juge");
    EXPECTED.put(OCRMYPDF + "invalid.pdf", "failure:corrupt");
    EXPECTED.put(OCRMYPDF + "kcs.pdf", "text:Desktop Test");
    EXPECTED.put(OCRMYPDF + "linn.pdf", "text:The LinnSequencer");
    EXPECTED.put(OCRMYPDF + "linn.txt", "text:The LinnSequencer");
    EXPECTED.put(OCRMYPDF + "missing_docinfo.pdf", "text:This file has no /DocumentInfo block");
    EXPECTED.put(OCRMYPDF + "no_contents.pdf", "blank");
    EXPECTED.put(OCRMYPDF + "skew.pdf", "text:The LinnSequencer");
    EXPECTED.put("tabula-java-pdfs/LICENSE", "text:The MIT License");
    EXPECTED.put(
        TABULA + "Publication_of_award_of_Bids_for_Transport_Sector__August_2016.pdf",
        "text:PUBLICATION OF AWARD OF CONTRACTS UNDER THE TRANSPORT SECTOR PROJECT");
    EXPECTED.put(
        TABULA + "csv/Publication_of_award_of_Bids_for_Transport_Sector__August_2016.csv",
        "text:Contract Description");
    EXPECTED.put(TABULA + "csv/frx_2012_disclosure.csv", "text:FOREST LABORATORIES, INC.");
    EXPECTED.put(TABULA + "encrypted.pdf", "failure:encrypted");
    EXPECTED.put(TABULA + "frx_2012_disclosure.pdf", "text:Forest Laboratories, Inc.");
    EXPECTED.put(TABULA + "mednine.pdf", "text:مدنين الشمالية");
    EXPECTED.put(TABULA + "sydney_disclosure_contract.pdf", "text:Disclosure of Contract");
  }

  static Stream<String> files() {
    return EXPECTED.keySet().stream();
  }

  private static List<String> corpus() throws IOException {
    try (Stream<Path> paths = Files.walk(Documents.CORPUS)) {
      return paths
          .filter(Files::isRegularFile)
          .map(path -> Documents.CORPUS.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void the_table_names_every_file_of_the_corpus() throws IOException {
    assumeTrue(Files.isDirectory(Documents.CORPUS), "../shared is absent");

    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(corpus()).hasSize(84);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void ends_as_text_or_as_a_recorded_failure(String file) throws IOException {
    Path path = Documents.CORPUS.resolve(file);
    assumeTrue(Files.isRegularFile(path), "../shared is absent");
    String expected = EXPECTED.getOrDefault(file, "");
    assumeTrue(
        Tesseract.installed() || !needsOcr(file), "tesseract is absent: " + file + " needs OCR");
    Documents.Read read =
        Documents.read(
            path, DocumentOptions.defaults().withOcr(OcrMode.AUTO).withOcrLanguages("eng"));

    EntityDraft top = read.top();
    for (EntityDraft draft : read.drafts()) {
      assertThat(MODEL.check(draft)).as("%s", draft).isEmpty();
    }
    assertThat(value(top, "contentHash")).hasSize(64);
    String kind = expected.contains(":") ? expected.substring(0, expected.indexOf(':')) : expected;
    String what = expected.substring(kind.length()).replaceFirst("^:", "");
    switch (kind) {
      case "text" -> {
        assertThat(value(top, "processingStatus")).isEqualTo("success");
        assertThat(flat(Documents.text(read, top))).isNotBlank().contains(what);
      }
      case "blank" -> {
        assertThat(value(top, "processingStatus")).isEqualTo("success");
        assertThat(Documents.text(read, top)).isBlank();
      }
      case "failure" -> {
        assertThat(value(top, "processingStatus")).isEqualTo("failure");
        assertThat(value(top, "processingError")).startsWith(what + ":");
      }
      case "member" -> {
        assertThat(value(top, "processingStatus")).isEqualTo("success");
        assertThat(read.drafts().subList(1, read.drafts().size()))
            .anyMatch(d -> flat(Documents.text(read, d)).contains(what));
      }
      case "member-failure" -> {
        assertThat(value(top, "processingStatus")).isEqualTo("success");
        assertThat(read.drafts())
            .anyMatch(
                d ->
                    value(d, "processingStatus").equals("failure")
                        && value(d, "processingError").startsWith(what + ":"));
      }
      default -> throw new AssertionError("unknown expectation " + expected);
    }
  }

  /** The text with each run of white space made one space. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static boolean needsOcr(String file) {
    return file.contains("testOCR")
        || file.endsWith("francais.pdf")
        || file.endsWith("linn.pdf")
        || file.endsWith("skew.pdf")
        || file.endsWith("c02-22.pdf")
        || file.endsWith("kcs.pdf");
  }
}
