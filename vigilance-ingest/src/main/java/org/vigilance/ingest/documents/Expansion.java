package org.vigilance.ingest.documents;

/**
 * What one file may still expand to: the bytes of its members and attachments and the characters of
 * its texts, counted against {@link DocumentOptions#maxExpandedBytes()}. Used by one thread.
 */
final class Expansion {
  private final long limit;
  private long used;
  private boolean exceeded;

  Expansion(long limit) {
    this.limit = limit;
  }

  /** Counts {@code amount}; false (and nothing counted) when it would pass the limit. */
  boolean take(long amount) {
    if (amount > limit - used) {
      exceeded = true;
      return false;
    }
    used += amount;
    return true;
  }

  /** What may still be taken. */
  long remaining() {
    return limit - used;
  }

  /** Whether something was refused. */
  boolean exceeded() {
    return exceeded;
  }

  long limit() {
    return limit;
  }
}
