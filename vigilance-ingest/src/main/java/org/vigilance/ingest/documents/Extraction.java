package org.vigilance.ingest.documents;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.ContentHash;
import org.xml.sax.ContentHandler;

/**
 * Parses one file with Tika, and every member and attachment inside it, recursively, into a tree of
 * {@link Part}s. Members are copied out (bounded by what the file may still expand to), hashed,
 * stored as blobs of their own and parsed in turn through this class's {@link
 * EmbeddedDocumentExtractor}, so that each gets its own text, metadata and status.
 *
 * <p>A problem with the content never throws: it is recorded on the part ({@link Part#fail}). Only
 * a failure of the blob store throws. Used by one thread, once.
 */
final class Extraction {
  private static final int BUFFER = 1 << 16;
  private static final int MAX_REASON = 300;

  private final DocumentOptions options;
  private final BlobStore blobs;
  private final Path tempDir;
  private final Expansion expansion;
  private @Nullable IOException storeFailure;

  Extraction(DocumentOptions options, BlobStore blobs, Path tempDir) {
    this.options = options;
    this.blobs = blobs;
    this.tempDir = tempDir;
    this.expansion = new Expansion(options.maxExpandedBytes());
  }

  /** Tika's parsers and detector, loaded once (they are thread-safe). */
  static final class Tika {
    static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    static final Detector DETECTOR = CONFIG.getDetector();
    static final Parser PARSER = parser();

    /**
     * Where {@link #parse} leaves the type it detected, so that the parser does not detect it
     * again.
     */
    static final String DETECTED = "X-Vigilance-Detected-Type";

    private static Parser parser() {
      AutoDetectParser parser = new CachingParser(CONFIG);
      parser.setDetector(
          (in, metadata) -> {
            String detected = metadata.get(DETECTED);
            if (detected != null) {
              metadata.remove(DETECTED);
              MediaType type = MediaType.parse(detected);
              if (type != null) {
                return type;
              }
            }
            return DETECTOR.detect(in, metadata);
          });
      return parser;
    }

    private Tika() {}
  }

  /**
   * Tika's auto-detecting parser, with its table of parsers by type made once per OCR setting
   * instead of at every parse (Tika rebuilds it from every parser's supported types each time: 4 %
   * of reading a PDF). The table depends on the parse context only through the OCR parser, which
   * claims image types unless OCR is skipped; every other setting this class puts in a context is
   * the same for all parses.
   */
  private static final class CachingParser extends AutoDetectParser {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, Map<MediaType, Parser>> byOcr = new ConcurrentHashMap<>();

    CachingParser(TikaConfig config) {
      super(config);
    }

    @Override
    public Map<MediaType, Parser> getParsers(ParseContext context) {
      TesseractOCRConfig ocr = context.get(TesseractOCRConfig.class);
      String setting = ocr == null ? "default" : ocr.isSkipOcr() ? "skip" : "ocr";
      return byOcr.computeIfAbsent(setting, k -> Map.copyOf(super.getParsers(context)));
    }
  }

