package org.vigilance.ingest.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Model;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.testing.RecordingSink;

/**
 * Every file of the shared OCDS data ({@code shared/data/ocds/} beside the repository: ocdskit's
 * fixtures, the sample data, the schema) either imports, with no reject and every draft fitting the
 * model, or fails with the right message. Skipped when the folder is absent.
 */
class OcdsFixturesTest {
  private static final String NO_DATA = "(no shared OCDS data)";
  private static final Model MODEL = FtmSchemaLoader.loadDefault();

  /** The data folder: {@code shared/data/ocds} in a folder above the working directory. */
  static @Nullable Path sharedFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/ocds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  static Stream<String> files() throws IOException {
    Path folder = sharedFolder();
    if (folder == null) {
      return Stream.of(NO_DATA);
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<String> files =
          walk.filter(Files::isRegularFile)
              .map(file -> folder.relativize(file).toString().replace('\\', '/'))
              .sorted()
              .toList();
      return files.stream();
    }
  }

  /** What a file must do. */
  private sealed interface Outcome {}

  /** Imports with no reject. */
  private record Imports() implements Outcome {}

  /** Every release is rejected, for this field. */
  private record Rejected(String field) implements Outcome {}

  /** Is not OCDS: the message says so and contains this. */
  private record NotOcds(String says) implements Outcome {}

  /** The expected outcome of a file, by its path under {@code shared/data/ocds/}. */
  private static Outcome expected(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.equals("LICENSE") || name.endsWith(".md") || name.endsWith(".csv")) {
      return new NotOcds("the file is not JSON: ");
    }
    if (name.endsWith(".xlsx")) {
      return new NotOcds("it is binary");
    }
    if (path.startsWith("schema-1.1.5/schema/")) {
      return new NotOcds("a JSON object with no releases or records (keys: ");
    }
    if (path.startsWith("examples/blank-template/")) {
      // the template's ocid is "": a release-shaped object that no release can be
      return new Rejected("ocid");
    }
    return switch (name) {
      case "detect-format_array.json" -> new NotOcds("the file holds an empty JSON array");
      case "detect-format_empty.json" ->
          new NotOcds("the file holds a JSON object with no releases or records (keys: uri,");
      case "detect-format_false.json" -> new NotOcds("the file holds JSON false");
      case "detect-format_true.json" -> new NotOcds("the file holds JSON true");
      case "detect-format_null.json" -> new NotOcds("the file holds JSON null");
      case "detect-format_number.json" -> new NotOcds("the file holds a JSON number");
      case "detect-format_string.json" -> new NotOcds("the file holds a JSON string");
      case "detect-format_object.json" -> new NotOcds("the file holds an empty JSON object");
      case "detect-format_mixed.json" -> new NotOcds("line 2 holds a JSON number");
      case "encoding_ascii.json", "encoding_utf-8.json" ->
          new NotOcds("a JSON object with no releases or records (keys: char)");
      default -> new Imports();
    };
  }

  /** The file's bytes; a {@code .gz} file's are decompressed. */
  private static byte[] read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (!file.toString().endsWith(".gz")) {
      return bytes;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void imports_or_fails_with_the_right_message(String path, @TempDir Path temp) throws IOException {
    Assumptions.assumeFalse(path.equals(NO_DATA), "no shared OCDS data beside the repository");
    Path folder = Optional.ofNullable(sharedFolder()).orElseThrow();
    byte[] bytes = read(folder.resolve(path));
    Path file = Files.write(temp.resolve("input"), bytes);
    OcdsRecordReader reader = new OcdsRecordReader(MODEL);
    RecordingSink sink = new RecordingSink(reader);

    switch (expected(path)) {
      case Imports imports -> {
        OcdsRecordReader.check(file);
        reader.read(new ByteArrayInputStream(bytes), sink);
        assertThat(sink.rejects()).as("rejects").isEmpty();
        assertThat(sink.drafts()).as("drafts").isNotEmpty();
        for (EntityDraft draft : sink.drafts()) {
          assertThat(MODEL.check(draft)).as("%s", draft).isEmpty();
        }
        assertThat(sink.locators()).anyMatch(locator -> locator.contains(" record:"));
      }
      case Rejected rejected -> {
        OcdsRecordReader.check(file);
        reader.read(new ByteArrayInputStream(bytes), sink);
        assertThat(sink.drafts()).isEmpty();
        assertThat(sink.rejects())
            .isNotEmpty()
            .allSatisfy(reject -> assertThat(reject.field).isEqualTo(rejected.field()));
      }
      case NotOcds notOcds -> {
        assertThatThrownBy(() -> OcdsRecordReader.check(file))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("not OCDS: ")
            .hasMessageContaining(notOcds.says());
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), sink))
            .isInstanceOf(IOException.class)
            .hasMessageStartingWith("not OCDS: ")
            .hasMessageContaining(notOcds.says());
        assertThat(sink.events).isEmpty();
      }
    }
  }
}
