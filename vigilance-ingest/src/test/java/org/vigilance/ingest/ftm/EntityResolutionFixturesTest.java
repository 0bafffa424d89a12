package org.vigilance.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Model;
import org.vigilance.testing.RecordingSink;

/**
 * Reads the FtM entity files of the shared entity-resolution data set ({@code
 * shared/data/entity-resolution/}, beside the repository), when it is there.
 */
class EntityResolutionFixturesTest {

  /** The data folder: {@code ../shared/data/entity-resolution} from the repository root. */
  private static @Nullable Path dataFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/entity-resolution");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void reads_every_entity_file_without_syntax_rejects() throws IOException {
    Path folder = dataFolder();
    Assumptions.assumeTrue(
        folder != null && Files.exists(folder), "no shared entity-resolution data");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(
                  f -> {
                    String name = f.getFileName().toString();
                    return name.endsWith(".json")
                        || name.endsWith(".ijson")
                        || name.endsWith(".jsonl");
                  })
              .sorted()
              .toList();
    }
    Assumptions.assumeFalse(files.isEmpty(), "no FtM entity files in " + folder);
    Model model = FtmSchemaLoader.loadDefault();

    for (Path file : files) {
      RecordingSink sink = new RecordingSink();
      try (InputStream in = Files.newInputStream(file)) {
        new FtmRecordReader().read(in, sink);
      }

      assertThat(sink.rejects())
          .as("rejects in %s", file)
          .noneSatisfy(r -> assertThat(r.reason).startsWith("not JSON"));
      assertThat(sink.rejects()).as("rejects in %s", file).isEmpty();
      assertThat(sink.drafts()).as("entities in %s", file).isNotEmpty();
      for (EntityDraft draft : sink.drafts()) {
        assertThat(model.check(draft)).as("%s in %s", draft, file).isEmpty();
      }
    }
  }
}
