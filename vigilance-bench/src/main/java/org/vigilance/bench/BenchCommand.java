package org.vigilance.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigilance.app.bench.FtmGenerator;
import org.vigilance.cli.Environment;
import org.vigilance.cli.Progress;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ImportRequest;
import org.vigilance.core.ingest.ImportSource;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.search.IndexWorkspace;
import org.vigilance.core.search.SearchIndex;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigilance bench}: imports timed against the fastest thing a user could run instead, on the
 * same generated file, in the same process and run. Not a test: run it on purpose and record the
 * figures in docs/benchmarks.md.
 *
 * <ul>
 *   <li>{@code import-ftm}: the whole FtM import against a bare Jackson streaming parse;
 *   <li>{@code import-usaspending}: the whole USAspending transactions import against DuckDB
 *       loading the same CSV into a table with {@code read_csv};
 *   <li>{@code search}: {@code SearchIndex.search} on Lucene against the same Lucene queries on a
 *       bare {@code IndexSearcher} (see {@link SearchBench});
 *   <li>{@code documents}: the document reader's extraction against {@code pdftotext} ({@link
 *       DocumentsBench}).
 * </ul>
 */
@Command(
    name = "bench",
    description = "Benchmarks (run on purpose; figures go to docs/benchmarks.md).",
    subcommands = {
      BenchCommand.ImportFtm.class,
      BenchCommand.ImportUsaspending.class,
      SearchBench.class,
      DocumentsBench.class,
      XrefGoldBench.class,
      XrefBench.class
    })
public final class BenchCommand {
  private final Environment env;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  /** The bench command over the given environment. */
  public BenchCommand(Environment env) {
    this.env = env;
  }

  /** The environment the commands run in. */
  Environment environment() {
    return env;
  }

  /** The FtM import benchmark. */
  @Command(
      name = "import-ftm",
      description = {
        "Generate N seeded FtM entities, then time a bare Jackson streaming parse of the file",
        "(best of two) and the whole import (store blob, parse, check against the model, commit",
        "batches, journal) into a fresh workspace; print both rates and their ratio."
      })
  static final class ImportFtm implements Callable<Integer> {
    @ParentCommand BenchCommand parent;

    @Option(names = "--entities", description = "How many entities (default: ${DEFAULT-VALUE}).")
    long entities = 1_000_000;

    @Mixin RunOptions options;

    @Override
    public Integer call() throws IOException {
      Environment env = parent.env;
      PrintStream out = env.out();
      Path scratch = scratch(options.dir);
      try {
        Path file = scratch.resolve("bench-" + entities + "-" + options.seed + ".ftm.jsonl");
        long t0 = System.nanoTime();
        new FtmGenerator(options.seed).write(file, entities);
        out.printf(
            Locale.ROOT,
            "generated %,d entities (%,d bytes) in %.1f s: %s%n",
            entities,
            Files.size(file),
            seconds(t0),
            file);
        printJvm(out);

        double parse1 = bareParse(file);
        Timed imported = fullImport(env, "ftm", scratch.resolve("workspace"), file, options);
        if (imported.outcome().totals().fragments() != entities
            || imported.outcome().hasRejects()) {
          throw new IllegalStateException(
              "import stored " + imported.outcome().totals() + ", expected " + entities);
        }
        double parse2 = bareParse(file);
        double parseSeconds = Math.min(parse1, parse2);

        double parseRate = entities / parseSeconds;
        double importRate = entities / imported.seconds();
        out.printf(
            Locale.ROOT,
            "bare Jackson streaming parse: %,12.0f entities/s (best of 2: %.2f s, %.2f s)%n",
            parseRate,
            parse1,
            parse2);
        out.printf(
            Locale.ROOT,
            "vigilance import ftm:         %,12.0f entities/s (%.2f s)%n",
            importRate,
            imported.seconds());
        out.printf(
            Locale.ROOT,
            "ratio import / parse:         %12.2f (target >= 0.20)%n",
            importRate / parseRate);
        if (!options.storeOnly) {
          out.printf(
              Locale.ROOT,
              "then the search index:        %,12.0f entities/s (%.2f s; not part of the target)%n",
              entities / imported.indexSeconds(),
              imported.indexSeconds());
        }
        return 0;
      } finally {
        if (options.dir == null) {
          deleteTree(scratch);
        }
      }
    }

