package org.vigilance.core.journal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.vigilance.core.evidence.ContentHash;

/**
 * Canonical bytes for hashing: an unambiguous, length-prefixed encoding of a sequence of fields.
 *
 * <p>Each field is written as a tag byte, its length as 8 big-endian bytes and its bytes (strings
 * in UTF-8). Two different field sequences never encode to the same bytes, so a hash over them
 * commits to every field and its boundaries. Not thread-safe; one instance per encoding.
 */
public final class Canonical {
  private static final byte TAG_TEXT = 't';
  private static final byte TAG_NUMBER = 'n';
  private static final byte TAG_BYTES = 'b';
  private static final byte TAG_NULL = '0';

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

  /** Appends a text field; null is encoded distinctly from the empty string. */
  public Canonical text(@org.jspecify.annotations.Nullable String value) {
    if (value == null) {
      out.write(TAG_NULL);
      return this;
    }
    return field(TAG_TEXT, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Appends a number field. */
  public Canonical number(long value) {
    out.write(TAG_NUMBER);
    writeLong(value);
    return this;
  }

  /** Appends a bytes field. */
  public Canonical bytes(byte[] value) {
    return field(TAG_BYTES, value);
  }

  private Canonical field(byte tag, byte[] value) {
    out.write(tag);
    writeLong(value.length);
    out.write(value, 0, value.length);
    return this;
  }

  private void writeLong(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift) & 0xff);
    }
  }

  /** The bytes written so far. */
  public byte[] toByteArray() {
    return out.toByteArray();
  }

  /** Feeds the bytes written so far into a digest and starts over. */
  public void drainInto(MessageDigest digest) {
    digest.update(out.toByteArray());
    out.reset();
  }

  /** SHA-256 of the bytes written so far. */
  public ContentHash hash() {
    return ContentHash.of(toByteArray());
  }
}
