package org.vigilance.core.methodology;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Model;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ImportRequest;
import org.vigilance.core.ingest.ImportSource;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;
import org.vigilance.core.workspace.Workspace;

/**
 * The methodologies one can assess with: those bundled with the build and those stored in a
 * workspace ({@code vigilance methodology add}), found by {@code id} (the highest version) or
 * {@code id@version}.
 *
 * <p>A methodology is stored as a source of importer {@value #IMPORTER} whose bytes are the file,
 * asserting one {@code Document} ({@link #documentId}) that assessments point to: an assessment
 * thus cites the exact bytes it applied. A published {@code id@version} never changes meaning:
 * adding a file with the same id and version as a known one but other bytes is refused. Should a
 * workspace hold such a file all the same (a later build bundling a different file under a version
 * the workspace already uses), the stored one wins, since assessments cite it.
 *
 * <p>Reads the catalogue when constructed; not thread-safe.
 */
public final class Methodologies {
  /** The importer of stored methodology files. */
  public static final String IMPORTER = "methodology";

  /** The media type recorded for them. */
  public static final String MEDIA_TYPE = "application/yaml";

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** Where a methodology comes from. */
  public enum Origin {
    /** Shipped with the build. */
    BUNDLED,
    /** Added to the workspace. */
    WORKSPACE
  }

  /**
   * A methodology with where it comes from.
   *
   * @param methodology the methodology
   * @param fileName its file name
   * @param hash the SHA-256 of its bytes
   * @param origin bundled or added to the workspace
   * @param stored the sources holding it in the workspace (empty for a bundled file never used)
   */
  public record Entry(
      Methodology methodology,
      String fileName,
      ContentHash hash,
      Origin origin,
      List<SourceId> stored) {
    /** Copies the list. */
    public Entry {
      stored = List.copyOf(stored);
    }
  }

  private final MethodologyFiles files;
  private final @Nullable Workspace workspace;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<ContentHash, byte[]> bytes = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  /**
   * The catalogue of the bundled methodologies and those stored in a workspace.
   *
   * @param workspace the workspace, or null for the bundled ones only
   * @throws IllegalStateException when a bundled file does not read (a broken build)
   */
  public Methodologies(MethodologyFiles files, @Nullable Workspace workspace) {
    this.files = files;
    this.workspace = workspace;
    Map<ContentHash, Entry> byHash = new LinkedHashMap<>();
    for (MethodologyFiles.Bundled b : files.bundled()) {
      byte[] content = b.bytes();
      Methodology m;
      try {
        m = files.methodology(b.fileName(), content);
      } catch (FileFormatException e) {
        throw new IllegalStateException("the bundled methodology " + e.getMessage(), e);
      }
      ContentHash hash = ContentHash.of(content);
      bytes.put(hash, content);
      byHash.put(hash, new Entry(m, b.fileName(), hash, Origin.BUNDLED, List.of()));
    }
    if (workspace != null) {
      for (Source s : workspace.sources().list()) {
        if (!s.importer().equals(IMPORTER) || workspace.sources().completion(s.id()).isEmpty()) {
          continue;
        }
        ContentHash hash = s.blob().hash();
        Entry known = byHash.get(hash);
        if (known != null) {
          List<SourceId> stored = new ArrayList<>(known.stored());
          stored.add(s.id());
          byHash.put(
              hash, new Entry(known.methodology(), known.fileName(), hash, known.origin(), stored));
          continue;
        }
        byte[] content = read(workspace, hash);
        try {
          Methodology m = files.methodology(s.name(), content);
          bytes.put(hash, content);
          byHash.put(hash, new Entry(m, s.name(), hash, Origin.WORKSPACE, List.of(s.id())));
        } catch (FileFormatException e) {
          problems.add(
              "stored methodology source " + s.id() + " no longer reads: " + e.getMessage());
        }
      }
    }
    entries.addAll(byHash.values());
    entries.sort(
        Comparator.comparing((Entry e) -> e.methodology().id())
            .thenComparing(e -> e.methodology().version(), Methodologies::compareVersions)
            .thenComparing(e -> !e.stored().isEmpty()));
  }

  /** Every methodology, by id then version. */
  public List<Entry> list() {
    return List.copyOf(entries);
  }

  /** Stored files that no longer read (should the format have become stricter). */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * The methodology named {@code id} (its highest version) or {@code id@version}.
   *
   * @throws IllegalArgumentException naming the known ones when there is none
   */
  public Entry find(String spec) {
    String s = spec.trim();
    int at = s.indexOf('@');
    String id = at < 0 ? s : s.substring(0, at);
    String version = at < 0 ? null : s.substring(at + 1);
    Entry best = null;
    for (Entry e : entries) {
      Methodology m = e.methodology();
      if (!m.id().equals(id) || (version != null && !m.version().equals(version))) {
        continue;
      }
      // entries are sorted by version, stored ones after unused bundled ones: the last wins
      best = e;
    }
    if (best == null) {
      throw new IllegalArgumentException(
          "unknown methodology '"
              + spec
              + "'; known: "
              + (entries.isEmpty()
                  ? "none"
                  : String.join(
                      ", ", entries.stream().map(e -> e.methodology().key()).distinct().toList()))
              + " (vigilance methodology list)");
    }
    return best;
  }

  /** The bytes of a listed methodology. */
  public byte[] bytes(Entry entry) {
    byte[] content = bytes.get(entry.hash());
    if (content == null) {
      throw new IllegalArgumentException("not a listed methodology: " + entry.fileName());
    }
    return content.clone();
  }

