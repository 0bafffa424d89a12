package org.vigilance.ingest.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;
import org.vigilance.core.privacy.MaskedSpan;

/**
 * Reads one file of any kind through Apache Tika into FollowTheMoney document entities: the file's
 * {@code Document} (schema by type: {@code Pages}, {@code Email}, {@code Package}, {@code
 * PlainText}...), one {@code Page} per PDF page, and a child document for every archive member and
 * e-mail attachment, recursively, with {@code parent} naming its container. The mapping is tabled
 * in the package documentation.
 *
 * <p>Records: each entity is one record, numbered from 1 in this order: a document, its pages, then
 * its members (each followed by its own pages and members). {@link #locate} names the part: {@code
 * part:3:archive.zip!/a/b.pdf#page=2}. Records at or below {@link RecordSink#resumeAfter()} are not
 * handed over (the file is parsed all the same, to number them).
 *
 * <p>Ids are deterministic: {@code document:<SHA-256 of the file>} for the file, {@code
 * document:<SHA-256 of the file>:<first 16 hex digits of the SHA-256 of the path inside it>} for a
 * member, and {@code <document id>:page:<n>} for a page; the same file gives the same ids.
 *
 * <p>Failures: content that cannot be read (encrypted, truncated, corrupt, unsupported, empty,
 * nested too deeply, expanding too much, taking too long, containing itself) never throws: the
 * document is recorded with {@code processingStatus} {@code failure} and a {@code processingError}
 * starting with that kind ({@code encrypted: ...}). Only a failure to read the stream or to store a
 * member in the blob store throws.
 *
 * <p>Limits ({@link DocumentOptions}): members nested deeper than {@code maxDepth} are not opened;
 * members are copied out only while the file's expansion stays within {@code maxExpandedBytes}; the
 * parse of the whole file runs on a daemon thread and is abandoned (interrupted, its results
 * dropped) after {@code timeout}, so a runaway parser neither blocks the run nor keeps the JVM
 * alive. Members are stored in the blob store as they are found.
 *
 * <p>Personal data ({@link PersonalDataDetector}): the spans found in a {@code bodyText} are kept
 * in {@code maskedSpans} of the same entity; titles, authors, names and error messages are stored
 * with their personal data masked; senders and recipients of e-mails are not recorded.
 *
 * <p>Not thread-safe; one instance per file.
 */
public final class DocumentRecordReader implements RecordReader {
  /** How this reader names its records in locators. */
  public static final String RECORD_KIND = "part";

  private static final String ID_PREFIX = "document:";
  private static final String AGENT = "vigilance documents reader (Apache Tika)";

  private final String fileName;
  private final String filePath;
  private final DocumentOptions options;
  private final BlobStore blobs;
  private final PersonalDataDetector detector;
  private final List<String> labels = new ArrayList<>();

  /**
   * A reader of one file.
   *
   * @param fileName the file's name ({@code report.pdf})
   * @param filePath the path the user gave ({@code cases/2020/report.pdf})
   * @param options limits and OCR settings
   * @param blobs where the bytes of members and attachments are stored
   */
  public DocumentRecordReader(
      String fileName, String filePath, DocumentOptions options, BlobStore blobs) {
    this(fileName, filePath, options, blobs, new PersonalDataDetector());
  }

  /** A reader of one file with the given personal-data detector. */
  public DocumentRecordReader(
      String fileName,
      String filePath,
      DocumentOptions options,
      BlobStore blobs,
      PersonalDataDetector detector) {
    this.fileName = Objects.requireNonNull(fileName);
    this.filePath = Objects.requireNonNull(filePath);
    this.options = Objects.requireNonNull(options);
    this.blobs = Objects.requireNonNull(blobs);
    this.detector = Objects.requireNonNull(detector);
  }

  @Override
  public String recordKind() {
    return RECORD_KIND;
  }

