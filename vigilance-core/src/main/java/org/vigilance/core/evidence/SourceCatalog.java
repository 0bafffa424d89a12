package org.vigilance.core.evidence;

import java.util.List;
import java.util.Optional;

/**
 * The register of sources and collections. Every write here is journalled in the same transaction.
 *
 * <p>Contract: registering is idempotent (the same source twice records it once); a source, once
 * registered, never changes; completion is recorded at most once per source. Implementations are
 * thread-safe.
 */
public interface SourceCatalog {

  /** Creates the collection if absent. */
  void ensureCollection(CollectionName name);

  /** All collections, by name. */
  List<CollectionName> collections();

  /**
   * Registers a source. Its collection must exist and its blob must already be stored.
   *
   * @return true if it was new, false if it was registered already
   */
  boolean register(Source source);

  /** The source with this id, if registered. */
  Optional<Source> find(SourceId id);

  /** All sources, oldest first. */
  List<Source> list();

  /** Records that the import of a source finished, with its totals. Idempotent. */
  void markComplete(SourceId id, ImportTotals totals);

  /** The totals recorded when the source's import finished; empty while it is unfinished. */
  Optional<ImportTotals> completion(SourceId id);
}
