package org.vigilance.core.entity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What an importer read about one entity, before it is tied to a source and recorded: id, schema
 * and property values (sorted by property name, each property's values in the order given;
 * properties without values are dropped).
 *
 * <p>Immutable. Its canonical JSON form ({@link #propertiesJson()}) is computed once, on first use;
 * hand a draft to another thread only through a safe publication (a queue, an executor), as the
 * import pipeline does.
 */
public final class EntityDraft {
  private final EntityId id;
  private final String schema;
  private final SortedMap<String, List<String>> properties;
  private @Nullable String json;

  /**
   * A draft.
   *
   * @param id the entity id
   * @param schema the schema name
   * @param properties property name to values
   */
  public EntityDraft(EntityId id, String schema, Map<String, List<String>> properties) {
    this.id = Objects.requireNonNull(id);
    this.schema = Objects.requireNonNull(schema);
    TreeMap<String, List<String>> copy = new TreeMap<>();
    properties.forEach(
        (name, values) -> {
          if (!values.isEmpty()) {
            copy.put(name, List.copyOf(values));
          }
        });
    this.properties = Collections.unmodifiableSortedMap(copy);
  }

  /** The entity id. */
  public EntityId id() {
    return id;
  }

  /** The schema name. */
  public String schema() {
    return schema;
  }

  /** Property name to values, sorted by name. */
  public SortedMap<String, List<String>> properties() {
    return properties;
  }

  /**
   * The properties as canonical JSON: an object with the properties in name order, each an array of
   * its values in order; strings escaped as JSON requires and nothing more (see {@link
   * CanonicalJson}). Stores keep this text, and batch digests hash it.
   */
  public String propertiesJson() {
    String result = json;
    if (result == null) {
      result = CanonicalJson.properties(properties);
      json = result;
    }
    return result;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EntityDraft d
        && id.equals(d.id)
        && schema.equals(d.schema)
        && properties.equals(d.properties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, schema, properties);
  }

  @Override
  public String toString() {
    return "EntityDraft[id=" + id + ", schema=" + schema + ", properties=" + properties + "]";
  }
}
