package org.vigilance.core.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.ContentHash;

/**
 * A sealed journal entry: a record with its place in the chain.
 *
 * @param seq position in the journal, from 1, without gaps
 * @param at when it was written
 * @param record what it says
 * @param previousHash the hash of the entry before it ({@link #GENESIS} for the first)
 * @param hash SHA-256(previous hash ‖ canonical bytes of seq, time, kind, subject, payload)
 */
public record JournalEntry(
    long seq, Instant at, JournalRecord record, ContentHash previousHash, ContentHash hash) {

  /** The previous hash of the first entry. */
  public static final ContentHash GENESIS = new ContentHash("0".repeat(64));

  /** Seals a record after the given entry (or as the first one when {@code previous} is null). */
  public static JournalEntry seal(
      @Nullable JournalEntry previous, JournalRecord record, Instant at) {
    long seq = previous == null ? 1 : previous.seq() + 1;
    ContentHash prev = previous == null ? GENESIS : previous.hash();
    return new JournalEntry(seq, at, record, prev, computeHash(seq, at, record, prev));
  }

  /** The hash this entry should have, given its contents and its previous hash. */
  public ContentHash expectedHash() {
    return computeHash(seq, at, record, previousHash);
  }

  static ContentHash computeHash(
      long seq, Instant at, JournalRecord record, ContentHash previousHash) {
    MessageDigest digest = ContentHash.newDigest();
    digest.update(previousHash.hex().getBytes(StandardCharsets.US_ASCII));
    new Canonical()
        .number(seq)
        .text(at.toString())
        .text(record.kind())
        .text(record.subject())
        .text(record.payload())
        .drainInto(digest);
    return ContentHash.fromDigest(digest.digest());
  }
}
