package org.vigilance.core.entity;

import java.util.Map;
import org.vigilance.core.evidence.SourceId;

/**
 * Counts over a fragment store.
 *
 * @param entities distinct entity ids
 * @param fragments fragments
 * @param entitiesBySchema distinct entity ids per asserted schema (an entity asserted under two
 *     schemata counts under both)
 * @param fragmentsBySource fragments per source
 * @param rejectsBySource rejects per source
 */
public record FragmentCounts(
    long entities,
    long fragments,
    Map<String, Long> entitiesBySchema,
    Map<SourceId, Long> fragmentsBySource,
    Map<SourceId, Long> rejectsBySource) {

  /** Copies the maps. */
  public FragmentCounts {
    entitiesBySchema = Map.copyOf(entitiesBySchema);
    fragmentsBySource = Map.copyOf(fragmentsBySource);
    rejectsBySource = Map.copyOf(rejectsBySource);
  }
}
