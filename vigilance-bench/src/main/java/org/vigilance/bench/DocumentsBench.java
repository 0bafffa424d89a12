package org.vigilance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigilance.cli.Environment;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.evidence.BlobRef;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.DocumentFormat;
import org.vigilance.core.ingest.IngestFiles;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.ingest.RecordSink;
import org.vigilance.core.search.IndexWorkspace;
import org.vigilance.core.search.SearchIndex;
import org.vigilance.core.workspace.Workspace;
import org.vigilance.ingest.documents.DocumentOptions;
import org.vigilance.ingest.documents.DocumentRecordReader;
import org.vigilance.ingest.documents.OcrMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigilance bench documents}: the document reader's extraction (Tika, pages, language,
 * personal-data spans) and the whole ingest (store, read, record, index, as {@code vigilance
 * ingest} does) in pages per second against {@code pdftotext} over the same PDFs, run one after the
 * other in the same run. The corpus: the PDFs of the shared corpus that pdftotext reads and N
 * generated born-digital PDFs.
 */
@Command(
    name = "documents",
    description = {
      "Generate N seeded born-digital PDFs (and add the PDFs of --corpus), then time the document",
      "reader (extraction, pages, language, personal-data spans; OCR off by default), the whole",
      "ingest into a fresh workspace (store, read, record, index) and pdftotext over the same",
      "files (the reader one file at a time; the ingest --threads files at once, as vigilance",
      "ingest does; pdftotext one file at a time, then --threads at once); print pages/s and CPU",
      "time of each and the ratios."
    })
final class DocumentsBench implements Callable<Integer> {
  @ParentCommand BenchCommand parent;

  @Option(
      names = "--files",
      description =
          "Generated PDFs (default: ${DEFAULT-VALUE}: about 10,000 pages, so that the JIT's"
              + " warm-up, paid once per run, does not decide the rate).")
  int files = 1000;

  @Option(names = "--pages", description = "Pages per generated PDF (default: ${DEFAULT-VALUE}).")
  int pages = 10;

  @Option(
      names = "--corpus",
      description = "Folder of real documents whose PDFs are added (default: ${DEFAULT-VALUE}).")
  Path corpus = Path.of("../shared/data/documents");

  @Option(names = "--ocr", description = "OCR mode of the reader (default: ${DEFAULT-VALUE}).")
  OcrMode ocr = OcrMode.NEVER;

  @Option(names = "--pdftotext", description = "The peer (default: ${DEFAULT-VALUE}).")
  String pdftotext = "pdftotext";

