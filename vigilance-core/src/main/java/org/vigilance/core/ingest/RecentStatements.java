package org.vigilance.core.ingest;

import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;

/**
 * The last statement recorded about each of the entities an import saw most recently, so that a
 * statement a table repeats verbatim on every row is recorded once. Forgetting is harmless: a
 * forgotten repeat is recorded again.
 *
 * <p>Implementation notes. A direct-mapped cache: each entity id has one slot, chosen by its hash,
 * and a newer entity whose id lands in the same slot takes it. Before it, an access-ordered {@code
 * LinkedHashMap} of the 5,000 most recent entities cost about half a microsecond a record (a new
 * node, relinking, evicting the eldest: cache misses on old objects), about a sixth of the FtM
 * import's reading thread, where no entity ever repeats. Here a record that is not a repeat costs
 * one array read; the id hashes kept beside the slots spare reading an old draft unless its id
 * probably matches.
 */
final class RecentStatements {
  private final @Nullable EntityDraft[] drafts;
  private final int[] hashes;
  private final int mask;

  /** A cache of {@code slots} slots, rounded up to a power of two. */
  RecentStatements(int slots) {
    int size = slots <= 1 ? 1 : Integer.highestOneBit(slots - 1) << 1;
    this.drafts = new EntityDraft[size];
    this.hashes = new int[size];
    this.mask = size - 1;
  }

  /** Whether exactly this statement (entity, schema and values) is the one remembered for it. */
  boolean contains(EntityDraft draft) {
    int hash = draft.id().value().hashCode();
    int slot = slot(hash);
    EntityDraft known = drafts[slot];
    return known != null && hashes[slot] == hash && known.equals(draft);
  }

  /** Remembers this statement as the latest about its entity. */
  void remember(EntityDraft draft) {
    int hash = draft.id().value().hashCode();
    int slot = slot(hash);
    drafts[slot] = draft;
    hashes[slot] = hash;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }
}
