package org.vigilance.ingest.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed and checked mapping file: its queries, every one of which is applied to every row (as
 * {@code ftm map-csv} does; the queries' own {@code csv_url} is not read).
 *
 * @param name the mapping file's name, for messages
 * @param queries the queries, in file order
 */
record Mapping(String name, List<QueryMapping> queries) {
  Mapping {
    queries = List.copyOf(queries);
  }

  /**
   * Every use of a CSV column: keys, id columns, property columns, template references and filters,
   * in file order.
   */
  List<ColumnUse> columnUses() {
    List<ColumnUse> uses = new ArrayList<>();
    for (QueryMapping query : queries) {
      for (EntityMapping entity : query.entities()) {
        String where = query.label() + "entity '" + entity.ref() + "'";
        for (String key : entity.keys()) {
          uses.add(new ColumnUse(where + ", key", key));
        }
        String idColumn = entity.idColumn();
        if (idColumn != null) {
          uses.add(new ColumnUse(where + ", id_column", idColumn));
        }
        for (PropertyMapping property : entity.properties()) {
          String at = where + ", property '" + property.property().name() + "'";
          for (String column : property.columns()) {
            uses.add(new ColumnUse(at, column));
          }
          for (String column : property.templateColumns()) {
            uses.add(new ColumnUse(at + ", template", column));
          }
        }
      }
      for (QueryMapping.Filter filter : query.filters()) {
        uses.add(new ColumnUse(query.label() + "filters", filter.column()));
      }
      for (QueryMapping.Filter filter : query.filtersNot()) {
        uses.add(new ColumnUse(query.label() + "filters_not", filter.column()));
      }
    }
    return uses;
  }

  /**
   * A place in the mapping that names a column.
   *
   * @param where the place, for messages ({@code entity 'member', property 'nationality'})
   * @param column the column name
   */
  record ColumnUse(String where, String column) {}
}
