package org.vigilance.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Content-addressed storage of source bytes: the evidentiary copy.
 *
 * <p>Contract: a blob is addressed by the SHA-256 of its bytes and written once; {@link #put} of
 * bytes already held returns the existing reference and leaves the stored copy untouched. A blob
 * becomes visible only when completely and durably written (a reader never sees a partial blob,
 * even after a crash). Nothing in this interface alters or deletes a stored blob. Implementations
 * are thread-safe.
 */
public interface BlobStore {

  /**
   * Reads the stream to its end and stores its bytes. The caller closes the stream.
   *
   * @return the hash and size of what was read
   */
  BlobRef put(InputStream in) throws IOException;

  /** Opens a stored blob for reading; the caller closes the stream. */
  InputStream open(ContentHash hash) throws IOException;

  /** Whether a blob with this hash is stored. */
  boolean contains(ContentHash hash);

  /** The hashes of all stored blobs, in hash order. */
  List<ContentHash> list() throws IOException;

  /**
   * Re-reads a stored blob and compares its bytes with its address.
   *
   * @return a description of what is wrong, or empty when the blob is intact
   */
  Optional<String> check(ContentHash hash) throws IOException;
}
