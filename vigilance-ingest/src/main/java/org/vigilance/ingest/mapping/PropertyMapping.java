package org.vigilance.ingest.mapping;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.Property;

/**
 * Where the values of one property come from: a template, or literals then columns, optionally
 * joined into one value and split again; or another entity of the same query.
 *
 * @param property the property
 * @param columns columns whose values it takes
 * @param literals constant values
 * @param join when given, the values are joined with it into one
 * @param split when given, each value is split at it
 * @param entity the name of the entity whose id it takes, or null
 * @param format the date format, for date properties
 * @param template text in which {@code {{column}}} stands for the column's value, or null
 * @param templateColumns the columns the template names
 * @param required when true, an entity without a value for this property is not made
 */
record PropertyMapping(
    Property property,
    List<String> columns,
    List<String> literals,
    @Nullable String join,
    @Nullable String split,
    @Nullable String entity,
    Dates.@Nullable Format format,
    @Nullable String template,
    List<String> templateColumns,
    boolean required) {
  PropertyMapping {
    columns = List.copyOf(columns);
    literals = List.copyOf(literals);
    templateColumns = List.copyOf(templateColumns);
  }
}
