package org.vigilance.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigilance.core.evidence.BlobRef;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.ImportTotals;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceCatalog;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.journal.JournalEntry;
import org.vigilance.core.workspace.JournalRecords;
import org.vigilance.core.workspace.WorkspaceException;

/** Sources, collections and completions. Thread-safe through the database lock. */
final class SqliteSourceCatalog implements SourceCatalog {
  private static final String SOURCE_COLUMNS =
      "id, name, collection, blob, size, media_type, importer, sensitivity, grade, origin_url,"
          + " licence, captured_at, captured_by";

  private final SqliteDatabase db;

  SqliteSourceCatalog(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public void ensureCollection(CollectionName name) {
    db.write(
        c -> {
          if (exists(c, "SELECT 1 FROM collections WHERE name = ?", name.value())) {
            return false;
          }
          JournalEntry entry = db.appendJournal(c, JournalRecords.collectionCreated(name));
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO collections (name, created_at, journal_seq) VALUES (?, ?, ?)")) {
            s.setString(1, name.value());
            s.setString(2, entry.at().toString());
            s.setLong(3, entry.seq());
            s.executeUpdate();
          }
          return true;
        });
  }

  @Override
  public List<CollectionName> collections() {
    return db.read(
        c -> {
          List<CollectionName> names = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT name FROM collections ORDER BY name")) {
            while (rs.next()) {
              names.add(CollectionName.of(rs.getString(1)));
            }
          }
          return names;
        });
  }

  @Override
  public boolean register(Source source) {
    return db.write(
        c -> {
          if (exists(c, "SELECT 1 FROM sources WHERE id = ?", source.id().value())) {
            return false;
          }
          if (!exists(c, "SELECT 1 FROM collections WHERE name = ?", source.collection().value())) {
            throw new WorkspaceException(
                "collection '" + source.collection() + "' does not exist; create it first");
          }
          JournalEntry entry = db.appendJournal(c, JournalRecords.sourceRegistered(source));
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO sources ("
                      + SOURCE_COLUMNS
                      + ", journal_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, source.id().value());
            s.setString(2, source.name());
            s.setString(3, source.collection().value());
            s.setString(4, source.blob().hash().toString());
            s.setLong(5, source.blob().size());
            s.setString(6, source.mediaType());
            s.setString(7, source.importer());
            s.setString(8, source.sensitivity().label());
            s.setString(9, source.grade().name());
            s.setString(10, source.originUrl());
            s.setString(11, source.licence());
            s.setString(12, source.capturedAt().toString());
            s.setString(13, source.capturedBy());
            s.setLong(14, entry.seq());
            s.executeUpdate();
          }
          return true;
        });
  }

  @Override
  public Optional<Source> find(SourceId id) {
    return db.read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT " + SOURCE_COLUMNS + " FROM sources WHERE id = ?")) {
            s.setString(1, id.value());
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(source(rs)) : Optional.<Source>empty();
            }
          }
        });
  }

  @Override
  public List<Source> list() {
    return db.read(
        c -> {
          List<Source> sources = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT " + SOURCE_COLUMNS + " FROM sources ORDER BY journal_seq")) {
            while (rs.next()) {
              sources.add(source(rs));
            }
          }
          return sources;
        });
  }

  @Override
  public void markComplete(SourceId id, ImportTotals totals) {
    db.write(
        c -> {
          if (exists(c, "SELECT 1 FROM source_completions WHERE source_id = ?", id.value())) {
            return false;
          }
          JournalEntry entry = db.appendJournal(c, JournalRecords.importCompleted(id, totals));
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO source_completions (source_id, records, fragments, rejects,"
                      + " journal_seq) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, id.value());
            s.setLong(2, totals.records());
            s.setLong(3, totals.fragments());
            s.setLong(4, totals.rejects());
            s.setLong(5, entry.seq());
            s.executeUpdate();
          }
          return true;
        });
  }

  @Override
  public Optional<ImportTotals> completion(SourceId id) {
    return db.read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT records, fragments, rejects FROM source_completions WHERE source_id = ?")) {
            s.setString(1, id.value());
            try (ResultSet rs = s.executeQuery()) {
              return rs.next()
                  ? Optional.of(new ImportTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                  : Optional.<ImportTotals>empty();
            }
          }
        });
  }

  private static Source source(ResultSet rs) throws SQLException {
    return new Source(
        SourceId.of(rs.getString(1)),
        rs.getString(2),
        CollectionName.of(rs.getString(3)),
        new BlobRef(ContentHash.parse(rs.getString(4)), rs.getLong(5)),
        rs.getString(6),
        rs.getString(7),
        Sensitivity.parse(rs.getString(8)),
        EvidenceGrade.parse(rs.getString(9)),
        rs.getString(10),
        rs.getString(11),
        Instant.parse(rs.getString(12)),
        rs.getString(13));
  }

  static boolean exists(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }
}
