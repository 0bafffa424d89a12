package org.vigilance.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentBatch;
import org.vigilance.core.entity.FragmentCounts;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.entity.Reject;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.journal.JournalEntry;

/**
 * Fragments, rejects and batches. Thread-safe through the database lock.
 *
 * <p>Implementation notes. A batch's fragments get consecutive row ids, and the batch row records
 * their range, so reading a batch back for verification needs no second index on the fragments
 * table (which would slow every insert). The index of fragments by entity is a table of its own
 * ({@code fragments_by_entity}), brought up to date in one sorted pass by {@link #settle} (and by a
 * commit once enough fragments wait, see {@link #SETTLE_EVERY}): a batch's commit then appends its
 * fragments without touching thousands of scattered index pages, which made the commits of a large
 * import slow down as the index grew. Queries read the index for the fragments it covers and scan
 * the few that are newer (the tail), in one statement, so they are correct at any time.
 */
final class SqliteFragmentStore implements FragmentStore {
  /** Fragment columns joined with their batch; the order {@link #fragment} reads, then the id. */
  private static final String FRAGMENT_COLUMNS =
      "SELECT f.entity_id, f.schema, f.properties, b.source_id, f.locator, b.recorded_at,"
          + " b.recorded_by, f.id";

  /** The highest fragment id that the entity index covers (0 when it covers none). */
  private static final String INDEXED_UPTO =
      "(SELECT COALESCE(MAX(upto), 0) FROM entity_index_runs)";

  /** Fragments found through the entity index. */
  private static final String FROM_INDEXED =
      " FROM fragments_by_entity x JOIN fragments f ON f.id = x.fragment_id"
          + " JOIN batches b ON b.id = f.batch_id";

  /** Fragments not yet in the entity index (the tail), found by scanning them. */
  private static final String FROM_TAIL =
      " FROM fragments f JOIN batches b ON b.id = f.batch_id WHERE f.id > " + INDEXED_UPTO;

  private static final String FRAGMENTS_OF_ENTITY =
      FRAGMENT_COLUMNS
          + FROM_INDEXED
          + " WHERE x.entity_id = ?1 UNION ALL "
          + FRAGMENT_COLUMNS
          + FROM_TAIL
          + " AND f.entity_id = ?1 ORDER BY 8";

  private static final String FRAGMENTS_OF_BATCH =
      FRAGMENT_COLUMNS
          + " FROM batches b, fragments f"
          + " WHERE b.source_id = ? AND b.seq = ?"
          + " AND f.id BETWEEN b.first_fragment AND b.last_fragment ORDER BY f.id";

  /**
   * How many fragments may wait for the entity index before a commit brings it up to date, or a
   * quarter of the fragments already indexed if that is more: each pass may touch every page of the
   * index, so passes grow with it, and the pages written stay within a few times the index's size.
   */
  static final long SETTLE_EVERY = 250_000;

  /** Rows per multi-row INSERT: far fewer JNI calls and statement steps than one row each. */
  private static final int ROWS_PER_INSERT = 100;

  private static final String BATCH_COLUMNS =
      "source_id, seq, first_record, last_record, fragments, rejects, journal_seq";

  private final SqliteDatabase db;
  private final long settleEvery;

  SqliteFragmentStore(SqliteDatabase db) {
    this(db, SETTLE_EVERY);
  }

  /**
   * A store whose commits settle the entity index once this many fragments (or a quarter of those
   * indexed) wait for it.
   */
  SqliteFragmentStore(SqliteDatabase db, long settleEvery) {
    this.db = db;
    this.settleEvery = settleEvery;
  }

  @Override
  public Optional<BatchInfo> commit(Staged staged) {
    return db.write(c -> appendIn(c, staged.batch()));
  }

