package org.vigilance.ingest.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks of a file's structure that tell a truncated or corrupt container from one that is merely
 * empty, where Tika's parsers say nothing: a zip without its end-of-central-directory record is cut
 * short; a zip whose entries Java cannot list is corrupt; a PDF without {@code %%EOF} near its end
 * is cut short.
 */
final class Containers {
  private static final int ZIP_TAIL = 65_557; // the end record (22 bytes) + the longest comment
  private static final int PDF_TAIL = 2_048;

  private Containers() {}

  /** Whether the file starts as a zip (a local file header). */
  static boolean looksLikeZip(Path file) {
    return startsWith(file, new byte[] {'P', 'K', 3, 4});
  }

  /** Whether the file starts as a PDF. */
  static boolean looksLikePdf(Path file) {
    return startsWith(file, new byte[] {'%', 'P', 'D', 'F'});
  }

  /** Why the file is not a readable container of its kind, when it is not. */
  static Optional<String> problem(Path file) {
    if (looksLikeZip(file)) {
      return zipProblem(file);
    }
    if (looksLikePdf(file) && !tailContains(file, PDF_TAIL, "%%EOF")) {
      return Optional.of("truncated: the PDF has no %%EOF marker at its end");
    }
    return Optional.empty();
  }

  /** Why a zip cannot be read, or empty when Java lists its entries and reads them all. */
  static Optional<String> zipProblem(Path file) {
    if (!tailContains(file, ZIP_TAIL, "PK\u0005\u0006")) {
      return Optional.of("truncated: the zip has no end of central directory (cut short)");
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          in.skip(Long.MAX_VALUE);
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage();
      return Optional.of(
          "corrupt: the zip cannot be read ("
              + (message == null ? e.getClass().getSimpleName() : message)
              + ")");
    }
  }

  private static boolean startsWith(Path file, byte[] magic) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(magic.length);
      return java.util.Arrays.equals(head, magic);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean tailContains(Path file, int tail, String marker) {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      int length = (int) Math.min(size, tail);
      ByteBuffer buffer = ByteBuffer.allocate(length);
      channel.position(size - length);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read the tail
      }
      String text =
          new String(
              buffer.array(), 0, buffer.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
      return text.contains(marker);
    } catch (IOException e) {
      return false;
    }
  }
}
