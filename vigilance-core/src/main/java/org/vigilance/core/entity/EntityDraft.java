package org.vigilance.core.entity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an importer read about one entity, before it is tied to a source and recorded.
 *
 * @param id the entity id
 * @param schema the schema name
 * @param properties property name to values, in a stable order
 */
public record EntityDraft(EntityId id, String schema, Map<String, List<String>> properties) {
  /** Copies the properties, sorted by name, dropping properties with no value. */
  public EntityDraft {
    TreeMap<String, List<String>> copy = new TreeMap<>();
    properties.forEach(
        (name, values) -> {
          if (!values.isEmpty()) {
            copy.put(name, List.copyOf(values));
          }
        });
    properties = java.util.Collections.unmodifiableSortedMap(copy);
  }
}
