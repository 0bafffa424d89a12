package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigilance.core.evidence.BlobRef;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.ContentHash;

/** The contract of {@link BlobStore}; extend it once per adapter. */
public abstract class BlobStoreContract {
  private BlobStore store;

  /** A fresh, empty store. */
  protected abstract BlobStore newStore() throws IOException;

  /** Flips one byte of a stored blob behind the store's back. */
  protected abstract void corrupt(BlobStore store, ContentHash hash) throws IOException;

  @BeforeEach
  void setUp() throws IOException {
    store = newStore();
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void put_returns_the_sha256_and_size_of_the_bytes() throws IOException {
    BlobRef ref = store.put(bytes("hello"));
    assertThat(ref.hash())
        .isEqualTo(
            ContentHash.parse("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
    assertThat(ref.size()).isEqualTo(5);
  }

  @Test
  void open_returns_exactly_the_bytes_put() throws IOException {
    byte[] data = new byte[300_000];
    new Random(7).nextBytes(data);
    BlobRef ref = store.put(new ByteArrayInputStream(data));
    try (InputStream in = store.open(ref.hash())) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
  }

  @Test
  void putting_the_same_bytes_twice_stores_them_once() throws IOException {
    BlobRef first = store.put(bytes("same"));
    BlobRef second = store.put(bytes("same"));
    assertThat(second).isEqualTo(first);
    assertThat(store.list()).containsExactly(first.hash());
  }

  @Test
  void empty_input_is_the_empty_blob() throws IOException {
    BlobRef ref = store.put(bytes(""));
    assertThat(ref.size()).isZero();
    assertThat(ref.hash().hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void list_is_sorted_by_hash() throws IOException {
    for (int i = 0; i < 20; i++) {
      store.put(bytes("blob " + i));
    }
    assertThat(store.list()).hasSize(20).isSorted();
  }

  @Test
  void unknown_hash_is_absent_and_reported_missing() throws IOException {
    ContentHash unknown = ContentHash.ofUtf8("never stored");
    assertThat(store.contains(unknown)).isFalse();
    assertThat(store.check(unknown)).hasValueSatisfying(p -> assertThat(p).contains("missing"));
    assertThatThrownBy(() -> store.open(unknown)).isInstanceOf(IOException.class);
  }

  @Test
  void check_passes_an_intact_blob_and_names_an_altered_one() throws IOException {
    BlobRef ref = store.put(bytes("evidence that must not change"));
    assertThat(store.check(ref.hash())).isEmpty();
    corrupt(store, ref.hash());
    assertThat(store.check(ref.hash())).hasValueSatisfying(p -> assertThat(p).contains("altered"));
  }
}
