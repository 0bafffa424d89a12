package org.vigilance.core.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A SHA-256 content hash, written {@code sha256:<64 lowercase hex digits>}.
 *
 * @param hex the 64 lowercase hexadecimal digits
 */
public record ContentHash(String hex) implements Comparable<ContentHash> {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
  private static final String PREFIX = "sha256:";

  /** Validates the digits. */
  public ContentHash {
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: '" + hex + "'");
    }
  }

  /** Parses {@code sha256:<hex>} or bare hex. */
  public static ContentHash parse(String text) {
    return new ContentHash(text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text);
  }

  /** Hashes the given bytes. */
  public static ContentHash of(byte[] bytes) {
    return fromDigest(newDigest().digest(bytes));
  }

  /** Hashes the UTF-8 bytes of the given text. */
  public static ContentHash ofUtf8(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Wraps a finished digest. */
  public static ContentHash fromDigest(byte[] digest) {
    return new ContentHash(HexFormat.of().formatHex(digest));
  }

  /** A fresh SHA-256 digest; every JDK has one. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  @Override
  public int compareTo(ContentHash other) {
    return hex.compareTo(other.hex);
  }

  @Override
  public String toString() {
    return PREFIX + hex;
  }
}
