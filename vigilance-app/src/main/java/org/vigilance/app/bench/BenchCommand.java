package org.vigilance.app.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigilance.cli.Environment;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ImportRequest;
import org.vigilance.core.ingest.ImportSource;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigilance bench import-ftm}: the whole FtM import against a bare Jackson streaming parse
 * of the same file, in the same run. Not a test: run it on purpose and record the figures in
 * docs/benchmarks.md.
 */
@Command(
    name = "bench",
    description = "Benchmarks (run on purpose; figures go to docs/benchmarks.md).",
    subcommands = BenchCommand.ImportFtm.class)
public final class BenchCommand {
  private final Environment env;

  /** The bench command over the given environment. */
  public BenchCommand(Environment env) {
    this.env = env;
  }

  /** The import benchmark. */
  @Command(
      name = "import-ftm",
      description = {
        "Generate N seeded FtM entities, then time (1) a bare Jackson streaming parse of the file",
        "and (2) the whole import (store blob, parse, check against the model, commit batches,",
        "journal) into a fresh workspace; print both rates and their ratio."
      })
  static final class ImportFtm implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand BenchCommand parent;

    @Option(names = "--entities", description = "How many entities (default: ${DEFAULT-VALUE}).")
    long entities = 1_000_000;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--dir", description = "Scratch folder (default: a new temporary folder).")
    @Nullable Path dir;

    @Option(names = "--batch-size", description = "Records per batch (default: ${DEFAULT-VALUE}).")
    int batchSize = ImportRequest.DEFAULT_BATCH_SIZE;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
      Environment env = parent.env;
      PrintStream out = env.out();
      Path scratch =
          dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("vigilance-bench");
      try {
        Path file = scratch.resolve("bench-" + entities + "-" + seed + ".ftm.jsonl");
        long t0 = System.nanoTime();
        new FtmGenerator(seed).write(file, entities);
        out.printf(
            Locale.ROOT,
            "generated %,d entities (%,d bytes) in %.1f s: %s%n",
            entities,
            Files.size(file),
            seconds(t0),
            file);
        out.printf(
            Locale.ROOT,
            "JVM %s, max heap %,d MB, %d processors%n",
            Runtime.version(),
            Runtime.getRuntime().maxMemory() / 1_000_000,
            Runtime.getRuntime().availableProcessors());

        double parse1 = bareParse(file);
        double importSeconds = fullImport(env, scratch.resolve("workspace"), file);
        double parse2 = bareParse(file);
        double parseSeconds = Math.min(parse1, parse2);

        double parseRate = entities / parseSeconds;
        double importRate = entities / importSeconds;
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
            importSeconds);
        out.printf(
            Locale.ROOT,
            "ratio import / parse:         %12.2f (target >= 0.20)%n",
            importRate / parseRate);
        return 0;
      } finally {
        if (dir == null) {
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

    private double fullImport(Environment env, Path root, Path file) throws IOException {
      Environment.ImportFormat ftm = Objects.requireNonNull(env.importFormats().get("ftm"));
      long t0 = System.nanoTime();
      ImportOutcome outcome;
      try (Workspace ws = env.opener().open(root, true);
          InputStream in = Files.newInputStream(file)) {
        ImportRequest request =
            new ImportRequest(
                file.getFileName().toString(),
                ftm.name(),
                ftm.mediaType(),
                CollectionName.of("bench"),
                Sensitivity.PUBLIC,
                EvidenceGrade.E4,
                null,
                null,
                "bench",
                batchSize,
                ws.rejectsDir(),
                batch -> {});
        ProgressListener progress =
            quiet ? ProgressListener.NONE : org.vigilance.cli.Progress.console(env.err());
        outcome =
            new ImportSource(ws.blobs(), ws.sources(), ws.fragments(), env.model(), env.clock())
                .run(
                    request,
                    in,
                    ftm.reader().apply(new Environment.ImportOptions(file, null)),
                    progress);
      }
      double elapsed = seconds(t0);
      if (outcome.totals().fragments() != entities || outcome.hasRejects()) {
        throw new IllegalStateException(
            "import stored " + outcome.totals() + ", expected " + entities);
      }
      return elapsed;
    }

    private static double seconds(long startNanos) {
      return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
      try (Stream<Path> paths = Files.walk(root)) {
        List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
        for (Path p : all) {
          p.toFile().setWritable(true);
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
