package org.vigilance.ingest.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Schema;

/**
 * Applies a mapping to the cells of one row, as FollowTheMoney's {@code QueryMapping.map} does.
 *
 * <p>For each query whose filters take the row, each entity in dependency order: its id ({@link
 * EntityKeys}; none, and so no entity, when its key cells are all empty or its id cell is empty);
 * then each property's values: the id of the entity referred to (when that one was made), or the
 * template with its columns filled in, or the literals followed by the non-empty cells of the
 * columns; joined, then split, when asked; each cleaned for the property's type ({@link
 * ValueCleaner}), empty ones dropped, duplicates dropped. An entity with a {@code required}
 * property left without a value is not made. Beyond FtM: a relationship whose two ends are the same
 * entity (a company owning itself because the recipient and its parent are one) is not made, as it
 * asserts nothing. Immutable and thread-safe.
 */
final class RowMapper {
  private final Mapping mapping;
  private final Map<String, Integer> columns;
  private final ValueCleaner cleaner;

  /**
   * A mapper.
   *
   * @param mapping the mapping
   * @param columns the index of every column the mapping names
   * @param cleaner the value cleaner
   */
  RowMapper(Mapping mapping, Map<String, Integer> columns, ValueCleaner cleaner) {
    this.mapping = mapping;
    this.columns = Map.copyOf(columns);
    this.cleaner = cleaner;
  }

  /**
   * The entities of a row.
   *
   * @param cells the sanitized cells, null where empty
   * @throws UncleanValueException naming the column (when one) and the entity, property and value
   */
  List<EntityDraft> map(@Nullable String[] cells) throws UncleanValueException {
    List<EntityDraft> drafts = new ArrayList<>();
    for (QueryMapping query : mapping.queries()) {
      if (!takes(query, cells)) {
        continue;
      }
      Map<String, String> ids = new HashMap<>();
      for (EntityMapping entity : query.entities()) {
        String where = query.label() + "entity '" + entity.ref() + "'";
        String id = id(query, entity, cells, where);
        if (id == null) {
          continue;
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        boolean lacksRequired = false;
        for (PropertyMapping property : entity.properties()) {
          Set<String> values = values(query, property, cells, ids, where);
          if (values.isEmpty()) {
            lacksRequired |= property.required();
          } else {
            properties.put(property.property().name(), List.copyOf(values));
          }
        }
        if (lacksRequired || isLoop(entity.schema(), properties)) {
          continue;
        }
        ids.put(entity.ref(), id);
        drafts.add(new EntityDraft(EntityId.of(id), entity.schema().name(), properties));
      }
    }
    return drafts;
  }

  private boolean takes(QueryMapping query, @Nullable String[] cells) {
    for (QueryMapping.Filter filter : query.filters()) {
      if (!filter.matches(cell(cells, filter.column()))) {
        return false;
      }
    }
    for (QueryMapping.Filter filter : query.filtersNot()) {
      if (filter.matches(cell(cells, filter.column()))) {
        return false;
      }
    }
    return true;
  }

  private @Nullable String id(
      QueryMapping query, EntityMapping entity, @Nullable String[] cells, String where)
      throws UncleanValueException {
    String dataset = query.dataset();
    String idColumn = entity.idColumn();
    if (idColumn != null) {
      String value = cell(cells, idColumn);
      if (value == null) {
        return null;
      }
      if (dataset != null) {
        String signed = EntityKeys.sign(dataset, value);
        if (signed == null) {
          throw new UncleanValueException(
              idColumn,
              where
                  + ": id '"
                  + value
                  + "' is not an FtM entity id (letters, digits, '.' and '-'), so it cannot be"
                  + " signed for dataset '"
                  + dataset
                  + "'");
        }
        return signed;
      }
      String problem = EntityId.problem(value);
      if (problem != null) {
        throw new UncleanValueException(idColumn, where + ": id '" + value + "': " + problem);
      }
      return value;
    }
    List<@Nullable String> keyValues = new ArrayList<>(entity.keys().size());
    for (String key : entity.keys()) {
      keyValues.add(cell(cells, key));
    }
    String hash = EntityKeys.hash(dataset, entity.keyLiteral(), keyValues);
    if (hash == null || dataset == null) {
      return hash;
    }
    String signed = EntityKeys.sign(dataset, hash);
    if (signed == null) {
      throw new IllegalStateException("a SHA-1 hex digest is not an FtM id: " + hash);
    }
    return signed;
  }

  private Set<String> values(
      QueryMapping query,
      PropertyMapping property,
      @Nullable String[] cells,
      Map<String, String> ids,
      String where)
      throws UncleanValueException {
    Set<String> out = new LinkedHashSet<>();
    String ref = property.entity();
    if (ref != null) {
      String target = ids.get(ref);
      if (target != null) {
        out.add(target);
      }
      return out;
    }
    List<String> raw = new ArrayList<>();
    String template = property.template();
    if (template != null) {
      String value = template;
      for (String column : property.templateColumns()) {
        String cell = cell(cells, column);
        value = value.replace("{{" + column + "}}", cell == null ? "" : cell);
      }
      raw.add(CleanText.strip(value));
    } else {
      raw.addAll(property.literals());
      for (String column : property.columns()) {
        String cell = cell(cells, column);
        if (cell != null) {
          raw.add(cell);
        }
      }
    }
    String join = property.join();
    if (join != null) {
      raw = List.of(String.join(join, raw));
    }
    String split = property.split();
    if (split != null) {
      List<String> parts = new ArrayList<>();
      for (String value : raw) {
        parts.addAll(List.of(value.split(Pattern.quote(split), -1)));
      }
      raw = parts;
    }
    for (String value : raw) {
      try {
        String clean =
            cleaner.clean(property.property(), value, property.format(), query.dataset());
        if (clean != null) {
          out.add(clean);
        }
      } catch (UncleanValueException e) {
        List<String> sources = new ArrayList<>(property.columns());
        sources.addAll(property.templateColumns());
        throw new UncleanValueException(
            sources.isEmpty() ? null : String.join(", ", sources),
            where + ", property '" + property.property().name() + "': " + e.getMessage());
      }
    }
    return out;
  }

  /** Whether a relationship's source and target are the same single entity. */
  private static boolean isLoop(Schema schema, Map<String, List<String>> properties) {
    String sourceProperty = schema.edgeSource();
    String targetProperty = schema.edgeTarget();
    if (sourceProperty == null || targetProperty == null) {
      return false;
    }
    List<String> source = properties.get(sourceProperty);
    List<String> target = properties.get(targetProperty);
    return source != null && source.size() == 1 && source.equals(target);
  }

  private @Nullable String cell(@Nullable String[] cells, String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalStateException("column '" + column + "' was not bound to the header");
    }
    return cells[index];
  }
}
