package org.vigilance.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.journal.JournalEntry;
import org.vigilance.core.journal.JournalRecord;
import org.vigilance.core.workspace.WorkspaceException;

/**
 * One SQLite connection with its migrations, transactions and the journal's append step, shared by
 * the store's ports. Every method holds the instance lock, so the ports are thread-safe.
 *
 * <p>Implementation notes. WAL mode with {@code synchronous=FULL}: a commit returns only after the
 * WAL is fsynced, so a committed batch survives a power cut (see docs/adr/0002-embedded-store.md).
 * Write transactions begin IMMEDIATE, so the journal head read inside one cannot be raced by
 * another process.
 */
final class SqliteDatabase implements AutoCloseable {
  /** The migrations, in order; the store schema version is their count. */
  static final List<String> MIGRATIONS = List.of("V1__workspace.sql", "V2__judgements.sql");

  private final Connection connection;
  private final Clock clock;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  SqliteDatabase(Path file, Clock clock) {
    this.clock = clock;
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setBusyTimeout(30_000);
    config.enforceForeignKeys(true);
    config.setCacheSize(
        -256_000); // 256 MB of page cache (native memory): index inserts stay in memory
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "10000"); // fewer, larger checkpoints
    try {
      this.connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new WorkspaceException("cannot open " + file + ": " + e.getMessage(), e);
    }
    migrate(file);
  }

  private void migrate(Path file) {
    try {
      int version;
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        version = rs.next() ? rs.getInt(1) : 0;
      }
      if (version > MIGRATIONS.size()) {
        throw new WorkspaceException(
            file
                + " was written by a newer version of Vigilance (store version "
                + version
                + "; this version knows up to "
                + MIGRATIONS.size()
                + "). Use a newer Vigilance; nothing was changed.");
      }
      for (int i = version; i < MIGRATIONS.size(); i++) {
        String script = readScript(MIGRATIONS.get(i));
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
          for (String sql : script.split(";\\s*\\n", -1)) {
            if (!sql.isBlank()) {
              s.execute(sql);
            }
          }
          s.execute("PRAGMA user_version = " + (i + 1));
          connection.commit();
        } catch (SQLException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new WorkspaceException("cannot migrate " + file + ": " + e.getMessage(), e);
    }
  }

  private static String readScript(String name) {
    try (InputStream in = SqliteDatabase.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("migration " + name + " is missing from the build");
      }
      StringBuilder sql = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        int comment = line.indexOf("--");
        sql.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
      }
      return sql.toString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name, e);
    }
  }

  /** Work inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs work in one write transaction: all of it is committed, or none. */
  synchronized <T> T write(Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new WorkspaceException("store write failed: " + e.getMessage(), e);
    }
  }

  /** Runs read-only work. */
  synchronized <T> T read(Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new WorkspaceException("store read failed: " + e.getMessage(), e);
    }
  }

  /** Seals a record after the current head and inserts it; call inside {@link #write}. */
  JournalEntry appendJournal(Connection c, JournalRecord record) throws SQLException {
    JournalEntry previous = head(c).orElse(null);
    JournalEntry entry = JournalEntry.seal(previous, record, nextInstant(previous));
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO journal (seq, at, kind, subject, payload, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, entry.seq());
      insert.setString(2, entry.at().toString());
      insert.setString(3, record.kind());
      insert.setString(4, record.subject());
      insert.setString(5, record.payload());
      insert.setString(6, entry.previousHash().toString());
      insert.setString(7, entry.hash().toString());
      insert.executeUpdate();
    }
    return entry;
  }

  private Instant nextInstant(@Nullable JournalEntry previous) {
    Instant now = clock.instant();
    // keep journal time monotonic even if the wall clock steps back
    return previous != null && now.isBefore(previous.at()) ? previous.at() : now;
  }

  static Optional<JournalEntry> head(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT seq, at, kind, subject, payload, prev_hash, hash FROM journal"
                    + " ORDER BY seq DESC LIMIT 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.of(journalEntry(rs)) : Optional.empty();
    }
  }

  static JournalEntry journalEntry(ResultSet rs) throws SQLException {
    return new JournalEntry(
        rs.getLong(1),
        Instant.parse(rs.getString(2)),
        new JournalRecord(rs.getString(3), rs.getString(4), rs.getString(5)),
        ContentHash.parse(rs.getString(6)),
        ContentHash.parse(rs.getString(7)));
  }

  Clock clock() {
    return clock;
  }

  /**
   * A statement prepared once on this database's connection and kept until {@link #close}, for a
   * query run very often (preparing it took most of the time of looking up one entity's fragments).
   * Only inside {@link #read} or {@link #write}, which hold the connection's lock; the caller
   * closes its result sets (which resets the statement) but never the statement.
   */
  PreparedStatement cached(Connection c, String sql) throws SQLException {
    if (c != connection) {
      throw new IllegalArgumentException("not this database's connection");
    }
    PreparedStatement s = statements.get(sql);
    if (s == null || s.isClosed()) {
      s = c.prepareStatement(sql);
      statements.put(sql, s);
    }
    return s;
  }

  @Override
  public synchronized void close() {
    try {
      for (PreparedStatement s : statements.values()) {
        s.close();
      }
      statements.clear();
      connection.close();
    } catch (SQLException e) {
      throw new WorkspaceException("cannot close the store: " + e.getMessage(), e);
    }
  }
}
