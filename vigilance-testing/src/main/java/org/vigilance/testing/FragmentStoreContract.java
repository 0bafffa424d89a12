package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentBatch;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.journal.JournalEntry;
import org.vigilance.core.workspace.Workspace;

/**
 * The contract of {@link FragmentStore} (with the journal and source catalogue it shares a
 * transaction with); extend it once per adapter.
 */
public abstract class FragmentStoreContract {
  private Workspace workspace;
  private FragmentStore store;
  private SourceId source;

  /** A fresh, empty workspace. */
  protected abstract Workspace newWorkspace() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    workspace = newWorkspace();
    store = workspace.fragments();
    source = Fixtures.registerSource(workspace, "a.ftm.json", "content a").id();
  }

  @AfterEach
  void tearDown() {
    workspace.close();
  }

  @Test
  void a_batch_comes_back_exactly_with_its_rejects() {
    FragmentBatch batch = Fixtures.batch(source, 1, 1, 5);
    store.append(batch);
    assertThat(store.fragmentsOfBatch(source, 1)).isEqualTo(batch.fragments());
    assertThat(store.rejectsOfBatch(source, 1)).isEqualTo(batch.rejects());
    assertThat(store.rejectsOf(source)).isEqualTo(batch.rejects());
  }

  @Test
  void a_batch_is_journalled_with_its_digest_in_the_same_write() {
    long before = workspace.journal().size();
    FragmentBatch batch = Fixtures.batch(source, 1, 1, 3);
    BatchInfo info = store.append(batch).orElseThrow();
    JournalEntry head = workspace.journal().head().orElseThrow();
    assertThat(workspace.journal().size()).isEqualTo(before + 1);
    assertThat(info.journalSeq()).isEqualTo(head.seq());
    assertThat(head.record()).isEqualTo(batch.journalRecord());
    assertThat(head.record().field("digest")).contains(batch.digest().toString());
    assertThat(info).isEqualTo(new BatchInfo(source, 1, 1, 4, 3, 1, head.seq()));
  }

  @Test
  void appending_a_stored_batch_again_adds_nothing() {
    FragmentBatch batch = Fixtures.batch(source, 1, 1, 4);
    assertThat(store.append(batch)).isPresent();
    long journalSize = workspace.journal().size();
    assertThat(store.append(batch)).isEmpty();
    assertThat(store.counts().fragments()).isEqualTo(4);
    assertThat(workspace.journal().size()).isEqualTo(journalSize);
  }

  @Test
  void a_batch_out_of_sequence_is_refused_and_stores_nothing() {
    assertThatThrownBy(() -> store.append(Fixtures.batch(source, 2, 1, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of order");
    assertThat(store.counts().fragments()).isZero();
    assertThat(store.lastBatch(source)).isEmpty();
  }

  @Test
  void a_batch_that_fails_midway_leaves_no_trace() {
    SourceId unregistered = SourceId.of("src-000000000000000000000000");
    long journalSize = workspace.journal().size();
    assertThatThrownBy(() -> store.append(Fixtures.batch(unregistered, 1, 1, 10)))
        .isInstanceOf(RuntimeException.class);
    assertThat(store.counts().fragments()).isZero();
    assertThat(store.rejectsOf(unregistered)).isEmpty();
    assertThat(workspace.journal().size()).isEqualTo(journalSize);
  }

  @Test
  void last_batch_and_batches_follow_the_commits() {
    store.append(Fixtures.batch(source, 1, 1, 2));
    store.append(Fixtures.batch(source, 2, 4, 2));
    assertThat(store.lastBatch(source))
        .hasValueSatisfying(b -> assertThat(b.sequence()).isEqualTo(2));
    List<BatchInfo> batches = new ArrayList<>();
    store.forEachBatch(batches::add);
    assertThat(batches).extracting(BatchInfo::sequence).containsExactly(1L, 2L);
    assertThat(batches.get(1).firstRecord()).isEqualTo(4);
    assertThat(batches.get(1).lastRecord()).isEqualTo(6);
  }

  @Test
  void batches_of_a_source_are_its_own_in_order() {
    SourceId other = Fixtures.registerSource(workspace, "b.ftm.json", "content b").id();
    store.append(Fixtures.batch(source, 1, 1, 2));
    store.append(
        new FragmentBatch(
            other, 1, 1, 1, List.of(Fixtures.company(other, 1, "acme", "ACME")), List.of()));
    store.append(Fixtures.batch(source, 2, 4, 2));
    List<BatchInfo> mine = new ArrayList<>();
    store.forEachBatch(source, mine::add);
    assertThat(mine).extracting(BatchInfo::sequence).containsExactly(1L, 2L);
    assertThat(mine).extracting(BatchInfo::source).containsOnly(source);
    List<BatchInfo> theirs = new ArrayList<>();
    store.forEachBatch(other, theirs::add);
    assertThat(theirs).extracting(BatchInfo::source).containsExactly(other);
  }

  @Test
  void fragments_of_an_entity_come_from_every_source_in_recorded_order() {
    SourceId other = Fixtures.registerSource(workspace, "b.ftm.json", "content b").id();
    store.append(
        new FragmentBatch(
            source, 1, 1, 1, List.of(Fixtures.company(source, 1, "acme", "ACME")), List.of()));
    store.append(
        new FragmentBatch(
            other, 1, 7, 7, List.of(Fixtures.company(other, 7, "acme", "Acme Inc")), List.of()));
    List<Fragment> fragments = store.fragmentsOf(EntityId.of("acme"));
    assertThat(fragments).extracting(Fragment::source).containsExactly(source, other);
    assertThat(store.fragmentsOf(EntityId.of("nobody"))).isEmpty();
  }

  @Test
  void entities_are_visited_in_id_order_with_all_their_fragments() {
    SourceId other = Fixtures.registerSource(workspace, "b.ftm.json", "content b").id();
    store.append(
        new FragmentBatch(
            source,
            1,
            1,
            3,
            List.of(
                Fixtures.company(source, 1, "b", "B"),
                Fixtures.company(source, 2, "a", "A"),
                Fixtures.company(source, 3, "c", "C")),
            List.of()));
    store.append(
        new FragmentBatch(
            other, 1, 1, 1, List.of(Fixtures.company(other, 1, "b", "B two")), List.of()));
    Map<String, Integer> seen = new java.util.LinkedHashMap<>();
    store.forEachEntity((id, list) -> seen.put(id.value(), list.size()));
    assertThat(seen).containsExactly(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 1));
  }

  @Test
  void counts_group_by_schema_and_source() {
    store.append(Fixtures.batch(source, 1, 1, 3));
    var counts = store.counts();
    assertThat(counts.entities()).isEqualTo(3);
    assertThat(counts.fragments()).isEqualTo(3);
    assertThat(counts.entitiesBySchema()).containsEntry("Company", 3L);
    assertThat(counts.fragmentsBySource()).containsEntry(source, 3L);
    assertThat(counts.rejectsBySource()).containsEntry(source, 1L);
    assertThat(store.entityCount()).isEqualTo(3);
  }
}
