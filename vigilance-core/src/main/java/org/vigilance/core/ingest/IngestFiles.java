package org.vigilance.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.entity.Model;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.evidence.SourceCatalog;
import org.vigilance.core.evidence.SourceId;

/**
 * Ingests files and folder trees as documents: each file becomes a source of its own (its bytes
 * stored once, SHA-256) read by a {@link DocumentFormat}.
 *
 * <p>A file whose bytes are already held as a completed document source of the collection is
 * skipped, and so is a second copy of the same bytes within one run; with {@code force} it is read
 * again and recorded as a new extraction ({@code documents#2}, {@code documents#3}, ... as the
 * source's importer), so earlier extractions stay as they were. A file that cannot be read (gone,
 * no permission) is reported and the run goes on; content the format cannot read is not an error
 * here: the format records it as a document with an error status. Folders are walked in name order
 * without following symbolic links.
 *
 * <p>Files are read {@link Options#threads} at a time (each by its own {@link ImportSource}; the
 * ports are thread-safe); outcomes are reported in file order. Not thread-safe: one run at a time
 * per instance.
 */
public final class IngestFiles {
  /** The importer name recorded on document sources (the first extraction of a file). */
  public static final String IMPORTER = "documents";

  private final BlobStore blobs;
  private final SourceCatalog sources;
  private final FragmentStore fragments;
  private final Model model;
  private final Clock clock;

  /** A use case over the given import and ports (of the same workspace). */
  public IngestFiles(
      BlobStore blobs, SourceCatalog sources, FragmentStore fragments, Model model, Clock clock) {
    this.model = model;
    this.clock = clock;
    this.blobs = blobs;
    this.sources = sources;
    this.fragments = fragments;
  }

