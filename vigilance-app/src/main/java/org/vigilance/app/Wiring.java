package org.vigilance.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigilance.cli.Environment;
import org.vigilance.cli.VigilanceCommand;
import org.vigilance.core.entity.Model;
import org.vigilance.core.resolution.Resolution;
import org.vigilance.ingest.documents.TikaDocumentFormat;
import org.vigilance.ingest.ftm.FtmEntityWriter;
import org.vigilance.ingest.ftm.FtmRecordReader;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.ingest.mapping.MappingRecordReader;
import org.vigilance.ingest.methodology.YamlMethodologyFiles;
import org.vigilance.ingest.ocds.OcdsRecordReader;
import org.vigilance.ingest.usaspending.UsaspendingRecordReader;
import org.vigilance.resolve.CommonsTextSimilarity;
import org.vigilance.resolve.CsvLabelledPairs;
import org.vigilance.resolve.IcuNameNormaliser;
import org.vigilance.search.lucene.LuceneSearchIndex;
import org.vigilance.store.sqlite.SqliteWorkspace;
import picocli.CommandLine;

/**
 * Wires the adapters (SQLite store, FtM importer and exporter, schema model) into the command line.
 * Plain constructors, no container: what runs is what is written here.
 */
public final class Wiring {
  /** The media type recorded for FtM entity JSON Lines sources. */
  public static final String FTM_MEDIA_TYPE = "application/x-ftm+json-lines";

  /** The folder of the bundled demo case, among the resources. */
  static final String DEMO_FOLDER = "demo/";

  private final Environment environment;

  private Wiring(Environment environment) {
    this.environment = environment;
  }

  /** The wiring for a real process: system streams, environment and clock. */
  public static Wiring standard() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    return of(System.getenv(), out, err, System.in, Clock.systemUTC());
  }

  /** The wiring with the given environment and streams (for tests and embedding). */
  public static Wiring of(
      Map<String, String> variables,
      PrintStream out,
      PrintStream err,
      InputStream stdin,
      Clock clock) {
    Model model = FtmSchemaLoader.loadDefault();
    Environment env =
        new Environment(
            SqliteWorkspace.opener(clock),
            model,
            Map.of(
                "ftm",
                Environment.ImportFormat.simple("ftm", FTM_MEDIA_TYPE, FtmRecordReader::new),
                "usaspending",
                new Environment.ImportFormat(
                    "usaspending",
                    "text/csv",
                    options -> {
                      checked(options.input(), UsaspendingRecordReader::checkHeader);
                      return new UsaspendingRecordReader();
                    }),
                "ocds",
                new Environment.ImportFormat(
                    "ocds",
                    "application/json",
                    options -> {
                      checked(options.input(), OcdsRecordReader::check);
                      return new OcdsRecordReader(model);
                    }),
                "csv",
                new Environment.ImportFormat(
                    "csv",
                    "text/csv",
                    options -> {
                      Path mapping = options.mapping();
                      if (mapping == null) {
                        throw new IllegalArgumentException(
                            "import csv needs --mapping MAPPING.yml (a FollowTheMoney mapping)");
                      }
                      return MappingRecordReader.open(mapping, options.input(), model);
                    })),
            Map.of("ftm", new Environment.ExportFormat("ftm", FtmEntityWriter::new)),
            settings ->
                new TikaDocumentFormat(
                    TikaDocumentFormat.options(
                        settings.ocr(),
                        settings.ocrLanguages(),
                        settings.maxDepth(),
                        settings.maxExpandedBytes(),
                        settings.timeout())),
            LuceneSearchIndex::open,
            new Resolution(
                IcuNameNormaliser.standard(), new CommonsTextSimilarity(), new CsvLabelledPairs()),
            clock,
            variables,
            Wiring::openDemoFile,
            new YamlMethodologyFiles(),
            out,
            err,
            stdin);
    return new Wiring(env);
  }

  /** The environment handed to the commands. */
  public Environment environment() {
    return environment;
  }

  /** A command line over this wiring. */
  public CommandLine commandLine() {
    return VigilanceCommand.commandLine(environment);
  }

  /** A check that reads a file. */
  @FunctionalInterface
  private interface FileCheck {
    void check(Path file) throws IOException;
  }

  /** Runs a format's up-front check on a named file (standard input is checked while read). */
  private static void checked(@Nullable Path input, FileCheck check) {
    if (input == null) {
      return;
    }
    try {
      check.check(input);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + input + ": " + e.getMessage(), e);
    }
  }

  static InputStream openDemoFile(String name) {
    return Objects.requireNonNull(
        Wiring.class.getResourceAsStream(DEMO_FOLDER + name),
        "the demo file " + name + " is missing from the build");
  }
}