  private Optional<BatchInfo> appendIn(Connection c, FragmentBatch batch) throws SQLException {
    SourceId source = batch.source();
    // a source's batches are stored in sequence, so one look at the last one says it all
    long expected = lastBatchIn(c, source).map(BatchInfo::sequence).orElse(0L) + 1;
    if (batch.sequence() < expected) {
      return Optional.empty();
    }
    if (batch.sequence() != expected) {
      throw new IllegalArgumentException(
          "batch " + batch.sequence() + " of " + source + " is out of order: expected " + expected);
    }
    List<Fragment> fragments = batch.fragments();
    long firstId = nextId(c, "fragments");
    long lastId = firstId + fragments.size() - 1;
    Instant recordedAt = fragments.isEmpty() ? Instant.EPOCH : fragments.get(0).recordedAt();
    String recordedBy = fragments.isEmpty() ? "" : fragments.get(0).recordedBy();
    JournalEntry entry = db.appendJournal(c, batch.journalRecord());
    long batchId;
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO batches ("
                + BATCH_COLUMNS
                + ", first_fragment, last_fragment, recorded_at, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, source.value());
      insert.setLong(2, batch.sequence());
      insert.setLong(3, batch.firstRecord());
      insert.setLong(4, batch.lastRecord());
      insert.setInt(5, fragments.size());
      insert.setInt(6, batch.rejects().size());
      insert.setLong(7, entry.seq());
      insert.setLong(8, firstId);
      insert.setLong(9, lastId);
      insert.setString(10, recordedAt.toString());
      insert.setString(11, recordedBy);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        batchId = keys.getLong(1);
      }
    }
    insertFragments(c, batchId, firstId, fragments);
    long upto = indexedUpto(c);
    if (lastId - upto >= Math.max(settleEvery, upto / 4)) {
      // on the committing thread, while the importer reads on: the final settle is left small
      settleIn(c);
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO rejects (source_id, batch_seq, locator, field, reason, raw)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Reject r : batch.rejects()) {
        insert.setString(1, source.value());
        insert.setLong(2, batch.sequence());
        insert.setString(3, r.locator().value());
        insert.setString(4, r.field());
        insert.setString(5, r.reason());
        insert.setBytes(6, r.raw());
        insert.executeUpdate();
      }
    }
    return Optional.of(
        new BatchInfo(
            source,
            batch.sequence(),
            batch.firstRecord(),
            batch.lastRecord(),
            batch.fragments().size(),
            batch.rejects().size(),
            entry.seq()));
  }

  private static void insertFragments(
      Connection c, long batchId, long firstId, List<Fragment> fragments) throws SQLException {
    int full = fragments.size() / ROWS_PER_INSERT;
    int done = 0;
    if (full > 0) {
      try (PreparedStatement insert = c.prepareStatement(fragmentInsert(ROWS_PER_INSERT))) {
        for (int chunk = 0; chunk < full; chunk++) {
          bindFragments(insert, batchId, firstId, fragments, done, ROWS_PER_INSERT);
          insert.executeUpdate();
          done += ROWS_PER_INSERT;
        }
      }
    }
    int rest = fragments.size() - done;
    if (rest > 0) {
      try (PreparedStatement insert = c.prepareStatement(fragmentInsert(rest))) {
        bindFragments(insert, batchId, firstId, fragments, done, rest);
        insert.executeUpdate();
      }
    }
  }

  private static String fragmentInsert(int rows) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO fragments (id, batch_id, entity_id, schema, properties, locator) VALUES ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?)");
    }
    return sql.toString();
  }

  private static void bindFragments(
      PreparedStatement insert,
      long batchId,
      long firstId,
      List<Fragment> fragments,
      int from,
      int count)
      throws SQLException {
    int column = 1;
    for (int i = from; i < from + count; i++) {
      Fragment f = fragments.get(i);
      insert.setLong(column++, firstId + i);
      insert.setLong(column++, batchId);
      insert.setString(column++, f.entityId().value());
      insert.setString(column++, f.schema());
      insert.setString(column++, f.entity().propertiesJson());
      insert.setString(column++, f.locator().value());
    }
  }

  private static long nextId(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Brings the entity index up to date: every committed fragment not yet in it is added, in one
   * sorted pass, in its own transaction.
   */
  @Override
  public void settle() {
    db.write(
        c -> {
          settleIn(c);
          return Boolean.TRUE;
        });
  }

  private static void settleIn(Connection c) throws SQLException {
    long upto = indexedUpto(c);
    long last = nextId(c, "fragments") - 1;
    if (last <= upto) {
      return;
    }
    try (PreparedStatement index =
        c.prepareStatement(
            "INSERT INTO fragments_by_entity (entity_id, fragment_id) SELECT entity_id, id"
                + " FROM fragments WHERE id > ? AND id <= ? ORDER BY entity_id, id")) {
      index.setLong(1, upto);
      index.setLong(2, last);
      index.executeUpdate();
    }
    try (PreparedStatement run =
        c.prepareStatement("INSERT INTO entity_index_runs (upto) VALUES (?)")) {
      run.setLong(1, last);
      run.executeUpdate();
    }
  }

  private static long indexedUpto(Connection c) throws SQLException {
    return single(c, "SELECT " + INDEXED_UPTO);
  }

  @Override
  public List<Fragment> fragmentsOf(EntityId id) {
    return db.read(
        c -> {
          // one statement, so one snapshot: the indexed part and the tail never overlap
          PreparedStatement s = db.cached(c, FRAGMENTS_OF_ENTITY);
          s.setString(1, id.value());
          return fragments(s);
        });
  }

  @Override
  public void forEachEntity(BiConsumer<EntityId, List<Fragment>> visitor) {
    db.read(
        c -> {
          // SQLite merges the two arms: the index in entity order, the (usually empty) tail sorted
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      FRAGMENT_COLUMNS
                          + ", x.entity_id, x.fragment_id"
                          + FROM_INDEXED
                          + " UNION ALL "
                          + FRAGMENT_COLUMNS
                          + ", f.entity_id, f.id"
                          + FROM_TAIL
                          + " ORDER BY 9, 10")) {
            List<Fragment> group = new ArrayList<>();
            while (rs.next()) {
              Fragment f = fragment(rs);
              if (!group.isEmpty() && !group.get(0).entityId().equals(f.entityId())) {
                visitor.accept(group.get(0).entityId(), group);
                group = new ArrayList<>();
              }
              group.add(f);
            }
            if (!group.isEmpty()) {
              visitor.accept(group.get(0).entityId(), group);
            }
          }
          return Boolean.TRUE;
        });
  }

  @Override
  public Optional<BatchInfo> lastBatch(SourceId source) {
    return db.read(c -> lastBatchIn(c, source));
  }

  private static Optional<BatchInfo> lastBatchIn(Connection c, SourceId source)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + BATCH_COLUMNS
                + " FROM batches WHERE source_id = ? ORDER BY seq DESC LIMIT 1")) {
      s.setString(1, source.value());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(batch(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public void forEachBatch(Consumer<BatchInfo> visitor) {
    db.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT " + BATCH_COLUMNS + " FROM batches ORDER BY journal_seq")) {
            while (rs.next()) {
              visitor.accept(batch(rs));
            }
          }
          return Boolean.TRUE;
        });
  }

  @Override
  public void forEachBatch(SourceId source, Consumer<BatchInfo> visitor) {
    db.read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + BATCH_COLUMNS + " FROM batches WHERE source_id = ? ORDER BY seq")) {
            s.setString(1, source.value());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                visitor.accept(batch(rs));
              }
            }
          }
          return Boolean.TRUE;
        });
  }

  @Override
  public List<Fragment> fragmentsOfBatch(SourceId source, long sequence) {
    return db.read(
        c -> {
          PreparedStatement s = db.cached(c, FRAGMENTS_OF_BATCH);
          s.setString(1, source.value());
          s.setLong(2, sequence);
          return fragments(s);
        });
  }

  @Override
  public List<Reject> rejectsOfBatch(SourceId source, long sequence) {
    return rejects(
        "SELECT locator, field, reason, raw FROM rejects WHERE source_id = ? AND batch_seq = ?"
            + " ORDER BY id",
        source,
        sequence);
  }

  @Override
  public List<Reject> rejectsOf(SourceId source) {
    return rejects(
        "SELECT locator, field, reason, raw FROM rejects WHERE source_id = ? AND batch_seq >= ?"
            + " ORDER BY id",
        source,
        0);
  }

  private List<Reject> rejects(String sql, SourceId source, long sequence) {
    return db.read(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, source.value());
            s.setLong(2, sequence);
            List<Reject> rejects = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                rejects.add(
                    new Reject(
                        new Locator(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBytes(4)));
              }
            }
            return rejects;
          }
        });
  }

  @Override
  public long entityCount() {
    return db.read(c -> single(c, ENTITY_COUNT));
  }

  private static final String ENTITY_COUNT =
      "SELECT (SELECT COUNT(DISTINCT entity_id) FROM fragments_by_entity)"
          + " + (SELECT COUNT(DISTINCT f.entity_id)"
          + FROM_TAIL
          + " AND NOT EXISTS (SELECT 1 FROM fragments_by_entity x"
          + " WHERE x.entity_id = f.entity_id))";

  @Override
  public FragmentCounts counts() {
    return db.read(
        c -> {
          long entities = single(c, ENTITY_COUNT);
          long fragments = single(c, "SELECT COUNT(*) FROM fragments");
          Map<String, Long> bySchema = new HashMap<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT schema, COUNT(DISTINCT entity_id) FROM fragments GROUP BY schema")) {
            while (rs.next()) {
              bySchema.put(rs.getString(1), rs.getLong(2));
            }
          }
          Map<SourceId, Long> bySource = new HashMap<>();
          Map<SourceId, Long> rejectsBySource = new HashMap<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT source_id, SUM(fragments), SUM(rejects) FROM batches GROUP BY source_id")) {
            while (rs.next()) {
              bySource.put(SourceId.of(rs.getString(1)), rs.getLong(2));
              rejectsBySource.put(SourceId.of(rs.getString(1)), rs.getLong(3));
            }
          }
          return new FragmentCounts(entities, fragments, bySchema, bySource, rejectsBySource);
        });
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Fragment> fragments(PreparedStatement s) throws SQLException {
    List<Fragment> fragments = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        fragments.add(fragment(rs));
      }
    }
    return fragments;
  }

  private static Fragment fragment(ResultSet rs) throws SQLException {
    return new Fragment(
        new EntityDraft(
            EntityId.of(rs.getString(1)), rs.getString(2), PropertiesCodec.decode(rs.getString(3))),
        SourceId.of(rs.getString(4)),
        new Locator(rs.getString(5)),
        recordedAt(rs.getString(6)),
        rs.getString(7));
  }

  /**
   * Recording times read, as text and parsed: a batch's fragments all share one, and reading an
   * entity's fragments, or streaming entities in id order, goes from batch to batch, so the last
   * one alone would seldom match. Emptied when it holds more than {@link #INSTANTS_KEPT}.
   */
  private static final ConcurrentHashMap<String, Instant> INSTANTS = new ConcurrentHashMap<>();

  private static final int INSTANTS_KEPT = 4_096;

  private static Instant recordedAt(String text) {
    Instant known = INSTANTS.get(text);
    if (known != null) {
      return known;
    }
    Instant parsed = Instant.parse(text);
    if (INSTANTS.size() >= INSTANTS_KEPT) {
      INSTANTS.clear();
    }
    INSTANTS.put(text, parsed);
    return parsed;
  }

  private static BatchInfo batch(ResultSet rs) throws SQLException {
    return new BatchInfo(
        SourceId.of(rs.getString(1)),
        rs.getLong(2),
        rs.getLong(3),
        rs.getLong(4),
        rs.getInt(5),
        rs.getInt(6),
        rs.getLong(7));
  }
}
