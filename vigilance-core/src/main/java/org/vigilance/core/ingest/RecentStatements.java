package org.vigilance.core.ingest;

import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;

/**
 * The last statement recorded about each of the entities an import saw most recently, so that a
 * statement a table repeats verbatim on every row is recorded once. Forgetting is harmless: a
 * forgotten repeat is recorded again.
 *
 * <p>Implementation notes. A two-way set-associative cache: each entity id maps to a set of two
 * slots, chosen by its hash; a new entity takes the slot of the set used less recently. Before it,
 * an access-ordered {@code LinkedHashMap} of the 5,000 most recent entities cost about half a
 * microsecond a record (a new node, relinking, evicting the eldest: cache misses on old objects),
 * about a sixth of the FtM import's reading thread, where no entity ever repeats. Here a record
 * that is not a repeat costs two array reads; the id hashes kept beside the slots spare reading an
 * old draft unless its id probably matches. Two ways rather than one keep two busy entities whose
 * ids share a set (a supplier and an agency on every row) from evicting each other.
 */
final class RecentStatements {
  private final @Nullable EntityDraft[] drafts;
  private final int[] hashes;
  private final boolean[] secondIsNewer;
  private final int sets;

  /** A cache of about {@code slots} slots (two a set, the sets a power of two). */
  RecentStatements(int slots) {
    int wanted = Math.max(1, slots / 2);
    this.sets = wanted <= 1 ? 1 : Integer.highestOneBit(wanted - 1) << 1;
    this.drafts = new EntityDraft[2 * sets];
    this.hashes = new int[2 * sets];
    this.secondIsNewer = new boolean[sets];
  }

  /** Whether exactly this statement (entity, schema and values) is the one remembered for it. */
  boolean contains(EntityDraft draft) {
    int hash = draft.id().value().hashCode();
    int set = set(hash);
    return holds(2 * set, hash, draft) || holds(2 * set + 1, hash, draft);
  }

  private boolean holds(int slot, int hash, EntityDraft draft) {
    EntityDraft known = drafts[slot];
    return known != null && hashes[slot] == hash && known.equals(draft);
  }

  /** Remembers this statement as the latest about its entity. */
  void remember(EntityDraft draft) {
    int hash = draft.id().value().hashCode();
    int set = set(hash);
    int first = 2 * set;
    int slot;
    if (sameEntity(first, hash, draft)) {
      slot = first;
    } else if (sameEntity(first + 1, hash, draft)) {
      slot = first + 1;
    } else {
      slot = secondIsNewer[set] ? first : first + 1; // the older of the two
    }
    drafts[slot] = draft;
    hashes[slot] = hash;
    secondIsNewer[set] = slot != first;
  }

  private boolean sameEntity(int slot, int hash, EntityDraft draft) {
    EntityDraft known = drafts[slot];
    return known != null && hashes[slot] == hash && known.id().equals(draft.id());
  }

  private int set(int hash) {
    return (hash ^ (hash >>> 16)) & (sets - 1);
  }
}
