package org.vigilance.search.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque cursor of a page: the last hit's score and key (the sort), and a hash of the query so
 * that a cursor is not used with another query. URL-safe base 64 of {@code v1:<query hash>:<score
 * bits>:<key>}.
 */
final class Cursor {
  private Cursor() {}

  static String encode(String query, float score, String key) {
    String plain =
        "v1:"
            + Integer.toHexString(query.strip().hashCode())
            + ":"
            + Integer.toHexString(Float.floatToIntBits(score))
            + ":"
            + key;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position after which the next page starts.
   *
   * @throws IllegalArgumentException when the cursor is not one of ours for this query
   */
  static FieldDoc decode(String query, String cursor) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad();
    }
    String[] parts = plain.split(":", 4);
    if (parts.length != 4 || !parts[0].equals("v1")) {
      throw bad();
    }
    if (!parts[1].equals(Integer.toHexString(query.strip().hashCode()))) {
      throw new IllegalArgumentException(
          "this cursor belongs to another query: repeat the query it came with");
    }
    float score;
    try {
      score = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[2], 16));
    } catch (NumberFormatException e) {
      throw bad();
    }
    return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {score, new BytesRef(parts[3])});
  }

  private static IllegalArgumentException bad() {
    return new IllegalArgumentException(
        "invalid cursor: pass the nextCursor of a previous page of the same query unchanged");
  }
}
