package org.vigilance.core.evidence;

/**
 * A stored blob: its content hash and its size in bytes.
 *
 * @param hash the SHA-256 of the bytes
 * @param size the number of bytes
 */
public record BlobRef(ContentHash hash, long size) {
  /** Rejects a negative size. */
  public BlobRef {
    if (size < 0) {
      throw new IllegalArgumentException("negative blob size " + size);
    }
  }
}
