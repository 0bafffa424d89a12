package org.vigilance.core.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.vigilance.core.entity.Reject;
import org.vigilance.core.evidence.Source;

/**
 * Writes the rejects of a source as a text file: for each rejected record a comment line with its
 * number, field and reason, then the record's bytes exactly as read. Fix the records and feed the
 * file back: comment lines are themselves rejected as "not JSON", so nothing is imported twice by
 * mistake.
 */
public final class RejectsFile {
  private RejectsFile() {}

  /** Writes (or rewrites) the rejects file of a source in {@code dir}; returns its path. */
  public static Path write(Path dir, Source source, List<Reject> rejects) throws IOException {
    Files.createDirectories(dir);
    String safeName = source.name().replaceAll("[^A-Za-z0-9._-]", "_");
    Path target = dir.resolve(safeName + "." + source.id().value() + ".rejects.txt");
    Path temp = Files.createTempFile(dir, ".rejects", ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
      out.write(
          ("# rejects of "
                  + source.name()
                  + " ("
                  + source.id()
                  + ", "
                  + source.blob().hash()
                  + ")\n")
              .getBytes(StandardCharsets.UTF_8));
      for (Reject reject : rejects) {
        String header =
            "# "
                + reject.locator().value().replace(':', ' ')
                + (reject.field() == null ? "" : ", field " + reject.field())
                + ": "
                + reject.reason().replace('\n', ' ')
                + "\n";
        out.write(header.getBytes(StandardCharsets.UTF_8));
        out.write(reject.raw());
        out.write('\n');
      }
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }
}
