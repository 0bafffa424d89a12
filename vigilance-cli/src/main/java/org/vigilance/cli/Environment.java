package org.vigilance.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.Model;
import org.vigilance.core.ingest.DocumentFormat;
import org.vigilance.core.ingest.EntityWriter;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.methodology.MethodologyFiles;
import org.vigilance.core.resolution.Resolution;
import org.vigilance.core.search.SearchIndex;
import org.vigilance.core.workspace.WorkspaceOpener;

/**
 * What the commands need from the outside world, wired by the application: how to open a workspace,
 * the schema model, the import and export formats, the clock, the process environment and the
 * streams to write to.
 *
 * @param opener opens workspaces
 * @param model the schema model
 * @param importFormats import formats by name ({@code ftm}, ...)
 * @param exportFormats export formats by name
 * @param clock the clock
 * @param variables the process environment (for {@code VIGILANCE_WORKSPACE}, {@code USER})
 * @param documents makes the reader of documents of any kind for the given settings; throws {@link
 *     IllegalArgumentException} when the settings are wrong
 * @param searchIndex opens (creating when absent) the search index in the given folder
 * @param resolution the cross-referencing ports (name normaliser, similarities, labelled pairs)
 * @param demoFile opens a file of the bundled demo case by name ({@code case.yml} lists the others)
 * @param methodologies reads methodology and findings files, and holds the bundled methodologies
 * @param out standard output
 * @param err standard error
 * @param stdin standard input
 */
public record Environment(
    WorkspaceOpener opener,
    Model model,
    Map<String, ImportFormat> importFormats,
    Map<String, ExportFormat> exportFormats,
    Function<DocumentSettings, DocumentFormat> documents,
    Function<Path, SearchIndex> searchIndex,
    Resolution resolution,
    Clock clock,
    Map<String, String> variables,
    Function<String, InputStream> demoFile,
    MethodologyFiles methodologies,
    PrintStream out,
    PrintStream err,
    InputStream stdin) {

  /** Copies the maps. */
  public Environment {
    importFormats = Map.copyOf(importFormats);
    exportFormats = Map.copyOf(exportFormats);
    variables = Map.copyOf(variables);
  }

  /** The same environment writing to other streams (to run a command and keep what it prints). */
  public Environment withStreams(PrintStream out, PrintStream err) {
    return new Environment(
        opener,
        model,
        importFormats,
        exportFormats,
        documents,
        searchIndex,
        resolution,
        clock,
        variables,
        demoFile,
        methodologies,
        out,
        err,
        stdin);
  }

  /**
   * An import format.
   *
   * @param name its name on the command line
   * @param mediaType the media type of its files
   * @param reader makes a reader (one per import) for the given options; throws {@link
   *     IllegalArgumentException} with a clear message when the options are wrong (a bad mapping),
   *     before anything is imported
   */
  public record ImportFormat(
      String name, String mediaType, Function<ImportOptions, RecordReader> reader) {

    /** A format whose reader takes no options. */
    public static ImportFormat simple(
        String name, String mediaType, Supplier<RecordReader> reader) {
      return new ImportFormat(name, mediaType, options -> reader.get());
    }
  }

  /**
   * What the command line says about one import, for formats that need more than the bytes.
   *
   * @param input the file being imported, or null for standard input
   * @param mapping a mapping file ({@code --mapping}), when given
   */
  public record ImportOptions(@Nullable Path input, @Nullable Path mapping) {}

  /**
   * An export format.
   *
   * @param name its name on the command line
   * @param writer makes a writer over an output stream
   */
  public record ExportFormat(String name, Function<OutputStream, EntityWriter> writer) {}

  /**
   * What the command line says about reading documents.
   *
   * @param ocr {@code auto} (pages without a text layer), {@code always} or {@code never}
   * @param ocrLanguages tesseract languages joined by {@code +}, or null for the default
   * @param maxDepth the deepest nesting of archives and attachments opened
   * @param maxExpandedBytes the most bytes extracted from one file and what it contains
   * @param timeout the longest time spent on one file
   */
  public record DocumentSettings(
      String ocr,
      @Nullable String ocrLanguages,
      int maxDepth,
      long maxExpandedBytes,
      java.time.Duration timeout) {}
}
