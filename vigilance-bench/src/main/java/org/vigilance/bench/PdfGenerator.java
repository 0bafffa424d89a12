package org.vigilance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Seeded born-digital PDFs (PDFBox, Helvetica, A4): pages of procurement-like prose, about 3,000
 * characters a page, in English, French or Spanish, with a contract number and an amount on every
 * page. The same seed gives the same files.
 */
final class PdfGenerator {
  private static final String[][] WORDS = {
    {
      "the",
      "agency",
      "contract",
      "awarded",
      "to",
      "vendor",
      "for",
      "software",
      "licences",
      "support",
      "services",
      "data",
      "analytics",
      "platform",
      "investigations",
      "unit",
      "period",
      "of",
      "performance",
      "option",
      "year",
      "modification",
      "funding",
      "obligated",
      "total",
      "value",
      "system",
      "case",
      "management",
      "integration",
      "search",
      "records",
      "and",
      "with",
      "under",
      "this",
      "order",
      "delivery",
      "task",
      "report",
      "oversight",
      "review"
    },
    {
      "le",
      "contrat",
      "attribué",
      "au",
      "fournisseur",
      "pour",
      "les",
      "licences",
      "logiciel",
      "de",
      "la",
      "plateforme",
      "données",
      "analyse",
      "service",
      "enquêtes",
      "période",
      "durée",
      "montant",
      "total",
      "marché",
      "public",
      "avenant",
      "système",
      "gestion",
      "dossiers",
      "recherche",
      "et",
      "avec",
      "dans",
      "ce",
      "rapport",
      "contrôle",
      "délégation",
      "ministère"
    },
    {
      "el",
      "contrato",
      "adjudicado",
      "al",
      "proveedor",
      "para",
      "licencias",
      "programa",
      "de",
      "la",
      "plataforma",
      "datos",
      "análisis",
      "servicio",
      "investigaciones",
      "período",
      "importe",
      "total",
      "licitación",
      "pública",
      "modificación",
      "sistema",
      "gestión",
      "expedientes",
      "búsqueda",
      "y",
      "con",
      "en",
      "este",
      "informe",
      "supervisión",
      "ministerio",
      "unidad"
    }
  };

  private final SplittableRandom random;

  PdfGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Writes a PDF of {@code pages} pages to {@code file}. */
  void write(Path file, int pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String[] words = WORDS[random.nextInt(WORDS.length)];
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(13);
          content.newLineAtOffset(50, 790);
          for (String line : lines(words, p + 1)) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      document.save(file.toFile());
    }
  }

  private List<String> lines(String[] words, int pageNumber) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Contract HSCE"
            + (10 + random.nextInt(89))
            + "-"
            + (1000 + random.nextInt(8999))
            + "   page "
            + pageNumber
            + "   amount USD "
            + (10_000 + random.nextInt(9_000_000)));
    for (int i = 0; i < 32; i++) {
      StringBuilder line = new StringBuilder();
      while (line.length() < 85) {
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(words[random.nextInt(words.length)]);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
