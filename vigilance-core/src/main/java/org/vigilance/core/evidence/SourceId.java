package org.vigilance.core.evidence;

/**
 * The id of a source. Derived from what was imported, how and where, so that importing the same
 * bytes the same way into the same collection yields the same source (and so adds nothing).
 *
 * @param value {@code src-} and 24 lowercase hex digits
 */
public record SourceId(String value) implements Comparable<SourceId> {
  private static final String PREFIX = "src-";
  private static final int HEX_DIGITS = 24;

  /** Validates the id: {@code src-[0-9a-f]{24}}. */
  public SourceId {
    if (!valid(value)) {
      throw new IllegalArgumentException("not a source id: '" + value + "'");
    }
  }

  // checked by hand: a regular expression here took a noticeable share of reading fragments back
  private static boolean valid(String value) {
    if (value.length() != PREFIX.length() + HEX_DIGITS || !value.startsWith(PREFIX)) {
      return false;
    }
    for (int i = PREFIX.length(); i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
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
