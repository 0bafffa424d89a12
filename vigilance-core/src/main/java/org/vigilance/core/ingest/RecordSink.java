package org.vigilance.core.ingest;

import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;

/** Receives what a {@link RecordReader} reads, record by record, in order. */
public interface RecordSink {

  /** Records up to this number were committed by an earlier run; a reader may skip them. */
  long resumeAfter();

  /**
   * A record that was read as an entity (call once per entity when a record describes several, with
   * the same record number). The sink still checks it against the model.
   *
   * @param record the record number
   * @param draft what it says
   * @param raw the record's bytes, fetched only if the sink rejects the draft, and only during this
   *     call
   */
  void accept(long record, EntityDraft draft, RawRecord raw);

  /**
   * A record that could not be read.
   *
   * @param record the record number
   * @param field the field at fault, when one is
   * @param reason why
   * @param raw the record's bytes exactly as read
   */
  void reject(long record, @Nullable String field, String reason, byte[] raw);

  /** The bytes of a record, produced on demand. */
  @FunctionalInterface
  interface RawRecord {
    /** The record's bytes exactly as read. */
    byte[] bytes();
  }
}
