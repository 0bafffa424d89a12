package org.vigilance.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.journal.JournalEntry;
import org.vigilance.core.judgement.Judgement;
import org.vigilance.core.judgement.JudgementStore;
import org.vigilance.core.judgement.Verdict;

/** Judgements in the {@code judgements} table. Thread-safe through the database lock. */
final class SqliteJudgementStore implements JudgementStore {
  private static final String COLUMNS =
      "id, left_id, right_id, verdict, judged_by, judged_at, score, reason, withdraws, journal_seq";

  private final SqliteDatabase db;

  SqliteJudgementStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Judgement record(
      EntityId a, EntityId b, Verdict verdict, String by, @Nullable Double score, String reason) {
    if (verdict == Verdict.WITHDRAWN) {
      throw new IllegalArgumentException("use withdraw to take a judgement back");
    }
    if (a.equals(b)) {
      throw new IllegalArgumentException("a judgement joins two different entities, not " + a);
    }
    EntityId left = a.compareTo(b) < 0 ? a : b;
    EntityId right = a.compareTo(b) < 0 ? b : a;
    return db.write(c -> insert(c, left, right, verdict, by, score, reason, 0));
  }

  @Override
  public Judgement withdraw(long id, String by, String reason) {
    return db.write(
        c -> {
          Judgement target =
              find(c, id).orElseThrow(() -> new IllegalArgumentException("no judgement " + id));
          if (target.verdict() == Verdict.WITHDRAWN) {
            throw new IllegalArgumentException("judgement " + id + " is itself a withdrawal");
          }
          Optional<Judgement> latest = latest(c, target.left(), target.right());
          if (latest.isEmpty() || latest.get().id() != id) {
            throw new IllegalArgumentException(
                "judgement " + id + " is no longer the current judgement of its pair");
          }
          return insert(
              c, target.left(), target.right(), Verdict.WITHDRAWN, by, target.score(), reason, id);
        });
  }

  private Judgement insert(
      Connection c,
      EntityId left,
      EntityId right,
      Verdict verdict,
      String by,
      @Nullable Double score,
      String reason,
      long withdraws)
      throws SQLException {
    long id;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM judgements")) {
      rs.next();
      id = rs.getLong(1);
    }
    String oneLineBy = Judgement.oneLine(by);
    String oneLineReason = Judgement.oneLine(reason);
    JournalEntry entry =
        db.appendJournal(
            c,
            Judgement.journalRecord(
                id, left, right, verdict, oneLineBy, score, oneLineReason, withdraws));
    Judgement j =
        new Judgement(
            id,
            left,
            right,
            verdict,
            oneLineBy,
            entry.at(),
            score,
            oneLineReason,
            withdraws,
            entry.seq());
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO judgements (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, j.id());
      s.setString(2, left.value());
      s.setString(3, right.value());
      s.setString(4, verdict.label());
      s.setString(5, j.by());
      s.setString(6, j.at().toString());
      if (score == null) {
        s.setNull(7, Types.REAL);
      } else {
        s.setDouble(7, score);
      }
      s.setString(8, j.reason());
      s.setLong(9, withdraws);
      s.setLong(10, j.journalSeq());
      s.executeUpdate();
    }
    return j;
  }

  private static Optional<Judgement> find(Connection c, long id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + COLUMNS + " FROM judgements WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(judgement(rs)) : Optional.empty();
      }
    }
  }

  private static Optional<Judgement> latest(Connection c, EntityId left, EntityId right)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM judgements WHERE left_id = ? AND right_id = ? ORDER BY id DESC LIMIT 1")) {
      s.setString(1, left.value());
      s.setString(2, right.value());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(judgement(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public List<Judgement> list() {
    return db.read(
        c -> {
          List<Judgement> all = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM judgements ORDER BY id")) {
            while (rs.next()) {
              all.add(judgement(rs));
            }
          }
          return all;
        });
  }

  private static Judgement judgement(ResultSet rs) throws SQLException {
    double score = rs.getDouble(7);
    Double boxed = rs.wasNull() ? null : score;
    return new Judgement(
        rs.getLong(1),
        EntityId.of(rs.getString(2)),
        EntityId.of(rs.getString(3)),
        Verdict.parse(rs.getString(4)),
        rs.getString(5),
        Instant.parse(rs.getString(6)),
        boxed,
        rs.getString(8),
        rs.getLong(9),
        rs.getLong(10));
  }
}