  @Override
  public Locator locate(long number) {
    if (number < 1 || number > labels.size()) {
      return new Locator(RECORD_KIND + ":" + number);
    }
    return new Locator(RECORD_KIND + ":" + number + ":" + labels.get((int) number - 1));
  }

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException {
    Path dir = Files.createTempDirectory("vigilance-documents-");
    try {
      Path file = dir.resolve("input");
      MessageDigest digest = ContentHash.newDigest();
      long size = 0;
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          digest.update(buffer, 0, n);
          size += n;
        }
      }
      Part top = Part.top(fileName, filePath);
      top.hash = ContentHash.fromDigest(digest.digest());
      top.size = size;
      if (size == 0) {
        top.fail("empty: the file has no bytes");
      } else {
        top = extract(top, file, dir);
      }
      emit(top, top.hash, sink);
    } finally {
      deleteQuietly(dir);
    }
  }

  private Part extract(Part top, Path file, Path dir) throws IOException {
    FutureTask<Part> task =
        new FutureTask<>(
            () -> {
              new Extraction(options, blobs, dir).run(top, file);
              return top;
            });
    Thread worker = new Thread(task, "vigilance-documents");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      Part abandoned = Part.top(fileName, filePath);
      abandoned.hash = top.hash;
      abandoned.size = top.size;
      abandoned.mimeType = Extraction.detect(file, fileName);
      abandoned.paged = "application/pdf".equals(abandoned.mimeType);
      return abandoned.fail(
          "timed out: not read within " + options.timeout().toMillis() + " ms (abandoned)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      Part broken = Part.top(fileName, filePath);
      broken.hash = top.hash;
      broken.size = top.size;
      broken.mimeType = Extraction.detect(file, fileName);
      return broken.fail(Extraction.reason(cause == null ? e : cause));
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading " + filePath);
    }
  }

  // ---- entities ----

  private long record;
  private final Set<String> usedIds = new HashSet<>();

  private void emit(Part top, @Nullable ContentHash topHash, RecordSink sink) {
    String root = topHash == null ? "unknown" : topHash.hex();
    emitPart(top, root, null, sink);
  }

  private void emitPart(Part part, String root, @Nullable String parentId, RecordSink sink) {
    String id = idOf(part, root);
    String schema = schemaOf(part);
    Map<String, List<String>> properties = new LinkedHashMap<>();
    put(properties, "fileName", detector.mask(part.name));
    put(properties, "filePath", detector.mask(part.path));
    if (part.mimeType != null) {
      put(properties, "mimeType", part.mimeType);
    }
    if (part.size >= 0) {
      put(properties, "fileSize", Long.toString(part.size));
    }
    if (part.hash != null) {
      put(properties, "contentHash", part.hash.hex());
    }
    if (parentId != null) {
      put(properties, "parent", parentId);
    }
    describe(part, schema, properties);
    String language = null;
    List<PageFacts> pageFacts = List.of();
    if (part.paged) {
      int pageCount = pageCount(part);
      if (pageCount > 0) {
        put(properties, "pageCount", Integer.toString(pageCount));
      }
      // the pages' languages and spans, computed in parallel (the detectors are thread-safe)
      pageFacts =
          part.pages.parallelStream()
              .map(
                  page ->
                      page.isEmpty()
                          ? new PageFacts(null, List.of())
                          : new PageFacts(Languages.detect(page).orElse(null), detector.find(page)))
              .toList();
      List<@Nullable String> pageLanguages = new ArrayList<>();
      for (PageFacts facts : pageFacts) {
        pageLanguages.add(facts.language());
      }
      language = Languages.mostCommon(pageLanguages).orElse(null);
    } else if (!part.text.isEmpty()) {
      put(properties, "bodyText", part.text);
      put(properties, "maskedSpans", formatted(detector.find(part.text)));
      language = Languages.detect(part.text).orElse(null);
    }
    if (language != null) {
      put(properties, "detectedLanguage", language);
    }
    put(properties, "processingStatus", part.failed() ? "failure" : "success");
    if (part.error != null) {
      put(properties, "processingError", detector.mask(part.error));
    }
    put(properties, "processingAgent", AGENT);
    EntityDraft draft = new EntityDraft(EntityId.of(id), schema, properties);
    hand(part.label(), draft, sink);

    if (part.paged) {
      for (int i = 0; i < part.pages.size(); i++) {
        String text = part.pages.get(i);
        Map<String, List<String>> page = new LinkedHashMap<>();
        put(page, "document", id);
        put(page, "index", Integer.toString(i + 1));
        if (!text.isEmpty()) {
          put(page, "bodyText", text);
          put(page, "maskedSpans", formatted(pageFacts.get(i).spans()));
          String pageLanguage = pageFacts.get(i).language();
          if (pageLanguage != null) {
            put(page, "detectedLanguage", pageLanguage);
          }
        }
        hand(
            part.label() + "#page=" + (i + 1),
            new EntityDraft(EntityId.of(id + ":page:" + (i + 1)), "Page", page),
            sink);
      }
    }
    for (Part child : part.children) {
      emitPart(child, root, id, sink);
    }
  }

  /** What was found in the text of one page. */
  private record PageFacts(@Nullable String language, List<MaskedSpan> spans) {}

  private void hand(String label, EntityDraft draft, RecordSink sink) {
    record++;
    labels.add(label);
    if (record > sink.resumeAfter()) {
      sink.accept(record, draft, () -> draft.propertiesJson().getBytes(StandardCharsets.UTF_8));
    }
  }

  private String idOf(Part part, String root) {
    String id =
        part.innerPath.isEmpty()
            ? ID_PREFIX + root
            : ID_PREFIX + root + ":" + ContentHash.ofUtf8(part.innerPath).hex().substring(0, 16);
    String unique = id;
    for (int n = 2; !usedIds.add(unique); n++) {
      unique = id + "-" + n;
    }
    return unique;
  }

  private static int pageCount(Part part) {
    Integer declared = part.metadata.getInt(PagedText.N_PAGES);
    return declared != null ? Math.max(declared, part.pages.size()) : part.pages.size();
  }

  /** Title, author, dates and declared language from Tika's metadata. */
  private void describe(Part part, String schema, Map<String, List<String>> properties) {
    Metadata metadata = part.metadata;
    boolean email = schema.equals("Email");
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title != null && !title.isBlank()) {
      put(properties, "title", detector.mask(title.strip()));
      if (email) {
        put(properties, "subject", detector.mask(title.strip()));
      }
    }
    if (!email) {
      Set<String> authors = new LinkedHashSet<>();
      for (String author : metadata.getValues(TikaCoreProperties.CREATOR)) {
        if (!author.isBlank()) {
          authors.add(detector.mask(author.strip()));
        }
      }
      properties.put("author", List.copyOf(authors));
    }
    String created = date(metadata.get(TikaCoreProperties.CREATED));
    if (created != null) {
      put(properties, email ? "date" : "authoredAt", created);
    }
    String modified = date(metadata.get(TikaCoreProperties.MODIFIED));
    if (modified != null) {
      put(properties, "modifiedAt", modified);
    }
    String language = metadata.get(TikaCoreProperties.LANGUAGE);
    if (language != null) {
      Languages.iso3(language).ifPresent(code -> put(properties, "language", code));
    }
  }

  private static @Nullable String date(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return PropertyType.DATE.problem(trimmed, Set.of()) == null ? trimmed : null;
  }

  /** The FtM schema of a part, by its MIME type. */
  static String schemaOf(Part part) {
    String type = part.mimeType == null ? "" : part.mimeType;
    if (type.equals("application/pdf")) {
      return "Pages";
    }
    if (type.equals("message/rfc822")
        || type.equals("application/vnd.ms-outlook")
        || type.equals("message/x-emlx")) {
      return "Email";
    }
    if (type.equals("application/mbox")
        || type.equals("application/vnd.ms-outlook-pst")
        || type.equals("application/x-mbox")) {
      return "Folder";
    }
    if (PACKAGES.contains(type)) {
      return "Package";
    }
    if (WORKBOOKS.contains(type)) {
      return "Workbook";
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      return "HyperText";
    }
    if (type.startsWith("image/")) {
      return "Image";
    }
    if (type.startsWith("text/")) {
      return "PlainText";
    }
    return "Document";
  }

  private static final Set<String> PACKAGES =
      Set.of(
          "application/zip",
          "application/x-tar",
          "application/x-gtar",
          "application/gzip",
          "application/x-gzip",
          "application/x-7z-compressed",
          "application/x-bzip",
          "application/x-bzip2",
          "application/x-xz",
          "application/x-lzma",
          "application/zstd",
          "application/x-compress",
          "application/x-archive",
          "application/x-cpio",
          "application/java-archive",
          "application/x-rar-compressed",
          "application/vnd.rar");

  private static final Set<String> WORKBOOKS =
      Set.of(
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.ms-excel.sheet.macroenabled.12",
          "application/vnd.ms-excel.sheet.binary.macroenabled.12",
          "application/vnd.oasis.opendocument.spreadsheet",
          "text/csv",
          "text/tab-separated-values");

  private static List<String> formatted(List<MaskedSpan> spans) {
    List<String> values = new ArrayList<>(spans.size());
    for (MaskedSpan span : spans) {
      values.add(span.format());
    }
    return values;
  }

  private static void put(Map<String, List<String>> properties, String name, String value) {
    if (!value.isEmpty()) {
      properties.put(name, List.of(value));
    }
  }

  private static void put(Map<String, List<String>> properties, String name, List<String> values) {
    if (!values.isEmpty()) {
      properties.put(name, values);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // a worker that was abandoned may still hold a file; the OS temp folder keeps it
        }
      }
    } catch (IOException e) {
      // nothing more to do
    }
  }
}
