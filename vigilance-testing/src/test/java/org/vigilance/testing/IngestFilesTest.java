package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.SchemaSpec;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.DocumentFormat;
import org.vigilance.core.ingest.IngestFiles;
import org.vigilance.core.ingest.IngestFiles.FileOutcome;
import org.vigilance.core.ingest.IngestFiles.Status;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;

/** The ingest use case over the in-memory workspace, with a plain-text document format. */
class IngestFilesTest {
  @TempDir Path dir;

  private static final Model MODEL =
      Model.builder()
          .add(
              new SchemaSpec(
                  "PlainText",
                  "Text",
                  "Texts",
                  null,
                  false,
                  true,
                  List.of(),
                  List.of(
                      property("fileName", "string"),
                      property("bodyText", "text"),
                      property("processingStatus", "string"),
                      property("processingError", "string")),
                  List.of(),
                  List.of("fileName"),
                  null,
                  null,
                  "test"))
          .vocabulary(PropertyType.COUNTRY, List.of())
          .vocabulary(PropertyType.LANGUAGE, List.of())
          .vocabulary(PropertyType.TOPIC, List.of())
          .vocabulary(PropertyType.GENDER, List.of())
          .build();

  private static SchemaSpec.PropertySpec property(String name, String type) {
    return new SchemaSpec.PropertySpec(name, name, type, null, false, null);
  }

  /** A text file is a PlainText; one that starts with "LOCKED" is recorded as a failure. */
  private static final class TextFormat implements DocumentFormat {
    final List<String> read = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public String mediaType(Path file) {
      return "text/plain";
    }

    @Override
    public RecordReader reader(String shownPath, BlobStore blobs) {
      return new RecordReader() {
        @Override
        public void read(InputStream in, RecordSink sink) throws IOException {
          byte[] bytes = in.readAllBytes();
          read.add(shownPath);
          String text = new String(bytes, StandardCharsets.UTF_8);
          Map<String, List<String>> properties =
              text.startsWith("LOCKED")
                  ? Map.of(
                      "fileName", List.of(shownPath),
                      "processingStatus", List.of("failure"),
                      "processingError", List.of("encrypted: a password is needed"))
                  : Map.of(
                      "fileName",
                      List.of(shownPath),
                      "bodyText",
                      List.of(text),
                      "processingStatus",
                      List.of("success"));
          EntityId id = EntityId.of("doc-" + ContentHash.of(bytes).hex().substring(0, 16));
          sink.accept(1, new EntityDraft(id, "PlainText", properties), () -> bytes);
        }
      };
    }
  }

  private InMemoryWorkspace ws;
  private TextFormat format;

  @BeforeEach
  void setUp() {
    ws = new InMemoryWorkspace(dir.resolve("ws"), Clock.systemUTC());
    format = new TextFormat();
  }

  private List<FileOutcome> ingest(boolean force, Path... paths) throws IOException {
    IngestFiles useCase =
        new IngestFiles(ws.blobs(), ws.sources(), ws.fragments(), MODEL, Clock.systemUTC());
    IngestFiles.Options options =
        new IngestFiles.Options(
            CollectionName.DEFAULT,
            Sensitivity.RESTRICTED,
            EvidenceGrade.E3,
            "tester",
            force,
            dir.resolve("rejects"),
            2);
    List<FileOutcome> heard = new ArrayList<>();
    List<FileOutcome> outcomes =
        useCase.run(
            IngestFiles.files(List.of(paths)), options, format, heard::add, ProgressListener.NONE);
    assertThat(heard).isEqualTo(outcomes);
    return outcomes;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void walks_a_tree_in_name_order_and_records_each_file_as_a_source() throws IOException {
    write("b/second.txt", "the second letter");
    write("a.txt", "the first letter");
    write("b/c/locked.txt", "LOCKED binary");
    write("empty.txt", "");

    List<FileOutcome> outcomes = ingest(false, dir.resolve("in"));

    assertThat(outcomes)
        .extracting(o -> dir.resolve("in").relativize(o.file()).toString(), FileOutcome::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.txt", Status.INGESTED),
            org.assertj.core.groups.Tuple.tuple("b/c/locked.txt", Status.INGESTED),
            org.assertj.core.groups.Tuple.tuple("b/second.txt", Status.INGESTED),
            org.assertj.core.groups.Tuple.tuple("empty.txt", Status.EMPTY));
    assertThat(outcomes.get(1).failed()).isEqualTo(1);
    assertThat(outcomes.get(1).reason()).isEqualTo("encrypted: a password is needed");
    assertThat(outcomes.get(0).failed()).isZero();
    assertThat(outcomes.get(0).documents()).isEqualTo(1);
    assertThat(ws.sources().list()).hasSize(3);
    assertThat(ws.sources().list()).allMatch(s -> s.importer().equals(IngestFiles.IMPORTER));
    assertThat(format.read).contains(dir.resolve("in/a.txt").toString());
  }

  @Test
  void skips_held_files_and_duplicates_unless_forced() throws IOException {
    Path a = write("a.txt", "the same words");
    Path copy = write("copy-of-a.txt", "the same words");

    assertThat(ingest(false, a, copy))
        .extracting(FileOutcome::status)
        .containsExactly(Status.INGESTED, Status.DUPLICATE);
    assertThat(ingest(false, copy)).extracting(FileOutcome::status).containsExactly(Status.HELD);
    assertThat(format.read).hasSize(1);

    List<FileOutcome> forced = ingest(true, a);
    assertThat(forced).extracting(FileOutcome::status).containsExactly(Status.INGESTED);
    assertThat(ingest(true, a)).extracting(FileOutcome::status).containsExactly(Status.INGESTED);
    assertThat(format.read).hasSize(3);
    assertThat(ws.sources().list())
        .extracting(s -> s.importer())
        .containsExactlyInAnyOrder("documents", "documents#2", "documents#3");
  }

  @Test
  void a_missing_path_fails_before_anything_is_read() throws IOException {
    Path a = write("a.txt", "words");
    assertThatThrownBy(() -> ingest(false, a, dir.resolve("nowhere")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nowhere");
    assertThat(format.read).isEmpty();
    assertThat(ws.sources().list()).isEmpty();
  }
}
