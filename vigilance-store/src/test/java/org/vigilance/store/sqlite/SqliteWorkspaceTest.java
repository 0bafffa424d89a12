package org.vigilance.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.workspace.WorkspaceException;
import org.vigilance.testing.Fixtures;

class SqliteWorkspaceTest {
  @TempDir Path dir;

  @Test
  void creates_the_database_in_wal_mode_with_migrations_applied() throws Exception {
    Path root = dir.resolve("ws");
    SqliteWorkspace.open(root, true, Clock.systemUTC()).close();
    assertThat(root.resolve("vigilance.db")).exists();
    assertThat(root.resolve("blobs")).isDirectory();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + root.resolve("vigilance.db"));
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
        assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
      }
      try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        assertThat(rs.getInt(1)).isEqualTo(SqliteDatabase.MIGRATIONS.size());
      }
    }
  }

  @Test
  void refuses_to_open_a_missing_workspace_unless_asked_to_create_it() {
    assertThatThrownBy(() -> SqliteWorkspace.open(dir.resolve("none"), false, Clock.systemUTC()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("no workspace at")
        .hasMessageContaining("vigilance init");
    assertThat(dir.resolve("none")).doesNotExist();
  }

  @Test
  void refuses_a_workspace_written_by_a_newer_version_and_leaves_it_untouched() throws Exception {
    Path root = dir.resolve("ws");
    SqliteWorkspace.open(root, true, Clock.systemUTC()).close();
    Path db = root.resolve("vigilance.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    byte[] before = Files.readAllBytes(db);
    assertThatThrownBy(() -> SqliteWorkspace.open(root, false, Clock.systemUTC()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("newer version of Vigilance")
        .hasMessageContaining("store version 99");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }

  @Test
  void data_survives_closing_and_reopening() {
    Path root = dir.resolve("ws");
    Source source;
    try (SqliteWorkspace ws = SqliteWorkspace.open(root, true, Clock.systemUTC())) {
      source = Fixtures.registerSource(ws, "a.json", "a");
      ws.fragments().append(Fixtures.batch(source.id(), 1, 1, 10));
    }
    try (SqliteWorkspace ws = SqliteWorkspace.open(root, false, Clock.systemUTC())) {
      assertThat(ws.sources().find(source.id())).contains(source);
      assertThat(ws.fragments().counts().fragments()).isEqualTo(10);
      assertThat(ws.journal().size()).isEqualTo(3);
    }
  }
}
