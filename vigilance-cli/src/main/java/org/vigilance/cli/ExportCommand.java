package org.vigilance.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.ingest.EntityWriter;
import org.vigilance.core.ingest.ExportEntities;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance export FORMAT}: writes every merged entity. */
@Command(name = "export", description = "Write every merged entity, in id order.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(index = "0", paramLabel = "FORMAT", description = "Output format: ftm.")
  String format = "";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  private static OutputStream nonClosing(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  @Override
  public Integer call() throws IOException {
    Environment env = root.env;
    Environment.ExportFormat exportFormat = env.exportFormats().get(format);
    if (exportFormat == null) {
      return root.unknownFormat("export", format, env.exportFormats().keySet());
    }
    try (Workspace ws = root.openWorkspace()) {
      OutputStream target = output == null ? nonClosing(env.out()) : Files.newOutputStream(output);
      long count;
      try (OutputStream out = new BufferedOutputStream(target, 1 << 16);
          EntityWriter writer = exportFormat.writer().apply(out)) {
        count =
            new ExportEntities(ws.fragments(), new EntityMerger(env.model()))
                .run(writer, root.progress());
      }
      if (output != null) {
        env.err().println("Exported " + count + " entities to " + output.toAbsolutePath());
      }
    }
    return ExitCodes.OK;
  }
}
