package org.vigilance.core.entity;

/**
 * Where in a source a fragment comes from: {@code line:12}, {@code row:7}, {@code page:3}, ...
 *
 * @param value kind, colon, position
 */
public record Locator(String value) implements Comparable<Locator> {

  /** Validates the form {@code kind:position}. */
  public Locator {
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new IllegalArgumentException("not a locator: '" + value + "'");
    }
  }

  /** Line {@code n} (from 1) of a text file. */
  public static Locator line(long n) {
    return new Locator("line:" + n);
  }

  /** The kind: {@code line}, {@code row}, {@code page}, ... */
  public String kind() {
    return value.substring(0, value.indexOf(':'));
  }

  @Override
  public int compareTo(Locator other) {
    if (kind().equals(other.kind())) {
      String a = value.substring(value.indexOf(':') + 1);
      String b = other.value.substring(other.value.indexOf(':') + 1);
      if (a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)) {
        int byLength = Integer.compare(a.length(), b.length());
        return byLength != 0 ? byLength : a.compareTo(b);
      }
    }
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
