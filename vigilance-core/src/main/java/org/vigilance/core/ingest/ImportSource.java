package org.vigilance.core.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.FragmentBatch;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Reject;
import org.vigilance.core.evidence.BlobRef;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.ImportTotals;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceCatalog;
import org.vigilance.core.evidence.SourceId;

/**
 * Imports one source: stores its bytes, registers it, reads its records from the stored copy,
 * checks each against the model, and commits fragments and rejects in atomic batches.
 *
 * <p>Implementation notes. The stored blob, not the caller's stream, is what gets parsed, so every
 * fragment cites bytes that are kept. Re-running an import of the same bytes into the same
 * collection finds the same source: if it completed, nothing is added; if it was interrupted,
 * reading resumes after the last committed batch, so no record is stored twice. Parsing runs on the
 * caller's thread while a single committer thread writes batches in order, at most two batches
 * behind. Not thread-safe: one run at a time per instance.
 */
public final class ImportSource {
  private static final int MAX_PENDING_BATCHES = 2;
  private static final int PROGRESS_EVERY = 1_000;
  private static final int REPEATS_REMEMBERED = 8_192;

  private final BlobStore blobs;
  private final SourceCatalog sources;
  private final FragmentStore fragments;
  private final Model model;
  private final Clock clock;

  /** A use case over the given ports. */
  public ImportSource(
      BlobStore blobs, SourceCatalog sources, FragmentStore fragments, Model model, Clock clock) {
    this.blobs = blobs;
    this.sources = sources;
    this.fragments = fragments;
    this.model = model;
    this.clock = clock;
  }

  /**
   * Imports the input.
   *
   * @throws EmptyInputException when the input has no bytes
   * @throws IOException when the input or the store cannot be read or written
   */
  public ImportOutcome run(
      ImportRequest request, InputStream input, RecordReader reader, ProgressListener progress)
      throws IOException {
    BlobRef blob = blobs.put(input);
    if (blob.size() == 0) {
      throw new EmptyInputException(request.name() + " is empty (0 bytes): nothing to import");
    }
    SourceId id = SourceId.derive(request.importer(), request.collection(), blob.hash());
    sources.ensureCollection(request.collection());
    Optional<Source> known = sources.find(id);
    Source source =
        known.orElseGet(
            () ->
                new Source(
                    id,
                    request.name(),
                    request.collection(),
                    blob,
                    request.mediaType(),
                    request.importer(),
                    request.sensitivity(),
                    request.grade(),
                    request.originUrl(),
                    request.licence(),
                    clock.instant(),
                    request.capturedBy()));
    Optional<ImportTotals> done = sources.completion(id);
    if (done.isPresent()) {
      return new ImportOutcome(
          source, true, 0, 0, 0, done.get(), writeRejects(request.rejectsDir(), source));
    }
    sources.register(source);

    Optional<BatchInfo> last = fragments.lastBatch(id);
    long resumeAfter = last.map(BatchInfo::lastRecord).orElse(0L);
    BatchingSink sink =
        new BatchingSink(
            source, request, reader, resumeAfter, last.map(BatchInfo::sequence).orElse(0L) + 1);
    progress.start("import " + request.name(), blob.size(), "B");
    try (CountingInputStream in = new CountingInputStream(blobs.open(blob.hash()))) {
      sink.counter = in;
      sink.progress = progress;
      reader.read(in, sink);
      sink.flush();
      sink.awaitAll();
      fragments.settle();
    } finally {
      sink.shutdown();
      progress.finish();
    }

    ImportTotals totals = totals(id);
    sources.markComplete(id, totals);
    return new ImportOutcome(
        source,
        false,
        resumeAfter,
        sink.addedFragments,
        sink.addedRejects,
        totals,
        writeRejects(request.rejectsDir(), source));
  }

  private ImportTotals totals(SourceId id) {
    long[] sums = new long[2];
    fragments.forEachBatch(
        id,
        batch -> {
          sums[0] += batch.fragments();
          sums[1] += batch.rejects();
        });
    return new ImportTotals(sums[0] + sums[1], sums[0], sums[1]);
  }

