package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.SchemaSpec;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.EmptyInputException;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ImportRequest;
import org.vigilance.core.ingest.ImportSource;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;
import org.vigilance.core.workspace.VerifyWorkspace;

/** The import use case over the in-memory workspace, with a simple line format. */
class ImportSourceTest {
  @TempDir Path dir;

  private static final Model MODEL =
      Model.builder()
          .add(
              new SchemaSpec(
                  "Company",
                  "Company",
                  "Companies",
                  null,
                  false,
                  true,
                  List.of(),
                  List.of(new SchemaSpec.PropertySpec("name", "Name", "name", null, false, null)),
                  List.of(),
                  List.of("name"),
                  null,
                  null,
                  "test"))
          .vocabulary(PropertyType.COUNTRY, List.of())
          .vocabulary(PropertyType.LANGUAGE, List.of())
          .vocabulary(PropertyType.TOPIC, List.of())
          .vocabulary(PropertyType.GENDER, List.of())
          .build();

  /** Lines "id schema name"; a line starting with '!' is unreadable. Fails after {@code failAt}. */
  private static final class LineReader implements RecordReader {
    private final long failAt;

    LineReader(long failAt) {
      this.failAt = failAt;
    }

    @Override
    public void read(InputStream in, RecordSink sink) throws IOException {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        long number = i + 1L;
        if (number > failAt) {
          throw new IOException("simulated crash at line " + number);
        }
        String line = lines[i];
        if (line.isBlank() || number <= sink.resumeAfter()) {
          continue;
        }
        byte[] raw = line.getBytes(StandardCharsets.UTF_8);
        if (line.startsWith("!")) {
          sink.reject(number, null, "unreadable", raw);
          continue;
        }
        String[] parts = line.split(" ", 3);
        sink.accept(
            number,
            new EntityDraft(EntityId.of(parts[0]), parts[1], Map.of("name", List.of(parts[2]))),
            () -> raw);
      }
    }
  }

  private static String input(int records) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= records; i++) {
      text.append(i % 10 == 0 ? "!broken line " + i : "co-" + i + " Company Company " + i);
      text.append('\n');
    }
    return text.toString();
  }

  private ImportRequest request(List<BatchInfo> commits) {
    return new ImportRequest(
        "input.txt",
        "lines",
        "text/plain",
        CollectionName.DEFAULT,
        Sensitivity.PUBLIC,
        EvidenceGrade.E3,
        null,
        null,
        "tester",
        7,
        dir.resolve("rejects"),
        commits::add);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private ImportOutcome run(InMemoryWorkspace ws, String text, long failAt, List<BatchInfo> commits)
      throws IOException {
    return new ImportSource(ws.blobs(), ws.sources(), ws.fragments(), MODEL, Clock.systemUTC())
        .run(request(commits), stream(text), new LineReader(failAt), ProgressListener.NONE);
  }

  @Test
  void imports_in_batches_and_keeps_rejects_with_their_line() throws IOException {
    InMemoryWorkspace ws = new InMemoryWorkspace(dir, Clock.systemUTC());
    List<BatchInfo> commits = new ArrayList<>();
    ImportOutcome outcome = run(ws, input(50), Long.MAX_VALUE, commits);
    assertThat(outcome.totals().fragments()).isEqualTo(45);
    assertThat(outcome.totals().rejects()).isEqualTo(5);
    assertThat(commits).hasSize(8);
    assertThat(commits)
        .allSatisfy(b -> assertThat(b.fragments() + b.rejects()).isLessThanOrEqualTo(7));
    assertThat(outcome.rejectsFile()).isPresent();
    String rejects = Files.readString(outcome.rejectsFile().orElseThrow());
    assertThat(rejects).contains("# line 10: unreadable\n!broken line 10\n");
    assertThat(new VerifyWorkspace(ws).run(ProgressListener.NONE).problems()).isEmpty();
  }

  @Test
  void a_model_violation_is_rejected_with_its_field() throws IOException {
    InMemoryWorkspace ws = new InMemoryWorkspace(dir, Clock.systemUTC());
    ImportOutcome outcome = run(ws, "a Company A\nb Vessel B\n", Long.MAX_VALUE, new ArrayList<>());
    assertThat(outcome.totals().fragments()).isEqualTo(1);
    assertThat(ws.fragments().rejectsOf(outcome.source().id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.field()).isEqualTo("schema");
              assertThat(r.reason()).isEqualTo("unknown schema 'Vessel'");
              assertThat(new String(r.raw(), StandardCharsets.UTF_8)).isEqualTo("b Vessel B");
            });
  }

  @Test
  void importing_the_same_bytes_again_adds_nothing() throws IOException {
    InMemoryWorkspace ws = new InMemoryWorkspace(dir, Clock.systemUTC());
    run(ws, input(30), Long.MAX_VALUE, new ArrayList<>());
    long journal = ws.journal().size();
    ImportOutcome again = run(ws, input(30), Long.MAX_VALUE, new ArrayList<>());
    assertThat(again.alreadyImported()).isTrue();
    assertThat(again.addedFragments()).isZero();
    assertThat(ws.fragments().counts().fragments()).isEqualTo(27);
    assertThat(ws.journal().size()).isEqualTo(journal);
  }

  @Test
  void an_interrupted_import_resumes_after_the_last_batch_without_duplicates() throws IOException {
    InMemoryWorkspace ws = new InMemoryWorkspace(dir, Clock.systemUTC());
    assertThatThrownBy(() -> run(ws, input(100), 40, new ArrayList<>()))
        .hasMessageContaining("simulated crash");
    long partial = ws.fragments().counts().fragments();
    assertThat(partial).isBetween(1L, 40L);
    ImportOutcome resumed = run(ws, input(100), Long.MAX_VALUE, new ArrayList<>());
    assertThat(resumed.resumedAfter()).isPositive();
    assertThat(resumed.totals().fragments()).isEqualTo(90);
    assertThat(ws.fragments().counts().fragments()).isEqualTo(90);
    assertThat(ws.fragments().counts().entities()).isEqualTo(90);
    assertThat(new VerifyWorkspace(ws).run(ProgressListener.NONE).problems()).isEmpty();
  }

  /** Each line "n" describes three entities; fails after {@code failAt} lines. */
  private static final class TripleReader implements RecordReader {
    private final long failAt;

    TripleReader(long failAt) {
      this.failAt = failAt;
    }

    @Override
    public String recordKind() {
      return "row";
    }

    @Override
    public void read(InputStream in, RecordSink sink) throws IOException {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        long number = i + 1L;
        if (number > failAt) {
          throw new IOException("simulated crash at row " + number);
        }
        if (lines[i].isBlank() || number <= sink.resumeAfter()) {
          continue;
        }
        for (String part : List.of("a", "b", "c")) {
          sink.accept(
              number,
              new EntityDraft(
                  EntityId.of(part + lines[i]), "Company", Map.of("name", List.of(part))),
              () -> new byte[0]);
        }
      }
    }
  }

  @Test
  void a_record_with_several_entities_is_never_split_across_batches() throws IOException {
    InMemoryWorkspace ws = new InMemoryWorkspace(dir, Clock.systemUTC());
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      text.append(i).append('\n');
    }
    List<BatchInfo> commits = new ArrayList<>();
    ImportSource useCase =
        new ImportSource(ws.blobs(), ws.sources(), ws.fragments(), MODEL, Clock.systemUTC());
    assertThatThrownBy(
            () ->
                useCase.run(
                    request(commits),
                    stream(text.toString()),
                    new TripleReader(17),
                    ProgressListener.NONE))
        .hasMessageContaining("simulated crash");
    assertThat(commits).allSatisfy(b -> assertThat(b.fragments() % 3).isZero());
    ImportOutcome outcome =
        useCase.run(
            request(new ArrayList<>()),
            stream(text.toString()),
            new TripleReader(Long.MAX_VALUE),
            ProgressListener.NONE);
    assertThat(outcome.totals().fragments()).isEqualTo(90);
    assertThat(ws.fragments().counts().entities()).isEqualTo(90);
    assertThat(ws.fragments().fragmentsOf(EntityId.of("b17")))
        .singleElement()
        .satisfies(f -> assertThat(f.locator().value()).isEqualTo("row:17"));
  }

  @Test
  void a_statement_repeated_verbatim_is_recorded_at_its_first_occurrence_only() throws IOException {
    InMemoryWorkspace ws = new InMemoryWorkspace(dir, Clock.systemUTC());
    ImportOutcome outcome =
        run(
            ws,
            "agency Company Border Agency\nagency Company Border Agency\n"
                + "agency Company Border Agency, renamed\n",
            Long.MAX_VALUE,
            new ArrayList<>());
    assertThat(outcome.totals().fragments()).isEqualTo(2);
    assertThat(ws.fragments().fragmentsOf(EntityId.of("agency")))
        .extracting(f -> f.locator().value())
        .containsExactly("line:1", "line:3");
  }

  @Test
  void empty_input_is_refused_and_registers_nothing() {
    InMemoryWorkspace ws = new InMemoryWorkspace(dir, Clock.systemUTC());
    assertThatThrownBy(() -> run(ws, "", Long.MAX_VALUE, new ArrayList<>()))
        .isInstanceOf(EmptyInputException.class)
        .hasMessageContaining("input.txt is empty (0 bytes)");
    assertThat(ws.sources().list()).isEmpty();
  }

  @Test
  void blank_lines_only_make_an_empty_source() throws IOException {
    InMemoryWorkspace ws = new InMemoryWorkspace(dir, Clock.systemUTC());
    ImportOutcome outcome = run(ws, "\n\n  \n", Long.MAX_VALUE, new ArrayList<>());
    assertThat(outcome.isEmpty()).isTrue();
  }
}