    private double bareParse(Path file) throws IOException {
      long t0 = System.nanoTime();
      long objects = 0;
      JsonFactory factory = new JsonFactory();
      try (InputStream in = Files.newInputStream(file);
          JsonParser parser = factory.createParser(in)) {
        int depth = 0;
        for (JsonToken token; (token = parser.nextToken()) != null; ) {
          if (token == JsonToken.START_OBJECT) {
            if (depth == 0) {
              objects++;
            }
            depth++;
          } else if (token == JsonToken.END_OBJECT) {
            depth--;
          } else if (token == JsonToken.VALUE_STRING) {
            Objects.requireNonNull(parser.getText());
          }
        }
      }
      if (objects != entities) {
        throw new IllegalStateException("parsed " + objects + " objects, expected " + entities);
      }
      return seconds(t0);
    }
  }

  /**
   * The USAspending import benchmark.
   *
   * <p>Implementation notes. DuckDB is what a user who only wanted the rows in a table would run:
   * {@code CREATE TABLE t AS SELECT * FROM read_csv(file, header = true)}, with DuckDB's own
   * detection of the dialect and of the column types (dates, timestamps, integers, decimals; {@code
   * all_varchar} is not set, so it parses and converts values, as Vigilance does for dates and
   * amounts), into a fresh database file (persisted, as the workspace is), on all cores. It runs in
   * this process through JDBC, once before and once after the Vigilance import, and the better time
   * counts, as for the Jackson peer of {@code import-ftm}. The heap is sampled every 50 ms during
   * the Vigilance import only: DuckDB's memory is native, outside the Java heap.
   */
  @Command(
      name = "import-usaspending",
      description = {
        "Generate N seeded USAspending contract transaction rows (the 297 columns of the",
        "Contracts_PrimeTransactions download), then time DuckDB loading them into a table",
        "with read_csv (best of two) and the whole Vigilance import (store blob, parse, map to",
        "entities, check, commit batches, journal) into a fresh workspace; print both rates,",
        "their ratio and the peak heap."
      })
  static final class ImportUsaspending implements Callable<Integer> {
    @ParentCommand BenchCommand parent;

    @Option(names = "--rows", description = "How many data rows (default: ${DEFAULT-VALUE}).")
    long rows = 1_000_000;

    @Mixin RunOptions options;

    @Override
    public Integer call() throws IOException, SQLException {
      Environment env = parent.env;
      PrintStream out = env.out();
      Path scratch = scratch(options.dir);
      try {
        Path file =
            scratch.resolve(
                "Contracts_PrimeTransactions_bench-" + rows + "-" + options.seed + "_1.csv");
        long t0 = System.nanoTime();
        new UsaspendingGenerator(options.seed).write(file, rows);
        out.printf(
            Locale.ROOT,
            "generated %,d rows x %d columns (%,d bytes) in %.1f s: %s%n",
            rows,
            UsaspendingGenerator.columns().size(),
            Files.size(file),
            seconds(t0),
            file);
        printJvm(out);

        Path workspace = scratch.resolve("workspace");
        if (Files.exists(workspace)) {
          deleteTree(workspace); // left by an earlier run in the same --dir
        }
        double duck1 = duckdb(scratch.resolve("duckdb-1.db"), file);
        Timed imported;
        long peakHeap;
        try (HeapSampler heap = HeapSampler.start()) {
          imported = fullImport(env, "usaspending", workspace, file, options);
          peakHeap = heap.peak();
        }
        ImportOutcome outcome = imported.outcome();
        // every row gives at least its contract and its transaction
        if (outcome.hasRejects() || outcome.totals().fragments() < 2 * rows) {
          throw new IllegalStateException(
              "import stored " + outcome.totals() + ", expected " + rows + " rows, no reject");
        }
        double duck2 = duckdb(scratch.resolve("duckdb-2.db"), file);
        double duckSeconds = Math.min(duck1, duck2);

        double duckRate = rows / duckSeconds;
        double importRate = rows / imported.seconds();
        double wholeRate = rows / imported.wholeSeconds();
        out.printf(
            Locale.ROOT,
            "duckdb read_csv into a table:  %,12.0f rows/s (best of 2: %.2f s, %.2f s)%n",
            duckRate,
            duck1,
            duck2);
        out.printf(
            Locale.ROOT,
            "vigilance import usaspending:  %,12.0f rows/s (%.2f s, %,d fragments)%n",
            importRate,
            imported.seconds(),
            outcome.totals().fragments());
        if (options.storeOnly) {
          out.printf(
              Locale.ROOT,
              "ratio vigilance / duckdb:      %12.2f store only, search index skipped (target"
                  + " >= 0.50 with the index)%n",
              importRate / duckRate);
        } else {
          out.printf(
              Locale.ROOT,
              "  + search index:              %,12.0f rows/s (%.2f s more: %.2f s in all)%n",
              wholeRate,
              imported.indexSeconds(),
              imported.wholeSeconds());
          out.printf(
              Locale.ROOT,
              "ratio vigilance / duckdb:      %12.2f store only; %.2f with the search index"
                  + " (target >= 0.50)%n",
              importRate / duckRate,
              wholeRate / duckRate);
        }
        out.printf(
            Locale.ROOT,
            "peak heap used during import:  %,12d MB (max heap %,d MB; target <= 512 MB)%n",
            peakHeap / 1_000_000,
            Runtime.getRuntime().maxMemory() / 1_000_000);
        return 0;
      } finally {
        if (options.dir == null) {
          deleteTree(scratch);
        }
      }
    }