  /**
   * Reads a methodology file without storing it.
   *
   * @throws FileFormatException naming the line and field at fault
   */
  public Methodology check(String fileName, byte[] content) {
    return files.methodology(fileName, content);
  }

  /**
   * What storing a methodology did.
   *
   * @param methodology the methodology
   * @param document the id of the {@code Document} that assessments cite
   * @param outcome the import of its source ({@link ImportOutcome#alreadyImported()} when it was
   *     stored in that collection before)
   */
  public record Stored(Methodology methodology, EntityId document, ImportOutcome outcome) {}

  /**
   * Reads a methodology file and stores it in the workspace.
   *
   * @throws FileFormatException naming the line and field at fault
   * @throws IllegalArgumentException when a known file has the same id and version but other bytes
   */
  public Stored add(
      String fileName,
      byte[] content,
      CollectionName collection,
      Sensitivity sensitivity,
      String capturedBy,
      Model model,
      Clock clock)
      throws IOException {
    Methodology m = files.methodology(fileName, content);
    ContentHash hash = ContentHash.of(content);
    for (Entry e : entries) {
      if (e.methodology().key().equals(m.key()) && !e.hash().equals(hash)) {
        throw new IllegalArgumentException(
            fileName
                + ": "
                + m.key()
                + " is already defined by "
                + (e.origin() == Origin.BUNDLED ? "the bundled file " : "the stored file ")
                + e.fileName()
                + " (sha256 "
                + e.hash().hex().substring(0, 16)
                + "…) with other content; a published version never changes meaning:"
                + " give this file a new version");
      }
    }
    return store(fileName, m, content, collection, sensitivity, capturedBy, model, clock);
  }

  /**
   * Stores a listed methodology in the workspace, in the given collection, unless it is there
   * already: done before it is applied, so that the assessment cites the bytes applied.
   */
  public Stored store(
      Entry entry,
      CollectionName collection,
      Sensitivity sensitivity,
      String capturedBy,
      Model model,
      Clock clock)
      throws IOException {
    return store(
        entry.fileName(),
        entry.methodology(),
        bytes(entry),
        collection,
        sensitivity,
        capturedBy,
        model,
        clock);
  }

  private Stored store(
      String fileName,
      Methodology m,
      byte[] content,
      CollectionName collection,
      Sensitivity sensitivity,
      String capturedBy,
      Model model,
      Clock clock)
      throws IOException {
    Workspace ws = workspace;
    if (ws == null) {
      throw new IllegalStateException("no workspace to store the methodology in");
    }
    ImportRequest request =
        new ImportRequest(
            fileName,
            IMPORTER,
            MEDIA_TYPE,
            collection,
            sensitivity,
            // a methodology is not evidence of anything: the floor grade
            EvidenceGrade.E4,
            null,
            null,
            capturedBy,
            ImportRequest.DEFAULT_BATCH_SIZE,
            ws.rejectsDir(),
            batch -> {});
    EntityDraft document = document(fileName, m, ContentHash.of(content));
    ImportOutcome outcome =
        new ImportSource(ws.blobs(), ws.sources(), ws.fragments(), model, clock)
            .run(
                request,
                new ByteArrayInputStream(content),
                new DocumentReader(document),
                ProgressListener.NONE);
    if (outcome.addedRejects() > 0) {
      throw new IllegalStateException(
          "the methodology document of " + fileName + " was rejected; see the rejects file");
    }
    return new Stored(m, document.id(), outcome);
  }

  /** The id of the {@code Document} that stands for a methodology file in a workspace. */
  public static EntityId documentId(Methodology m) {
    return EntityId.of("methodology:" + m.key());
  }

  private static EntityDraft document(String fileName, Methodology m, ContentHash hash) {
    Map<String, List<String>> p = new TreeMap<>();
    p.put("name", List.of(m.key()));
    p.put("title", List.of(m.title()));
    p.put("fileName", List.of(fileName));
    p.put("mimeType", List.of(MEDIA_TYPE));
    p.put("contentHash", List.of(hash.hex()));
    p.put(
        "summary",
        List.of(
            "Methodology "
                + m.id()
                + ", version "
                + m.version()
                + ": "
                + m.indicators().size()
                + " indicators in "
                + m.groups().size()
                + " groups"));
    return new EntityDraft(documentId(m), "Document", p);
  }

  /** Compares versions segment by segment, numerically where both segments are numbers. */
  public static int compareVersions(String a, String b) {
    String[] x = a.split("[.-]", -1);
    String[] y = b.split("[.-]", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c;
      if (NUMBER.matcher(x[i]).matches() && NUMBER.matcher(y[i]).matches()) {
        c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static byte[] read(Workspace ws, ContentHash hash) {
    try (InputStream in = ws.blobs().open(hash)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stored methodology " + hash.hex(), e);
    }
  }

  /** Reads a methodology file as one record: the {@code Document} that stands for it. */
  private static final class DocumentReader implements RecordReader {
    private final EntityDraft document;

    DocumentReader(EntityDraft document) {
      this.document = document;
    }

    @Override
    public void read(InputStream in, RecordSink sink) throws IOException {
      byte[] content = in.readAllBytes();
      if (sink.resumeAfter() < 1) {
        sink.accept(1, document, () -> content);
      }
    }

    @Override
    public String recordKind() {
      return "file";
    }
  }

  /** Whether the workspace holds a methodology under this key. */
  public Optional<Entry> stored(String key) {
    return entries.stream()
        .filter(e -> e.methodology().key().equals(key) && !e.stored().isEmpty())
        .findFirst();
  }
}