  /**
   * The MIME type of a file, from its bytes and name; {@code application/octet-stream} if unknown.
   */
  static String detect(Path file, String name) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      return Tika.DETECTOR.detect(in, metadata).getBaseType().toString();
    } catch (IOException | RuntimeException e) {
      return MediaType.OCTET_STREAM.toString();
    }
  }

  /**
   * Parses the file into {@code top} (whose hash and size the caller has set).
   *
   * @throws IOException when a member could not be stored in the blob store
   */
  void run(Part top, Path file) throws IOException {
    parse(top, file);
    IOException failure = storeFailure;
    if (failure != null) {
      throw failure;
    }
  }

  private void parse(Part part, Path file) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, part.name);
    part.metadata = metadata;
    TextCollector text = new TextCollector(options.maxTextChars(), expansion);
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      MediaType type = Tika.DETECTOR.detect(in, metadata);
      part.mimeType = type.getBaseType().toString();
      part.paged = type.getBaseType().toString().equals("application/pdf");
      metadata.set(Tika.DETECTED, type.toString());
      Tika.PARSER.parse(in, text, metadata, context(part));
    } catch (TextCollector.LimitException e) {
      // recorded below from text.cut() and the expansion
    } catch (TikaException | IOException | org.xml.sax.SAXException | RuntimeException e) {
      if (text.cut()) {
        // the limit, wrapped by a parser
      } else {
        part.fail(reason(e));
      }
    } catch (StackOverflowError e) {
      part.fail("corrupt: nested too deeply for the parser (stack overflow)");
    }
    String detected = metadata.get(Metadata.CONTENT_TYPE);
    if (detected != null) {
      MediaType parsed = MediaType.parse(detected);
      if (parsed != null) {
        part.mimeType = parsed.getBaseType().toString();
      }
    }
    if (part.paged) {
      part.pages = text.pages();
    } else {
      part.text = text.text();
    }
    if (text.cut()) {
      part.fail(
          expansion.exceeded()
              ? "too big: the file expands past the limit of "
                  + expansion.limit()
                  + " bytes (text cut there)"
              : "too big: text longer than " + options.maxTextChars() + " characters (cut there)");
    }
    if (part.failed() && part.error != null && part.error.startsWith("corrupt")) {
      // a parser's complaint; the structure may say more precisely what is wrong
      Containers.problem(file).ifPresent(problem -> part.error = problem);
    } else if (!part.failed() && part.children.isEmpty() && Containers.looksLikeZip(file)) {
      // a zip in which Tika found nothing: empty, or unreadable?
      Containers.zipProblem(file).ifPresent(part::fail);
    }
    if (!part.failed() && !parsedByARealParser(metadata)) {
      part.fail("unsupported: no parser for " + part.mimeType);
    }
  }

  private static boolean parsedByARealParser(Metadata metadata) {
    for (String parser : metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY)) {
      if (!parser.endsWith(".EmptyParser")
          && !parser.endsWith(".DefaultParser")
          && !parser.endsWith(".AutoDetectParser")) {
        return true;
      }
    }
    return false;
  }

  private ParseContext context(Part part) {
    ParseContext context = new ParseContext();
    context.set(Parser.class, Tika.PARSER);
    context.set(EmbeddedDocumentExtractor.class, new Members(part));
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setCatchIntermediateIOExceptions(true);
    pdf.setExtractBookmarksText(false);
    boolean ocr = options.ocr() != OcrMode.NEVER && !options.ocrLanguages().isEmpty();
    pdf.setOcrStrategy(
        !ocr
            ? PDFParserConfig.OCR_STRATEGY.NO_OCR
            : options.ocr() == OcrMode.ALWAYS
                ? PDFParserConfig.OCR_STRATEGY.OCR_AND_TEXT_EXTRACTION
                : PDFParserConfig.OCR_STRATEGY.AUTO);
    // AUTO: a page is OCR'd when its text layer has fewer than 10 characters, or more than 999
    // glyphs without a Unicode mapping (a text layer of garbage); Tika's default ("better") also
    // OCRs pages where 10% of the glyphs are unmapped, i.e. many pages that do have a text layer
    pdf.setOcrStrategyAuto("999, 10");
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!ocr);
    if (ocr) {
      tesseract.setLanguage(options.ocrLanguages());
    }
    tesseract.setTimeoutSeconds((int) Math.max(1, Math.min(options.timeout().toSeconds(), 3600)));
    context.set(TesseractOCRConfig.class, tesseract);
    return context;
  }

  /** Why a parse failed, starting with its kind: {@code encrypted: ...}, {@code corrupt: ...}. */
  static String reason(Throwable e) {
    String kind = "corrupt";
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof EncryptedDocumentException
          || name.contains("Encrypted")
          || name.contains("InvalidPassword")
          || message.contains("password")
          || message.contains("encrypted")) {
        kind = "encrypted";
        break;
      }
      if (t instanceof ZeroByteFileException) {
        kind = "empty";
        break;
      }
      if (t instanceof UnsupportedFormatException) {
        kind = "unsupported";
        break;
      }
      if (message.contains("zip bomb")) {
        kind = "too big";
        break;
      }
      if (t instanceof EOFException
          || message.contains("truncated")
          || message.contains("unexpected end")
          || message.contains("end of file")
          || message.contains("end of stream")
          || message.contains("eof")) {
        kind = "truncated";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return kind + ": " + describe(e);
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      root = t;
      if (t.getCause() == t) {
        break;
      }
    }
    String top = e.getMessage();
    String bottom = root.getMessage();
    text.append(top == null ? e.getClass().getSimpleName() : top);
    if (root != e && bottom != null && !text.toString().contains(bottom)) {
      text.append(" (").append(bottom).append(')');
    }
    String result = text.toString().replaceAll("\\s+", " ").strip();
    return result.length() > MAX_REASON ? result.substring(0, MAX_REASON) + "..." : result;
  }

  /** Receives the members and attachments of one part from Tika. */
  private final class Members implements EmbeddedDocumentExtractor {
    private final Part container;

    Members(Part container) {
      this.container = container;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return true;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws IOException {
      Part member = container.child(memberName(metadata));
      if (member.depth > options.maxDepth()) {
        member.fail(
            "too deep: nested " + member.depth + " levels, more than " + options.maxDepth());
        return;
      }
      String declared = metadata.get(Metadata.CONTENT_TYPE);
      if (declared != null) {
        MediaType type = MediaType.parse(declared);
        member.mimeType = type == null ? null : type.getBaseType().toString();
      }
      Path copy = Files.createTempFile(tempDir, "member", ".bin");
      try {
        if (!copyOut(stream, copy, member)) {
          return;
        }
        try (InputStream in = Files.newInputStream(copy)) {
          blobs.put(in);
        } catch (IOException e) {
          if (storeFailure == null) {
            storeFailure = e;
          }
          throw e;
        }
        for (Part up = container; up != null; up = up.parent) {
          if (member.hash != null && member.hash.equals(up.hash)) {
            member.mimeType = detect(copy, member.name);
            member.fail("contains itself: the same bytes as " + up.label());
            return;
          }
        }
        parse(member, copy);
      } finally {
        Files.deleteIfExists(copy);
      }
    }

    /** Copies the member out, hashing it; false (and the member failed) when it cannot be. */
    private boolean copyOut(InputStream stream, Path copy, Part member) {
      MessageDigest digest = ContentHash.newDigest();
      long size = 0;
      long room = expansion.remaining();
      byte[] buffer = new byte[BUFFER];
      try (OutputStream out = Files.newOutputStream(copy)) {
        int n;
        while ((n = stream.read(buffer)) >= 0) {
          if (n > room - size) {
            expansion.take(room + 1);
            member.fail(
                "too big: the file expands past the limit of " + expansion.limit() + " bytes");
            return false;
          }
          out.write(buffer, 0, n);
          digest.update(buffer, 0, n);
          size += n;
        }
      } catch (IOException | RuntimeException e) {
        member.fail(reason(e));
        return false;
      }
      expansion.take(size);
      member.size = size;
      member.hash = ContentHash.fromDigest(digest.digest());
      return true;
    }

    private String memberName(Metadata metadata) {
      String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      if (name == null || name.isBlank()) {
        name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
      }
      if (name == null || name.isBlank()) {
        name = "part-" + (container.children.size() + 1);
      }
      name = name.strip();
      while (name.startsWith("/")) {
        name = name.substring(1);
      }
      return name.isEmpty() ? "part-" + (container.children.size() + 1) : name;
    }
  }
}
