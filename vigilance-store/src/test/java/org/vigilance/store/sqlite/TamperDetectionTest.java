package org.vigilance.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.judgement.Verdict;
import org.vigilance.core.workspace.VerificationReport;
import org.vigilance.core.workspace.VerifyWorkspace;
import org.vigilance.store.blob.FileBlobStore;
import org.vigilance.testing.Fixtures;

/** Every kind of tampering with a real workspace is detected by verify and named. */
class TamperDetectionTest {
  @TempDir Path dir;
  private Path root;
  private Source source;

  @BeforeEach
  void setUp() {
    root = dir.resolve("ws");
    try (SqliteWorkspace ws = SqliteWorkspace.open(root, true, Clock.systemUTC())) {
      source = Fixtures.registerSource(ws, "a.json", "the original evidence");
      ws.fragments().append(Fixtures.batch(source.id(), 1, 1, 5));
      ws.fragments().append(Fixtures.batch(source.id(), 2, 7, 5));
      ws.fragments().append(Fixtures.batch(source.id(), 3, 13, 5));
    }
    // journal: 1 collection.created, 2 source.registered, 3-5 batches
  }

  private VerificationReport verify() throws IOException {
    try (SqliteWorkspace ws = SqliteWorkspace.open(root, false, Clock.systemUTC())) {
      return new VerifyWorkspace(ws).run(ProgressListener.NONE);
    }
  }

  private void sql(String statement) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + root.resolve("vigilance.db"));
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void an_untouched_workspace_verifies() throws IOException {
    VerificationReport report = verify();
    assertThat(report.problems()).isEmpty();
    assertThat(report.journalEntries()).isEqualTo(5);
    assertThat(report.batches()).isEqualTo(3);
    assertThat(report.fragments()).isEqualTo(15);
    assertThat(report.blobs()).isEqualTo(1);
  }

  @Test
  void a_flipped_byte_in_a_blob_is_named() throws Exception {
    Path file = new FileBlobStore(root.resolve("blobs")).pathOf(source.blob().hash());
    file.toFile().setWritable(true);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(4);
      int b = raf.read();
      raf.seek(4);
      raf.write(b ^ 0x20);
    }
    assertThat(verify().problems())
        .singleElement()
        .asString()
        .contains("blob " + source.blob().hash())
        .contains("was altered");
  }

  @Test
  void an_altered_journal_row_is_named() throws Exception {
    sql(
        "UPDATE journal SET payload = replace(payload, 'fragments=5', 'fragments=4') WHERE seq = 4");
    assertThat(verify().problems())
        .anySatisfy(
            p -> assertThat(p).startsWith("journal entry #4 (fragments.batch").contains("altered"));
  }

  @Test
  void a_deleted_journal_row_is_named() throws Exception {
    sql("DELETE FROM journal WHERE seq = 3");
    assertThat(verify().problems())
        .anySatisfy(p -> assertThat(p).contains("journal entry #3 is missing"))
        .anySatisfy(
            p -> assertThat(p).contains("batch 1 of " + source.id() + " has no journal entry"));
  }

  @Test
  void deleting_the_last_journal_row_is_caught_by_its_batch() throws Exception {
    sql("DELETE FROM journal WHERE seq = 5");
    assertThat(verify().problems())
        .anySatisfy(
            p -> assertThat(p).contains("batch 3 of " + source.id() + " has no journal entry"));
  }

  @Test
  void reordered_journal_rows_are_named() throws Exception {
    sql("UPDATE journal SET seq = -1 WHERE seq = 3");
    sql("UPDATE journal SET seq = 3 WHERE seq = 4");
    sql("UPDATE journal SET seq = 4 WHERE seq = -1");
    assertThat(verify().problems())
        .anySatisfy(p -> assertThat(p).startsWith("journal entry #3"))
        .anySatisfy(p -> assertThat(p).startsWith("journal entry #4"));
  }

  @Test
  void an_altered_fragment_is_named_by_its_batch() throws Exception {
    sql(
        "UPDATE fragments SET properties = '{\"name\":[\"Someone Else\"]}' WHERE id ="
            + " (SELECT MIN(id) + 6 FROM fragments)");
    assertThat(verify().problems())
        .singleElement()
        .asString()
        .startsWith("batch 2 of " + source.id() + " was altered");
  }

  @Test
  void a_deleted_fragment_is_named_by_its_batch() throws Exception {
    sql("DELETE FROM fragments WHERE id = (SELECT MAX(id) FROM fragments)");
    assertThat(verify().problems())
        .anySatisfy(p -> assertThat(p).startsWith("batch 3 of " + source.id() + " was altered"));
  }

  @Test
  void an_inserted_fragment_is_found() throws Exception {
    sql(
        "INSERT INTO fragments (id, batch_id, entity_id, schema, properties, locator)"
            + " VALUES (1000, 1, 'forged', 'Company', '{}', 'line:99')");
    assertThat(verify().problems())
        .anySatisfy(p -> assertThat(p).contains("1 stored fragments belong to no committed batch"));
  }

  @Test
  void an_altered_reject_is_named_by_its_batch() throws Exception {
    sql("UPDATE rejects SET reason = 'fine' WHERE batch_seq = 1");
    assertThat(verify().problems())
        .singleElement()
        .asString()
        .startsWith("batch 1 of " + source.id() + " was altered");
  }

  @Test
  void a_judgement_changed_or_deleted_in_the_database_is_named() throws Exception {
    try (SqliteWorkspace ws = SqliteWorkspace.open(root, false, Clock.systemUTC())) {
      ws.judgements()
          .record(EntityId.of("a"), EntityId.of("b"), Verdict.SAME, "tester", 0.99, "same UEI");
      ws.judgements()
          .record(EntityId.of("c"), EntityId.of("d"), Verdict.NOT_SAME, "tester", null, "");
    }
    assertThat(verify().problems()).isEmpty();
    sql("UPDATE judgements SET verdict = 'not-same' WHERE id = 1");
    sql("DELETE FROM judgements WHERE id = 2");
    assertThat(verify().problems())
        .anySatisfy(p -> assertThat(p).contains("judgement 1 was altered"))
        .anySatisfy(p -> assertThat(p).contains("judgement 2 recorded in journal entry #7"));
  }
}