  @Option(
      names = "--threads",
      description =
          "Files the ingest reads at once (default: the number of processors, ${DEFAULT-VALUE},"
              + " as vigilance ingest); pdftotext runs one at a time, then that many at once.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--dir", description = "Scratch folder (default: a new temporary folder).")
  @Nullable Path dir;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = parent.environment().out();
    Path scratch = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("bench");
    try {
      List<Path> pdfs = new ArrayList<>();
      long t0 = System.nanoTime();
      PdfGenerator generator = new PdfGenerator(seed);
      for (int i = 0; i < files; i++) {
        Path file = scratch.resolve(String.format(Locale.ROOT, "generated-%05d.pdf", i));
        generator.write(file, pages);
        pdfs.add(file);
      }
      out.printf(
          Locale.ROOT,
          "generated %,d PDFs of %d pages in %.1f s%n",
          files,
          pages,
          (System.nanoTime() - t0) / 1e9);
      int real = 0;
      if (Files.isDirectory(corpus)) {
        try (Stream<Path> paths = Files.walk(corpus)) {
          for (Path file : paths.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
            if (pdftotext(file) >= 0) {
              pdfs.add(file);
              real++;
            }
          }
        }
      }
      out.printf(Locale.ROOT, "corpus: %,d generated + %,d real PDFs (%s)%n", files, real, corpus);
      BenchCommand.printJvm(out);

      read(pdfs.subList(0, Math.min(5, pdfs.size()))); // warm up: Tika's parsers, profiles
      long r0 = System.nanoTime();
      long rc = ProcessCpu.self();
      long readerPages = read(pdfs);
      double readerSeconds = (System.nanoTime() - r0) / 1e9;
      double readerCpu = (ProcessCpu.self() - rc) / 1e9;

      long i0 = System.nanoTime();
      long ic = ProcessCpu.self();
      long ingestPages = ingest(pdfs, scratch.resolve("workspace"));
      double ingestSeconds = (System.nanoTime() - i0) / 1e9;
      double ingestCpu = (ProcessCpu.self() - ic) / 1e9;
      if (ingestPages != readerPages) {
        throw new IllegalStateException(
            "the ingest recorded " + ingestPages + " pages, the reader read " + readerPages);
      }

      // the peer as a user would run it: one file after another (pdftotext reads one file on one
      // core), and, when --threads is more than 1, that many at once (`xargs -P THREADS`)
      Peer one = peer(pdfs, 1);
      Peer many = threads > 1 ? peer(pdfs, threads) : one;

      out.printf(
          Locale.ROOT,
          "pdftotext, a process per file, one at a time: %,7.0f pages/s (%.2f s, CPU %.2f s)%n",
          readerPages / one.seconds(),
          one.seconds(),
          one.cpu());
      if (threads > 1) {
        out.printf(
            Locale.ROOT,
            "pdftotext, %d processes at once:              %,7.0f pages/s (%.2f s, CPU %.2f s)%n",
            threads,
            readerPages / many.seconds(),
            many.seconds(),
            many.cpu());
      }
      out.printf(
          Locale.ROOT,
          "vigilance document reader, one file at a time: %,6.0f pages/s (%.2f s, CPU %.2f s;"
              + " OCR %s)%n",
          readerPages / readerSeconds,
          readerSeconds,
          readerCpu,
          ocr);
      out.printf(
          Locale.ROOT,
          "vigilance ingest (whole), %d files at once:     %,6.0f pages/s (%.2f s, CPU %.2f s:"
              + " extract, store, index; the index %.2f s of it, CPU %.2f s)%n",
          threads,
          ingestPages / ingestSeconds,
          ingestSeconds,
          ingestCpu,
          indexSeconds,
          indexCpu);
      out.printf(
          Locale.ROOT,
          "pages: %,d; CPU per page: pdftotext %.2f ms, reader %.2f ms, ingest" + " %.2f ms%n",
          readerPages,
          one.cpu() * 1000 / readerPages,
          readerCpu * 1000 / readerPages,
          ingestCpu * 1000 / readerPages);
      double oneRate = readerPages / one.seconds();
      out.printf(
          Locale.ROOT,
          "ratio reader / pdftotext (one at a time):     %10.2f%n"
              + "ratio ingest / pdftotext (one at a time):     %10.2f (target >= 0.50)%n",
          readerPages / readerSeconds / oneRate,
          ingestPages / ingestSeconds / oneRate);
      if (threads > 1) {
        out.printf(
            Locale.ROOT,
            "ratio ingest / pdftotext (%d at once):        %10.2f%n",
            threads,
            ingestPages / ingestSeconds / (readerPages / many.seconds()));
      }
      return 0;
    } finally {
      if (dir == null) {
        BenchCommand.deleteTree(scratch);
      }
    }
  }

  /**
   * Ingests every file into a fresh workspace as {@code vigilance ingest} does (store the file,
   * read it, record its documents and pages, bring the search index up to date); the number of
   * pages recorded.
   */
  private long ingest(List<Path> pdfs, Path root) throws IOException {
    Environment env = parent.environment();
    DocumentFormat format =
        env.documents()
            .apply(
                new Environment.DocumentSettings(
                    ocr.name().toLowerCase(Locale.ROOT),
                    null,
                    DocumentOptions.DEFAULT_MAX_DEPTH,
                    DocumentOptions.DEFAULT_MAX_EXPANDED_BYTES,
                    DocumentOptions.DEFAULT_TIMEOUT));
    try (Workspace ws = env.opener().open(root, true)) {
      new IngestFiles(ws.blobs(), ws.sources(), ws.fragments(), env.model(), env.clock())
          .run(
              pdfs,
              new IngestFiles.Options(
                  CollectionName.of("bench"),
                  Sensitivity.PUBLIC,
                  EvidenceGrade.E4,
                  "bench",
                  false,
                  ws.rejectsDir(),
                  threads),
              format,
              outcome -> {},
              ProgressListener.NONE);
      try (SearchIndex index = env.searchIndex().apply(ws.root().resolve("index"))) {
        long x0 = System.nanoTime();
        long xc = ProcessCpu.self();
        new IndexWorkspace(ws, env.model(), index).catchUp(ProgressListener.NONE);
        indexSeconds = (System.nanoTime() - x0) / 1e9;
        indexCpu = (ProcessCpu.self() - xc) / 1e9;
      }
      return ws.fragments().counts().entitiesBySchema().getOrDefault("Page", 0L);
    }
  }

  /** Reads every file; the number of pages read. */
  private long read(List<Path> pdfs) throws IOException {
    DocumentOptions options = DocumentOptions.defaults().withOcr(ocr);
    BlobStore blobs = new HashingBlobStore();
    long[] count = new long[1];
    RecordSink sink =
        new RecordSink() {
          @Override
          public long resumeAfter() {
            return 0;
          }

          @Override
          public void accept(long record, EntityDraft draft, RawRecord raw) {
            if (draft.schema().equals("Page")) {
              count[0]++;
            }
          }

          @Override
          public void reject(long record, @Nullable String field, String reason, byte[] raw) {
            throw new IllegalStateException(reason);
          }
        };
    for (Path file : pdfs) {
      try (InputStream in = Files.newInputStream(file)) {
        new DocumentRecordReader(file.getFileName().toString(), file.toString(), options, blobs)
            .read(in, sink);
      }
    }
    return count[0];
  }

  /** How long the ingest's last step, bringing the search index up to date, took. */
  private double indexSeconds;

  private double indexCpu;

  /** Wall and CPU seconds of pdftotext over every file. */
  private record Peer(double seconds, double cpu) {}

  /** Runs pdftotext over every file, {@code at} processes at once. */
  private Peer peer(List<Path> pdfs, int at) throws InterruptedException {
    long p0 = System.nanoTime();
    long c0 = ProcessCpu.children();
    ExecutorService peers = Executors.newFixedThreadPool(at);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (Path file : pdfs) {
        runs.add(peers.submit(() -> pdftotext(file)));
      }
      for (int i = 0; i < runs.size(); i++) {
        if (runs.get(i).get() < 0) {
          throw new IllegalStateException("pdftotext failed on " + pdfs.get(i));
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("pdftotext could not run", e);
    } finally {
      peers.shutdownNow();
    }
    return new Peer((System.nanoTime() - p0) / 1e9, (ProcessCpu.children() - c0) / 1e9);
  }

  /** Runs pdftotext on a file, output discarded; its exit code, or -1 when it did not run. */
  private int pdftotext(Path file) throws InterruptedException {
    try {
      Process process =
          new ProcessBuilder(pdftotext, "-q", file.toString(), "-")
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue() == 0 ? 0 : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** Hashes what it is given and keeps nothing: the benchmark times extraction, not storage. */
  private static final class HashingBlobStore implements BlobStore {
    @Override
    public BlobRef put(InputStream in) throws IOException {
      MessageDigest digest = ContentHash.newDigest();
      byte[] buffer = new byte[1 << 16];
      long size = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        digest.update(buffer, 0, n);
        size += n;
      }
      return new BlobRef(ContentHash.fromDigest(digest.digest()), size);
    }

    @Override
    public InputStream open(ContentHash hash) throws IOException {
      throw new IOException("nothing is kept");
    }

    @Override
    public boolean contains(ContentHash hash) {
      return false;
    }

    @Override
    public List<ContentHash> list() {
      return List.of();
    }

    @Override
    public Optional<String> check(ContentHash hash) {
      return Optional.empty();
    }
  }
}
