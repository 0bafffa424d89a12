package org.vigilance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.ingest.DocumentFormat;
import org.vigilance.core.ingest.IngestFiles;
import org.vigilance.core.ingest.IngestFiles.FileOutcome;
import org.vigilance.core.ingest.IngestFiles.Status;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance ingest PATH…}: stores files as sources and records them as documents. */
@Command(
    name = "ingest",
    header = "Ingest documents of any kind: files and folder trees.",
    description = {
      "Ingest documents of any kind: files and folder trees. Each file is stored as a source",
      "(SHA-256) and becomes a document with its text (per page for PDFs), title, author, dates,",
      "type and language; archives and e-mails are opened and what they contain is ingested with",
      "a link to its container. Pages without a text layer are OCR'd when tesseract is installed.",
      "A file that cannot be read (encrypted, corrupt, too big, too slow) is recorded as a",
      "document with an error and its bytes are kept. A file already held is skipped unless",
      "--force. Personal data of affected people (e-mail addresses, phone numbers, A-numbers,",
      "SSNs) is located and masked in every output."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders.")
  List<Path> paths = new ArrayList<>();

  @Mixin SourceOptions source = new SourceOptions();

  @Option(names = "--force", description = "Read files again even when already held.")
  boolean force;

  @Option(
      names = "--ocr",
      paramLabel = "MODE",
      description = "auto (pages without a text layer), always, never (default: ${DEFAULT-VALUE}).")
  String ocr = "auto";

  @Option(
      names = "--ocr-languages",
      paramLabel = "LANGS",
      description = "Tesseract languages joined by + (default: eng+fra+spa+deu, those installed).")
  @Nullable String ocrLanguages;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description =
          "Deepest nesting of archives and attachments opened (default: ${DEFAULT-VALUE}).")
  int maxDepth = 10;

  @Option(
      names = "--max-expanded-mb",
      paramLabel = "MB",
      description =
          "Most bytes extracted from one file and what it contains (default: ${DEFAULT-VALUE}).")
  long maxExpandedMb = 1024;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Longest time spent on one file (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = 120;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read at once (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws IOException {
    Environment env = root.env;
    PrintStream out = env.out();
    Environment.DocumentSettings settings;
    DocumentFormat format;
    List<Path> files;
    try {
      settings =
          new Environment.DocumentSettings(
              ocr.toLowerCase(Locale.ROOT),
              ocrLanguages,
              maxDepth,
              maxExpandedMb * 1024 * 1024,
              Duration.ofSeconds(timeoutSeconds));
      format = env.documents().apply(settings);
      files = IngestFiles.files(paths);
    } catch (IllegalArgumentException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (NoSuchFileException e) {
      env.err().println("vigilance: no such file or folder: " + e.getFile());
      return ExitCodes.FAILURE;
    }
    if (threads < 1) {
      env.err().println("vigilance: --threads must be 1 or more, not " + threads);
      return ExitCodes.USAGE;
    }
    if (files.isEmpty()) {
      env.err().println("vigilance: no files under " + paths);
      return ExitCodes.EMPTY;
    }
    try (Workspace ws = root.openWorkspace()) {
      IngestFiles useCase =
          new IngestFiles(ws.blobs(), ws.sources(), ws.fragments(), env.model(), env.clock());
      IngestFiles.Options options =
          new IngestFiles.Options(
              source.collection(),
              source.sensitivity(),
              source.grade(),
              source.capturedBy(root),
              force,
              ws.rejectsDir(),
              threads);
      List<FileOutcome> outcomes =
          useCase.run(files, options, format, o -> print(out, o), root.progress());
      Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
      long documents = 0;
      long failed = 0;
      for (FileOutcome outcome : outcomes) {
        byStatus.merge(outcome.status(), 1, Integer::sum);
        documents += outcome.documents();
        failed += outcome.failed();
      }
      out.printf(
          Locale.ROOT,
          "%,d files: %,d ingested (%,d documents, %,d could not be read), %,d already held, %,d"
              + " duplicates, %,d empty, %,d unreadable.%n",
          outcomes.size(),
          byStatus.getOrDefault(Status.INGESTED, 0),
          documents,
          failed,
          byStatus.getOrDefault(Status.HELD, 0),
          byStatus.getOrDefault(Status.DUPLICATE, 0),
          byStatus.getOrDefault(Status.EMPTY, 0),
          byStatus.getOrDefault(Status.UNREADABLE, 0));
      root.refreshIndex(ws, index.later, out);
      return failed > 0 || byStatus.containsKey(Status.UNREADABLE)
          ? ExitCodes.REJECTS
          : ExitCodes.OK;
    }
  }

  private static void print(PrintStream out, FileOutcome outcome) {
    StringBuilder line = new StringBuilder();
    line.append(outcome.status().name().toLowerCase(Locale.ROOT))
        .append("  ")
        .append(outcome.file());
    if (outcome.source() != null) {
      line.append("  ").append(outcome.source());
    }
    if (outcome.status() == Status.INGESTED) {
      line.append(String.format(Locale.ROOT, "  %,d documents", outcome.documents()));
      if (outcome.failed() > 0) {
        line.append(String.format(Locale.ROOT, ", %,d could not be read", outcome.failed()));
      }
    }
    if (outcome.reason() != null) {
      line.append(": ").append(outcome.reason());
    }
    out.println(line);
  }
}
