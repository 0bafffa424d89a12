package org.vigilance.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentBatch;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.testing.Fixtures;

/**
 * The entity index is brought up to date after the batches: whatever part of the fragments it
 * covers, queries by entity, the visit in entity order and the counts see every fragment exactly
 * once.
 */
class EntityIndexTest {
  @TempDir Path dir;

  private SourceId source;
  private SqliteDatabase db;

  @BeforeEach
  void open() {
    try (SqliteWorkspace workspace = SqliteWorkspace.open(dir, true, Clock.systemUTC())) {
      source = Fixtures.registerSource(workspace, "a.ftm.json", "{}").id();
    }
    db = new SqliteDatabase(dir.resolve(SqliteWorkspace.DATABASE), Clock.systemUTC());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static FragmentBatch batch(
      SourceId source, long sequence, long firstLine, String... ids) {
    List<Fragment> fragments = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      fragments.add(Fixtures.company(source, firstLine + i, ids[i], "Company " + (firstLine + i)));
    }
    return new FragmentBatch(
        source, sequence, firstLine, firstLine + ids.length - 1, fragments, List.of());
  }

  @Test
  void queries_see_every_fragment_once_whether_indexed_or_not() {
    SqliteFragmentStore store = new SqliteFragmentStore(db, Long.MAX_VALUE);
    store.append(batch(source, 1, 1, "b", "a", "c"));
    store.settle();
    store.append(batch(source, 2, 4, "a", "d", "b"));
    // the second batch is the tail: not in the index yet
    assertThat(indexed()).isEqualTo(3);
    assertState(store);
    store.settle();
    assertThat(indexed()).isEqualTo(6);
    assertState(store);
    store.settle(); // nothing waits: adds nothing
    assertThat(indexed()).isEqualTo(6);
    assertThat(runs()).isEqualTo(2);
  }

  @Test
  void a_commit_settles_the_index_once_enough_fragments_wait() {
    SqliteFragmentStore store = new SqliteFragmentStore(db, 4);
    store.append(batch(source, 1, 1, "b", "a", "c"));
    assertThat(indexed()).isZero();
    store.append(batch(source, 2, 4, "a", "d", "b"));
    assertThat(indexed()).isEqualTo(6);
    assertState(store);
  }

  private void assertState(SqliteFragmentStore store) {
    assertThat(store.fragmentsOf(EntityId.of("a")))
        .extracting(Fragment::locator)
        .containsExactly(Locator.line(2), Locator.line(4));
    assertThat(store.fragmentsOf(EntityId.of("b")))
        .extracting(Fragment::locator)
        .containsExactly(Locator.line(1), Locator.line(6));
    assertThat(store.fragmentsOf(EntityId.of("zz"))).isEmpty();
    List<String> visited = new ArrayList<>();
    store.forEachEntity(
        (id, fragments) ->
            visited.add(
                id.value() + fragments.stream().map(f -> ":" + f.locator().value()).toList()));
    assertThat(visited)
        .containsExactly("a[:line:2, :line:4]", "b[:line:1, :line:6]", "c[:line:3]", "d[:line:5]");
    assertThat(store.counts().entities()).isEqualTo(4);
    assertThat(store.counts().fragments()).isEqualTo(6);
    assertThat(store.counts().entitiesBySchema()).isEqualTo(Map.of("Company", 4L));
  }

  private long indexed() {
    return count("SELECT COUNT(*) FROM fragments_by_entity");
  }

  private long runs() {
    return count("SELECT COUNT(*) FROM entity_index_runs");
  }

  private long count(String sql) {
    return db.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
