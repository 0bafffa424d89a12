package org.vigilance.ingest.mapping;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One query of a mapping: the entities each row becomes, and which rows it takes.
 *
 * @param label how messages name the query ({@code "query 2, "}), empty when the file has one
 * @param dataset the dataset name that seeds keys and signs ids, or null when the file names none
 * @param entities the entities, ordered so that each comes after those it refers to
 * @param filters the row is taken only when each of these columns has one of the values
 * @param filtersNot the row is left out when any of these columns has one of the values
 */
record QueryMapping(
    String label,
    @Nullable String dataset,
    List<EntityMapping> entities,
    List<Filter> filters,
    List<Filter> filtersNot) {
  QueryMapping {
    entities = List.copyOf(entities);
    filters = List.copyOf(filters);
    filtersNot = List.copyOf(filtersNot);
  }

  /**
   * A condition on a column.
   *
   * @param column the column
   * @param values the values it names
   * @param empty whether it names the empty value ({@code null} in the YAML)
   */
  record Filter(String column, Set<String> values, boolean empty) {
    Filter {
      values = Set.copyOf(values);
    }

    /** Whether the cleaned cell value is one the filter names. */
    boolean matches(@Nullable String value) {
      return value == null ? empty : values.contains(value);
    }
  }
}
