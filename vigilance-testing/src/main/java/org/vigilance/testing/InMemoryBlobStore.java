package org.vigilance.testing;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.vigilance.core.evidence.BlobRef;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.ContentHash;

/** A blob store in memory. Thread-safe. */
public final class InMemoryBlobStore implements BlobStore {
  private final Map<ContentHash, byte[]> blobs = new ConcurrentHashMap<>();

  @Override
  public BlobRef put(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    ContentHash hash = ContentHash.of(bytes);
    blobs.putIfAbsent(hash, bytes);
    return new BlobRef(hash, bytes.length);
  }

  @Override
  public InputStream open(ContentHash hash) throws IOException {
    byte[] bytes = blobs.get(hash);
    if (bytes == null) {
      throw new FileNotFoundException(hash.toString());
    }
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public boolean contains(ContentHash hash) {
    return blobs.containsKey(hash);
  }

  @Override
  public List<ContentHash> list() {
    List<ContentHash> hashes = new ArrayList<>(blobs.keySet());
    hashes.sort(null);
    return hashes;
  }

  @Override
  public Optional<String> check(ContentHash hash) {
    byte[] bytes = blobs.get(hash);
    if (bytes == null) {
      return Optional.of("is missing");
    }
    ContentHash actual = ContentHash.of(bytes);
    return actual.equals(hash) ? Optional.empty() : Optional.of("was altered: hashes to " + actual);
  }

  /** Flips one byte of a stored blob, as an attacker would. */
  public void tamper(ContentHash hash, int offset) {
    byte[] bytes = blobs.get(hash);
    if (bytes != null) {
      bytes[offset] ^= 0x01;
    }
  }
}
