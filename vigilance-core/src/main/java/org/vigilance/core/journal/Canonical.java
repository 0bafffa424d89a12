package org.vigilance.core.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.ContentHash;

/**
 * Canonical bytes for hashing: an unambiguous, length-prefixed encoding of a sequence of fields.
 *
 * <p>Each field is written as a tag byte, its length as 8 big-endian bytes and its bytes (strings
 * in UTF-8). Two different field sequences never encode to the same bytes, so a hash over them
 * commits to every field and its boundaries. Not thread-safe; one instance per encoding (it may be
 * reused after {@link #drainInto}).
 */
public final class Canonical {
  private static final byte TAG_TEXT = 't';
  private static final byte TAG_NUMBER = 'n';
  private static final byte TAG_BYTES = 'b';
  private static final byte TAG_NULL = '0';

  private byte[] buffer = new byte[512];
  private int size;

  /** Appends a text field; null is encoded distinctly from the empty string. */
  public Canonical text(@Nullable String value) {
    if (value == null) {
      ensure(1);
      buffer[size++] = TAG_NULL;
      return this;
    }
    return field(TAG_TEXT, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Appends a number field. */
  public Canonical number(long value) {
    ensure(9);
    buffer[size++] = TAG_NUMBER;
    writeLong(value);
    return this;
  }

  /** Appends a bytes field. */
  public Canonical bytes(byte[] value) {
    return field(TAG_BYTES, value);
  }

  private Canonical field(byte tag, byte[] value) {
    ensure(9 + value.length);
    buffer[size++] = tag;
    writeLong(value.length);
    System.arraycopy(value, 0, buffer, size, value.length);
    size += value.length;
    return this;
  }

  private void writeLong(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
  }

  private void ensure(int extra) {
    if (size + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }

  /** How many bytes are waiting to be drained. */
  public int size() {
    return size;
  }

  /** Feeds the bytes written so far into a digest and starts over. */
  public void drainInto(MessageDigest digest) {
    digest.update(buffer, 0, size);
    size = 0;
  }

  /** SHA-256 of the bytes written so far. */
  public ContentHash hash() {
    MessageDigest digest = ContentHash.newDigest();
    digest.update(buffer, 0, size);
    return ContentHash.fromDigest(digest.digest());
  }
}
