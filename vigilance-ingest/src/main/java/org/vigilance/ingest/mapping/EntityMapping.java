package org.vigilance.ingest.mapping;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.Schema;

/**
 * How a row becomes one entity.
 *
 * @param ref the entity's name in the mapping, which {@code entity:} references use
 * @param schema its schema (concrete)
 * @param keys the columns whose values identify it (empty when {@code idColumn} is given)
 * @param keyLiteral text hashed before the key values, or null
 * @param idColumn the column holding its id as is, or null
 * @param properties how its properties get their values
 */
record EntityMapping(
    String ref,
    Schema schema,
    List<String> keys,
    @Nullable String keyLiteral,
    @Nullable String idColumn,
    List<PropertyMapping> properties) {
  EntityMapping {
    keys = List.copyOf(keys);
    properties = List.copyOf(properties);
  }
}
