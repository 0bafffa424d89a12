package org.vigilance.core.entity;

/**
 * The id of an entity: 1 to 256 characters, none of them whitespace or control characters. Ids are
 * deterministic where a source has a key ({@code uei:...}), so that re-importing is idempotent.
 *
 * @param value the id
 */
public record EntityId(String value) implements Comparable<EntityId> {
  /** The longest id accepted. */
  public static final int MAX_LENGTH = 256;

  /** Validates the id. */
  public EntityId {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Same as the constructor. */
  public static EntityId of(String value) {
    return new EntityId(value);
  }

  /** Why the text is not a valid id, or null when it is. */
  public static @org.jspecify.annotations.Nullable String problem(String value) {
    if (value.isEmpty()) {
      return "entity id is empty";
    }
    if (value.length() > MAX_LENGTH) {
      return "entity id is longer than " + MAX_LENGTH + " characters";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > ' ' && c < 0x7F) {
        continue; // printable ASCII, the common case: neither whitespace nor control
      }
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return "entity id contains whitespace or a control character at position " + (i + 1);
      }
    }
    return null;
  }

  @Override
  public int compareTo(EntityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