    /** Loads the file into a new DuckDB database file; returns the seconds it took. */
    private double duckdb(Path database, Path file) throws SQLException, IOException {
      Files.deleteIfExists(database);
      Files.deleteIfExists(database.resolveSibling(database.getFileName() + ".wal"));
      long t0 = System.nanoTime();
      long count;
      try (Connection connection =
              DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
          Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE t AS SELECT * FROM read_csv('"
                + file.toAbsolutePath().toString().replace("'", "''")
                + "', header = true)");
        try (ResultSet result = statement.executeQuery("SELECT count(*) FROM t")) {
          result.next();
          count = result.getLong(1);
        }
      }
      double elapsed = seconds(t0);
      if (count != rows) {
        throw new IllegalStateException("duckdb loaded " + count + " rows, expected " + rows);
      }
      return elapsed;
    }
  }

  /** An import's outcome and how long it took. */
  private record Timed(ImportOutcome outcome, double seconds, double indexSeconds) {
    /** Store and index, as {@code vigilance import} does. */
    double wholeSeconds() {
      return seconds + indexSeconds;
    }
  }

  /** Imports the file into a fresh workspace as {@code vigilance import} does, timed. */
  private static Timed fullImport(
      Environment env, String formatName, Path root, Path file, RunOptions options)
      throws IOException {
    int batchSize = options.batchSize;
    boolean quiet = options.quiet;
    Environment.ImportFormat format =
        Objects.requireNonNull(env.importFormats().get(formatName), formatName);
    long t0 = System.nanoTime();
    ProcessCpu.Reading importCpu = ProcessCpu.Reading.now();
    ImportOutcome outcome;
    try (Workspace ws = env.opener().open(root, true);
        InputStream in = Files.newInputStream(file)) {
      ImportRequest request =
          new ImportRequest(
              file.getFileName().toString(),
              format.name(),
              format.mediaType(),
              CollectionName.of("bench"),
              Sensitivity.PUBLIC,
              EvidenceGrade.E4,
              null,
              null,
              "bench",
              batchSize,
              ws.rejectsDir(),
              batch -> {});
      ProgressListener progress = quiet ? ProgressListener.NONE : Progress.console(env.err());
      outcome =
          new ImportSource(ws.blobs(), ws.sources(), ws.fragments(), env.model(), env.clock())
              .run(
                  request,
                  in,
                  format.reader().apply(new Environment.ImportOptions(file, null)),
                  progress);
    }
    double stored = seconds(t0);
    env.err().println("CPU during the import: " + importCpu.since());
    if (options.storeOnly) {
      return new Timed(outcome, stored, 0);
    }
    // vigilance import then brings the search index up to date (VigilanceCommand.refreshIndex)
    long i0 = System.nanoTime();
    ProcessCpu.Reading indexCpu = ProcessCpu.Reading.now();
    try (Workspace ws = env.opener().open(root, true);
        SearchIndex index = env.searchIndex().apply(ws.root().resolve("index"))) {
      new IndexWorkspace(ws, env.model(), index)
          .catchUp(quiet ? ProgressListener.NONE : Progress.console(env.err()));
    }
    double indexed = seconds(i0);
    env.err().println("CPU during the index: " + indexCpu.since());
    return new Timed(outcome, stored, indexed);
  }

  static void printJvm(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "JVM %s, max heap %,d MB, %d processors%n",
        Runtime.version(),
        Runtime.getRuntime().maxMemory() / 1_000_000,
        Runtime.getRuntime().availableProcessors());
  }

  private static Path scratch(@Nullable Path dir) throws IOException {
    return dir != null
        ? Files.createDirectories(dir)
        : Files.createTempDirectory("vigilance-bench");
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    }
  }

  /** The options every import benchmark takes. */
  static final class RunOptions {
    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--dir", description = "Scratch folder (default: a new temporary folder).")
    @Nullable Path dir;

    @Option(names = "--batch-size", description = "Records per batch (default: ${DEFAULT-VALUE}).")
    int batchSize = ImportRequest.DEFAULT_BATCH_SIZE;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean quiet;

    @Option(
        names = "--store-only",
        description = "Time the import into the store only; skip the search index.")
    boolean storeOnly;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help message and exit.")
    boolean help;
  }
}