  private Optional<Path> writeRejects(Path dir, Source source) throws IOException {
    List<Reject> rejects = fragments.rejectsOf(source.id());
    if (rejects.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(RejectsFile.write(dir, source, rejects));
  }

  /** Turns records into batches and hands them to the committer thread. */
  private final class BatchingSink implements RecordSink {
    private final Source source;
    private final ImportRequest request;
    private final long resumeAfter;
    private final ExecutorService committer;
    private final ArrayDeque<Future<Optional<BatchInfo>>> pending = new ArrayDeque<>();
    private final String recordedBy;
    private final RecordReader reader;
    private long nextSequence;
    private FragmentBatch.@Nullable Builder batch;
    private long firstRecord = -1;
    private long lastRecord = -1;
    private final RecentStatements recent = new RecentStatements(REPEATS_REMEMBERED);
    private long records;
    private long addedFragments;
    private long addedRejects;
    private @Nullable CountingInputStream counter;
    private ProgressListener progress = ProgressListener.NONE;

    BatchingSink(
        Source source,
        ImportRequest request,
        RecordReader reader,
        long resumeAfter,
        long nextSequence) {
      this.source = source;
      this.reader = reader;
      this.request = request;
      this.resumeAfter = resumeAfter;
      this.nextSequence = nextSequence;
      this.recordedBy = request.capturedBy();
      this.committer =
          Executors.newSingleThreadExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "vigilance-committer");
                thread.setDaemon(true);
                return thread;
              });
    }

    @Override
    public long resumeAfter() {
      return resumeAfter;
    }

    @Override
    public void accept(long record, EntityDraft draft, RawRecord raw) {
      if (record <= resumeAfter || repeated(draft)) {
        return;
      }
      Optional<Model.Problem> problem = model.check(draft);
      if (problem.isPresent()) {
        reject(record, problem.get().field(), problem.get().reason(), raw.bytes());
        return;
      }
      recent.remember(draft);
      begin(record).add(draft, locator(record));
      end();
    }

    /**
     * Whether this run of this source already recorded exactly this statement (same entity, schema
     * and values): a table repeats its agencies and suppliers on every row, and citing the first
     * row that says it is enough. Remembers the last statement about recently seen entities, in
     * {@link #REPEATS_REMEMBERED} slots ({@link RecentStatements}), so an older repeat is recorded
     * again, which is harmless.
     */
    private boolean repeated(EntityDraft draft) {
      return recent.contains(draft);
    }

    @Override
    public void reject(long record, @Nullable String field, String reason, byte[] raw) {
      if (record <= resumeAfter) {
        return;
      }
      begin(record).reject(new Reject(locator(record), field, reason, raw));
      end();
    }

    private Locator locator(long record) {
      return reader.locate(record);
    }

    /**
     * Starts (or continues) a record. A batch is closed only between records, so that a resumed
     * import never finds a record half stored.
     */
    private FragmentBatch.Builder begin(long record) {
      if (record < lastRecord) {
        throw new IllegalStateException(
            "records out of order: " + record + " after " + lastRecord + " in " + source.name());
      }
      FragmentBatch.Builder current = batch;
      if (current != null && record > lastRecord && current.size() >= request.batchSize()) {
        flush();
        current = null;
      }
      if (current == null) {
        current = new FragmentBatch.Builder(source.id(), clock.instant(), recordedBy);
        batch = current;
        firstRecord = record;
      }
      lastRecord = record;
      return current;
    }

    private void end() {
      records++;
      if (records % PROGRESS_EVERY == 0 && counter != null) {
        progress.update(counter.count.get(), records);
      }
    }

    void flush() {
      FragmentBatch.Builder current = batch;
      if (current == null) {
        return;
      }
      FragmentBatch built = current.build(nextSequence++, firstRecord, lastRecord);
      batch = null;
      firstRecord = -1;
      while (pending.size() >= MAX_PENDING_BATCHES) {
        awaitOne();
      }
      FragmentStore.Staged staged = fragments.stage(built);
      pending.add(committer.submit(() -> fragments.commit(staged)));
    }

    void awaitAll() {
      while (!pending.isEmpty()) {
        awaitOne();
      }
    }

    private void awaitOne() {
      Future<Optional<BatchInfo>> next = pending.removeFirst();
      try {
        Optional<BatchInfo> info = next.get();
        if (info.isPresent()) {
          addedFragments += info.get().fragments();
          addedRejects += info.get().rejects();
          request.onCommit().accept(info.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("import interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof IOException io) {
          throw new UncheckedIOException(io);
        }
        throw new IllegalStateException("batch commit failed", cause);
      }
    }

    void shutdown() {
      committer.shutdownNow();
    }
  }

  /** Counts the bytes read, for progress. */
  private static final class CountingInputStream extends FilterInputStream {
    private final java.util.concurrent.atomic.AtomicLong count =
        new java.util.concurrent.atomic.AtomicLong();

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
