package org.vigilance.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigilance.core.journal.Journal;
import org.vigilance.core.journal.JournalEntry;
import org.vigilance.core.journal.JournalRecord;

/** The journal table. Thread-safe through the database lock. */
final class SqliteJournal implements Journal {
  private final SqliteDatabase db;

  SqliteJournal(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public JournalEntry append(JournalRecord record) {
    return db.write(c -> db.appendJournal(c, record));
  }

  @Override
  public Optional<JournalEntry> head() {
    return db.read(SqliteDatabase::head);
  }

  @Override
  public long size() {
    return db.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM journal")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public void forEach(Consumer<JournalEntry> visitor) {
    db.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT seq, at, kind, subject, payload, prev_hash, hash FROM journal"
                          + " ORDER BY rowid")) {
            while (rs.next()) {
              visitor.accept(SqliteDatabase.journalEntry(rs));
            }
          }
          return Boolean.TRUE;
        });
  }

  @Override
  public List<JournalEntry> range(long from, int limit) {
    return db.read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT seq, at, kind, subject, payload, prev_hash, hash FROM journal"
                      + " WHERE seq >= ? ORDER BY seq LIMIT ?")) {
            s.setLong(1, from);
            s.setInt(2, limit);
            List<JournalEntry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                entries.add(SqliteDatabase.journalEntry(rs));
              }
            }
            return entries;
          }
        });
  }
}
