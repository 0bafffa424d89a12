package org.vigilance.core.entity;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.vigilance.core.evidence.SourceId;

/**
 * Append-only storage of fragments, with the rejects of each batch.
 *
 * <p>Contract: {@link #append} applies a batch whole or not at all, together with its journal entry
 * ({@link FragmentBatch#journalRecord()}) in the same journal as the store's; once it returns, the
 * batch survives a crash of the process and of the machine. A batch whose source and sequence are
 * already stored is ignored (returns empty), so an interrupted import can be re-run. Batches of one
 * source must come in sequence order. Nothing here changes or removes a stored fragment.
 * Implementations are thread-safe; appends are serialised.
 */
public interface FragmentStore {

  /**
   * Stores a batch atomically. Same as {@code commit(stage(batch))}.
   *
   * @return what was recorded, or empty when this batch was already stored
   */
  default Optional<BatchInfo> append(FragmentBatch batch) {
    return commit(stage(batch));
  }

  /**
   * Does the part of storing a batch that needs no lock on the store (encoding it for storage), so
   * that a caller can run it on its own thread while another thread commits the previous batch.
   * Thread-safe; stores nothing.
   */
  default Staged stage(FragmentBatch batch) {
    return () -> batch;
  }

  /**
   * Stores a staged batch atomically (see the contract above).
   *
   * @return what was recorded, or empty when this batch was already stored
   */
  Optional<BatchInfo> commit(Staged staged);

  /** A batch made ready for {@link #commit} by {@link #stage}; only the store that staged it. */
  @FunctionalInterface
  interface Staged {
    /** The batch. */
    FragmentBatch batch();
  }

  /**
   * Brings the store's derived lookups (such as an index of fragments by entity) up to date with
   * every committed batch. Queries are correct without it, but may be slower until it has run; an
   * import calls it after its last batch. Stores nothing new; safe to call at any time.
   */
  default void settle() {}

  /** Every fragment about this entity, in the order they were recorded. */
  List<Fragment> fragmentsOf(EntityId id);

  /**
   * Visits every entity in id order with all its fragments; memory use is bounded by the largest
   * entity, not the store.
   */
  void forEachEntity(BiConsumer<EntityId, List<Fragment>> visitor);

  /** The last committed batch of a source. */
  Optional<BatchInfo> lastBatch(SourceId source);

  /** Every committed batch, ordered by journal position. */
  void forEachBatch(Consumer<BatchInfo> visitor);

  /**
   * The committed batches of one source, in order. The default filters {@link #forEachBatch}; a
   * store with many sources should look them up.
   */
  default void forEachBatch(SourceId source, Consumer<BatchInfo> visitor) {
    forEachBatch(
        batch -> {
          if (batch.source().equals(source)) {
            visitor.accept(batch);
          }
        });
  }

  /** The fragments of one batch, in record order. */
  List<Fragment> fragmentsOfBatch(SourceId source, long sequence);

  /** The rejects of one batch, in record order. */
  List<Reject> rejectsOfBatch(SourceId source, long sequence);

  /** Every reject of a source, in record order. */
  List<Reject> rejectsOf(SourceId source);

  /** Counts by schema and by source. */
  FragmentCounts counts();

  /** How many entities the store holds ({@code counts().entities()}, without the rest). */
  default long entityCount() {
    return counts().entities();
  }
}
