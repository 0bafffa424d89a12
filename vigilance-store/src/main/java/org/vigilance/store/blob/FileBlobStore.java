package org.vigilance.store.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigilance.core.evidence.BlobRef;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.ContentHash;

/**
 * Blobs as files under a folder: {@code ab/cd/abcd...} by SHA-256.
 *
 * <p>Implementation notes. A put streams into a temporary file in the same folder tree while
 * hashing, forces it to disk, then renames it atomically to its address and forces the folder, so
 * that a blob is either absent or complete, even after a power cut. A blob already present is never
 * rewritten: the temporary copy is dropped. Stored files are made read-only. Thread-safe:
 * concurrent puts of the same bytes race only on the rename, and both leave the same content.
 */
public final class FileBlobStore implements BlobStore {
  private static final Pattern HEX_NAME = Pattern.compile("[0-9a-f]{64}");
  private final Path root;
  private final Path temp;

  /** A store in {@code root}, created if absent. */
  public FileBlobStore(Path root) throws IOException {
    this.root = Files.createDirectories(root);
    this.temp = Files.createDirectories(root.resolve("tmp"));
  }

  @Override
  public BlobRef put(InputStream in) throws IOException {
    Path tempFile = Files.createTempFile(temp, "put-", ".tmp");
    try {
      MessageDigest digest = ContentHash.newDigest();
      long size;
      try (FileChannel channel = FileChannel.open(tempFile, StandardOpenOption.WRITE);
          OutputStream out =
              new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
        size = in.transferTo(out);
        out.flush();
        channel.force(true);
      }
      ContentHash hash = ContentHash.fromDigest(digest.digest());
      Path target = pathOf(hash);
      if (!Files.exists(target)) {
        Path dir = Files.createDirectories(folderOf(hash));
        try {
          Files.move(tempFile, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
          if (!Files.exists(target)) {
            throw e;
          }
        }
        target.toFile().setReadOnly();
        forceDirectory(dir);
      }
      return new BlobRef(hash, size);
    } finally {
      Files.deleteIfExists(tempFile);
    }
  }

  @Override
  public InputStream open(ContentHash hash) throws IOException {
    return Files.newInputStream(pathOf(hash));
  }

  @Override
  public boolean contains(ContentHash hash) {
    return Files.isRegularFile(pathOf(hash));
  }

  @Override
  public List<ContentHash> list() throws IOException {
    List<ContentHash> hashes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root, 3)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(name -> HEX_NAME.matcher(name).matches())
          .forEach(name -> hashes.add(new ContentHash(name)));
    }
    hashes.sort(null);
    return hashes;
  }

  @Override
  public Optional<String> check(ContentHash hash) throws IOException {
    Path path = pathOf(hash);
    if (!Files.isRegularFile(path)) {
      return Optional.of("is missing (" + path + ")");
    }
    MessageDigest digest = ContentHash.newDigest();
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    ContentHash actual = ContentHash.fromDigest(digest.digest());
    return actual.equals(hash)
        ? Optional.empty()
        : Optional.of("was altered: its bytes now hash to " + actual + " (" + path + ")");
  }

  /** Where the blob with this hash lives. */
  public Path pathOf(ContentHash hash) {
    return folderOf(hash).resolve(hash.hex());
  }

  private Path folderOf(ContentHash hash) {
    String hex = hash.hex();
    return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4));
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems cannot open a directory for fsync; the rename is still atomic there.
    }
  }
}
