package org.vigilance.core.search;

import java.util.List;

/**
 * The search index: a projection of the store, which can be dropped and rebuilt at any time.
 *
 * <p>Contract: {@link #upsert} replaces documents by key; changes become visible to {@link #search}
 * and {@link #count} and durable only at {@link #commit}, which stores them together with the
 * watermark (the journal position up to which the store has been indexed), so that the index and
 * its watermark never disagree, even after a crash. {@link #removeAll} clears documents and
 * watermark (again at the next commit). Searches may run on other threads while one thread writes;
 * {@link #add} may be called from several threads at once (and nothing else meanwhile).
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds documents, replacing any with the same key. */
  void upsert(List<IndexDocument> documents);

  /**
   * Adds documents whose keys are not in the index (a rebuild, or the first filling of an empty
   * index): the same outcome as {@link #upsert} for such documents, without the cost of looking for
   * what they replace. Several threads may add at once. The default is {@link #upsert}.
   */
  default void add(List<IndexDocument> documents) {
    upsert(documents);
  }

  /** Removes every document of the given entities (their entity and page documents). */
  void removeEntities(List<String> entityIds);

  /** Removes every document and resets the watermark to 0. */
  void removeAll();

  /**
   * The journal sequence number up to which the store was indexed at the last commit; 0 if none.
   */
  long watermark();

  /**
   * Writes out part of what was added and is still held in memory, on the calling thread; called
   * from each adding thread once it has added its last documents, so that the writing out is shared
   * among them instead of left to {@link #commit} on one thread. Makes nothing visible or durable.
   * The default does nothing.
   */
  default void flushAdded() {}

  /** Makes every change so far visible and durable, with the given watermark. */
  void commit(long watermark);

  /** The number of committed documents. */
  long count();

  /**
   * Runs a search.
   *
   * @throws QuerySyntaxException when the query cannot be read, naming the column
   * @throws IllegalArgumentException when the cursor is not one this index gave
   */
  SearchResult search(SearchRequest request);

  @Override
  void close();
}
