package org.vigilance.core.entity;

import org.jspecify.annotations.Nullable;

/**
 * A property of a schema.
 *
 * @param name the property name, unique within a schema and its parents
 * @param label a human label
 * @param type the value type
 * @param range for entity-typed properties, the schema the value must be
 * @param hidden whether user interfaces hide it
 * @param matchable whether the resolver may use it
 * @param definedBy the schema that defines it
 */
public record Property(
    String name,
    String label,
    PropertyType type,
    @Nullable String range,
    boolean hidden,
    boolean matchable,
    String definedBy) {}
