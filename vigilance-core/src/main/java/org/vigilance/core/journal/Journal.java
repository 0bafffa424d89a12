package org.vigilance.core.journal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained journal of a workspace.
 *
 * <p>Contract: {@link #append} seals the record after the current head (see {@link
 * JournalEntry#seal}) and stores it durably; entries are never changed or removed through this
 * interface. {@link #forEach} returns entries exactly as stored, ordered by their stored position,
 * so that {@link JournalChain} can detect rows that were altered, removed or reordered behind its
 * back. Implementations are thread-safe; appends are serialised.
 */
public interface Journal {

  /** Seals and stores a record; returns the sealed entry. */
  JournalEntry append(JournalRecord record);

  /** The last entry, if any. */
  Optional<JournalEntry> head();

  /** The number of entries. */
  long size();

  /** Visits every stored entry in stored order. */
  void forEach(Consumer<JournalEntry> visitor);

  /** The entries with {@code from <= seq < from + limit}, in order. */
  List<JournalEntry> range(long from, int limit);
}
