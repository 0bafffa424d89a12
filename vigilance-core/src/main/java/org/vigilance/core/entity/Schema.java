package org.vigilance.core.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A resolved schema: its own and inherited properties, and every schema it is a kind of.
 *
 * @param name the name
 * @param label a human label
 * @param plural the plural label
 * @param isAbstract whether entities may not have it directly
 * @param matchable whether the resolver compares entities of this schema
 * @param parents the schemata it directly extends
 * @param ancestors itself and every schema it extends, directly or not
 * @param properties every property, own and inherited, by name
 * @param required properties an entity must have
 * @param caption properties that make its caption
 * @param edgeSource for relationships, the property naming the source entity
 * @param edgeTarget for relationships, the property naming the target entity
 */
public record Schema(
    String name,
    String label,
    String plural,
    boolean isAbstract,
    boolean matchable,
    List<String> parents,
    Set<String> ancestors,
    Map<String, Property> properties,
    List<String> required,
    List<String> caption,
    @Nullable String edgeSource,
    @Nullable String edgeTarget) {

  /** Copies the collections. */
  public Schema {
    parents = List.copyOf(parents);
    ancestors = Set.copyOf(ancestors);
    properties = Map.copyOf(properties);
    required = List.copyOf(required);
    caption = List.copyOf(caption);
  }

  /** Whether this schema is {@code other} or extends it. */
  public boolean isA(String other) {
    return ancestors.contains(other);
  }

  /** A property by name. */
  public Optional<Property> property(String propertyName) {
    return Optional.ofNullable(properties.get(propertyName));
  }

  /** Whether this schema is a relationship between two entities. */
  public boolean isEdge() {
    return edgeSource != null && edgeTarget != null;
  }
}
