package org.vigilance.core.evidence;

import java.util.regex.Pattern;

/**
 * The name of a collection: the unit to which access rules apply. Every source belongs to exactly
 * one.
 *
 * @param value 1 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a
 *     letter or digit
 */
public record CollectionName(String value) implements Comparable<CollectionName> {
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** The collection a source goes to when none is named. */
  public static final CollectionName DEFAULT = new CollectionName("default");

  /** Validates the name. */
  public CollectionName {
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid collection name '"
              + value
              + "': use 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit");
    }
  }

  /** Same as the constructor; reads better at call sites. */
  public static CollectionName of(String value) {
    return new CollectionName(value);
  }

  @Override
  public int compareTo(CollectionName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
