package org.vigilance.core.evidence;

import java.util.regex.Pattern;

/**
 * The id of a source. Derived from what was imported, how and where, so that importing the same
 * bytes the same way into the same collection yields the same source (and so adds nothing).
 *
 * @param value {@code src-} and 24 lowercase hex digits
 */
public record SourceId(String value) implements Comparable<SourceId> {
  private static final Pattern VALID = Pattern.compile("src-[0-9a-f]{24}");

  /** Validates the id. */
  public SourceId {
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a source id: '" + value + "'");
    }
  }

  /** Same as the constructor. */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  /**
   * The deterministic id of the given bytes read by the given importer into the given collection.
   */
  public static SourceId derive(String importer, CollectionName collection, ContentHash blob) {
    ContentHash h = ContentHash.ofUtf8(importer + "\n" + collection.value() + "\n" + blob.hex());
    return new SourceId("src-" + h.hex().substring(0, 24));
  }

  @Override
  public int compareTo(SourceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