  /**
   * What applies to every file of a run.
   *
   * @param collection the collection of every source
   * @param sensitivity the sensitivity of every source
   * @param grade the evidence grade of every source
   * @param capturedBy who captures them
   * @param force read files again even when held
   * @param rejectsDir where rejects files go
   * @param threads how many files are read at once (1 or more)
   */
  public record Options(
      CollectionName collection,
      Sensitivity sensitivity,
      EvidenceGrade grade,
      String capturedBy,
      boolean force,
      Path rejectsDir,
      int threads) {
    /** Checks the thread count. */
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
      }
    }
  }

  /** What happened to one file. */
  public enum Status {
    /** Read and recorded. */
    INGESTED,
    /** Its bytes are already held in the collection; skipped. */
    HELD,
    /** The same bytes came earlier in this run; skipped. */
    DUPLICATE,
    /** The file has no bytes; nothing recorded. */
    EMPTY,
    /** The file could not be read; nothing recorded. */
    UNREADABLE
  }

  /**
   * The outcome for one file.
   *
   * @param file the file
   * @param status what happened
   * @param source the source it was recorded as, when it was
   * @param documents the document entities recorded (the file and what it contains; pages not
   *     counted)
   * @param failed of those, how many could not be read (encrypted, corrupt, ...)
   * @param reason why a file was unreadable, or the file's own processing error
   */
  public record FileOutcome(
      Path file,
      Status status,
      @Nullable SourceId source,
      long documents,
      long failed,
      @Nullable String reason) {}

  /** Hears about each file as it is done. */
  @FunctionalInterface
  public interface Listener {
    /** A file is done. */
    void done(FileOutcome outcome);
  }

  /**
   * Lists the files under the given paths (a file is itself; a folder is every regular file in its
   * tree), in name order, without following symbolic links.
   *
   * @throws NoSuchFileException naming the first path that does not exist, before anything is read
   * @throws IOException when a folder cannot be listed
   */
  public static List<Path> files(List<Path> paths) throws IOException {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString(), null, "no such file or folder");
      }
    }
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> tree = Files.walk(path)) {
          tree.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * Ingests the files (as listed by {@link #files}).
   *
   * @param progress hears the run's progress, counted in files
   * @throws IOException when the store cannot be written (a file that cannot be read is reported in
   *     its outcome instead)
   */
  public List<FileOutcome> run(
      List<Path> files,
      Options options,
      DocumentFormat format,
      Listener listener,
      ProgressListener progress)
      throws IOException {
    List<FileOutcome> outcomes = new ArrayList<>(files.size());
    Set<ContentHash> seen = new HashSet<>();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            options.threads(),
            runnable -> {
              Thread thread = new Thread(runnable, "vigilance-ingest");
              thread.setDaemon(true);
              return thread;
            });
    // Files are hashed in order here (so the first of two copies is the one ingested) and read
    // on the workers, at most two per worker in flight; outcomes are reported in file order.
    ArrayDeque<Future<FileOutcome>> pending = new ArrayDeque<>();
    progress.start("ingest", files.size(), "files");
    try {
      long done = 0;
      for (Path file : files) {
        pending.add(submit(workers, file, options, format, seen));
        if (pending.size() >= 2 * options.threads()) {
          report(pending.remove(), outcomes, listener);
          progress.update(++done, done);
        }
      }
      while (!pending.isEmpty()) {
        report(pending.remove(), outcomes, listener);
        progress.update(++done, done);
      }
    } finally {
      pending.forEach(f -> f.cancel(true));
      workers.shutdownNow();
      progress.finish();
    }
    return outcomes;
  }

  private Future<FileOutcome> submit(
      ExecutorService workers,
      Path file,
      Options options,
      DocumentFormat format,
      Set<ContentHash> seen) {
    ContentHash hash;
    String mediaType;
    try {
      hash = hash(file);
      mediaType = format.mediaType(file);
    } catch (IOException e) {
      return CompletableFuture.completedFuture(unreadable(file, e));
    }
    if (!seen.add(hash)) {
      return CompletableFuture.completedFuture(
          new FileOutcome(file, Status.DUPLICATE, null, 0, 0, null));
    }
    return workers.submit(() -> one(file, hash, mediaType, options, format));
  }

  private static void report(
      Future<FileOutcome> next, List<FileOutcome> outcomes, Listener listener) throws IOException {
    FileOutcome outcome;
    try {
      outcome = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while ingesting");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
    outcomes.add(outcome);
    listener.done(outcome);
  }

  private FileOutcome one(
      Path file, ContentHash hash, String mediaType, Options options, DocumentFormat format)
      throws IOException {
    String importerName = IMPORTER;
    SourceId first = SourceId.derive(IMPORTER, options.collection(), hash);
    if (sources.completion(first).isPresent()) {
      if (!options.force()) {
        return new FileOutcome(file, Status.HELD, first, 0, 0, null);
      }
      for (int run = 2; ; run++) {
        importerName = IMPORTER + "#" + run;
        if (sources
            .completion(SourceId.derive(importerName, options.collection(), hash))
            .isEmpty()) {
          break;
        }
      }
    }
    String shown = file.toString();
    ImportRequest request =
        new ImportRequest(
            String.valueOf(Objects.requireNonNullElse(file.getFileName(), file)),
            importerName,
            mediaType,
            options.collection(),
            options.sensitivity(),
            options.grade(),
            null,
            null,
            options.capturedBy(),
            ImportRequest.DEFAULT_BATCH_SIZE,
            options.rejectsDir(),
            batch -> {});
    ImportOutcome outcome;
    try (InputStream in = Files.newInputStream(file)) {
      outcome =
          new ImportSource(blobs, sources, fragments, model, clock)
              .run(request, in, format.reader(shown, blobs), ProgressListener.NONE);
    } catch (EmptyInputException e) {
      return new FileOutcome(file, Status.EMPTY, null, 0, 0, "the file is empty (0 bytes)");
    } catch (NoSuchFileException | AccessDeniedException e) {
      return unreadable(file, e);
    }
    SourceId id = outcome.source().id();
    long documents = 0;
    long failed = 0;
    String reason = null;
    long lastBatch = fragments.lastBatch(id).map(BatchInfo::sequence).orElse(0L);
    for (long sequence = 1; sequence <= lastBatch; sequence++) {
      for (Fragment fragment : fragments.fragmentsOfBatch(id, sequence)) {
        if (fragment.schema().equals("Page")) {
          continue;
        }
        documents++;
        Map<String, List<String>> properties = fragment.properties();
        if (properties.getOrDefault("processingStatus", List.of()).contains("failure")) {
          failed++;
          List<String> error = properties.getOrDefault("processingError", List.of());
          if (reason == null && !error.isEmpty()) {
            reason = error.get(0);
          }
        }
      }
    }
    return new FileOutcome(file, Status.INGESTED, id, documents, failed, reason);
  }

  private static FileOutcome unreadable(Path file, IOException e) {
    return new FileOutcome(
        file, Status.UNREADABLE, null, 0, 0, "cannot read " + file + ": " + e.getMessage());
  }

  private static ContentHash hash(Path file) throws IOException {
    MessageDigest digest = ContentHash.newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return ContentHash.fromDigest(digest.digest());
  }
}
