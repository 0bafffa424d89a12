package org.vigilance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.ingest.EmptyInputException;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ImportRequest;
import org.vigilance.core.ingest.ImportSource;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance import FORMAT FILE}: stores a file as a source and records what it says. */
@Command(
    name = "import",
    description = {
      "Import a file as a source; each record becomes a fragment citing file and line.",
      "The file's bytes are stored once (SHA-256). Rejected records go to a rejects file with",
      "line, field and reason. Importing the same file again adds nothing; an interrupted",
      "import resumes. Formats: ftm (FollowTheMoney entity JSON Lines), usaspending (USAspending",
      "contract award summaries or transactions: CSV, or the download's zip), ocds (Open",
      "Contracting release or record packages, releases, arrays, JSON Lines; 1.0 and 1.1), csv",
      "(any table, with a FollowTheMoney mapping: --mapping MAPPING.yml)."
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(
      index = "0",
      paramLabel = "FORMAT",
      description = "Input format: ftm, usaspending, ocds, csv.")
  String format = "";

  @Parameters(index = "1", paramLabel = "FILE", description = "The file, or - for standard input.")
  String file = "";

  @Mixin SourceOptions source = new SourceOptions();

  @Option(names = "--origin-url", paramLabel = "URL", description = "Where the file was obtained.")
  @Nullable String originUrl;

  @Option(names = "--licence", paramLabel = "TEXT", description = "The file's licence.")
  @Nullable String licence;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "Records per atomic batch (default: ${DEFAULT-VALUE}).")
  int batchSize = ImportRequest.DEFAULT_BATCH_SIZE;

  @Option(
      names = "--mapping",
      paramLabel = "MAPPING.yml",
      description = "FollowTheMoney mapping file (format csv).")
  @Nullable Path mapping;

  @Mixin IndexOption index = new IndexOption();

  @Option(names = "--report-batches", hidden = true, description = "Print each committed batch.")
  boolean reportBatches;

  @Override
  public Integer call() throws IOException {
    Environment env = root.env;
    Environment.ImportFormat importFormat = env.importFormats().get(format);
    if (importFormat == null) {
      return root.unknownFormat("import", format, env.importFormats().keySet());
    }
    boolean stdin = file.equals("-");
    Path path = Path.of(file);
    if (!stdin && !Files.isRegularFile(path)) {
      env.err().println("vigilance: no such file: " + file);
      return ExitCodes.FAILURE;
    }
    String name = stdin ? "stdin" : String.valueOf(path.getFileName());
    RecordReader reader;
    try {
      reader =
          importFormat.reader().apply(new Environment.ImportOptions(stdin ? null : path, mapping));
    } catch (IllegalArgumentException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    PrintStream out = env.out();
    try (Workspace ws = root.openWorkspace()) {
      ImportRequest request =
          new ImportRequest(
              name,
              importFormat.name(),
              stdin ? importFormat.mediaType() : mediaType(path, importFormat.mediaType()),
              source.collection(),
              source.sensitivity(),
              source.grade(),
              originUrl,
              licence,
              source.capturedBy(root),
              batchSize,
              ws.rejectsDir(),
              reportBatches ? this::report : batch -> {});
      ImportSource useCase =
          new ImportSource(ws.blobs(), ws.sources(), ws.fragments(), env.model(), env.clock());
      ImportOutcome outcome;
      try (InputStream in = stdin ? env.stdin() : Files.newInputStream(path)) {
        outcome = useCase.run(request, in, reader, root.progress());
      } catch (EmptyInputException e) {
        env.err().println("vigilance: " + e.getMessage());
        return ExitCodes.EMPTY;
      }
      printOutcome(out, outcome);
      root.refreshIndex(ws, index.later, out);
      if (outcome.isEmpty()) {
        env.err().println("vigilance: " + name + " holds no records (only blank lines)");
        return ExitCodes.EMPTY;
      }
      return outcome.hasRejects() ? ExitCodes.REJECTS : ExitCodes.OK;
    }
  }

  /** {@code application/zip} for a zip archive (whatever the format), else the format's type. */
  private static String mediaType(Path file, String formatType) throws IOException {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, 4);
      return n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
          ? "application/zip"
          : formatType;
    }
  }

  private void report(BatchInfo batch) {
    root.env
        .out()
        .println(
            "committed batch "
                + batch.sequence()
                + " records "
                + batch.firstRecord()
                + "-"
                + batch.lastRecord()
                + " fragments "
                + batch.fragments()
                + " rejects "
                + batch.rejects());
    root.env.out().flush();
  }

  private static void printOutcome(PrintStream out, ImportOutcome outcome) {
    var source = outcome.source();
    out.printf(
        Locale.ROOT,
        "Source %s: %s (%s, %,d bytes) in collection %s, grade %s, %s%n",
        source.id(),
        source.name(),
        source.blob().hash(),
        source.blob().size(),
        source.collection(),
        source.grade(),
        source.sensitivity().label());
    if (outcome.alreadyImported()) {
      out.printf(
          Locale.ROOT,
          "Already imported: nothing added (%,d fragments, %,d rejected records).%n",
          outcome.totals().fragments(),
          outcome.totals().rejects());
    } else {
      if (outcome.resumedAfter() > 0) {
        out.printf(
            Locale.ROOT,
            "Resumed an interrupted import after record %,d.%n",
            outcome.resumedAfter());
      }
      out.printf(
          Locale.ROOT,
          "Recorded %,d fragments; rejected %,d records.%n",
          outcome.addedFragments(),
          outcome.addedRejects());
    }
    outcome
        .rejectsFile()
        .ifPresent(
            p -> out.println("Rejected records with line and reason: " + p.toAbsolutePath()));
  }
}
