package org.vigilance.core.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.vigilance.core.evidence.SourceId;

/**
 * The entity one sees: the merge of all its fragments, where every value lists the fragments (and
 * so the sources) that assert it. Values are sorted, and so are their provenances, so the view does
 * not depend on the order in which fragments were recorded.
 *
 * @param id the entity id
 * @param schema the chosen schema (see {@link Model#commonSchema})
 * @param schemaConflict whether the fragments assert schemata with no common refinement
 * @param properties property name to values with their provenance, by name
 * @param fragments every fragment's provenance, sorted
 */
public record MergedEntity(
    EntityId id,
    String schema,
    boolean schemaConflict,
    SortedMap<String, List<Value>> properties,
    List<Provenance> fragments) {

  /** Copies the collections. */
  public MergedEntity {
    properties = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    fragments = List.copyOf(fragments);
  }

  /**
   * One value of one property with the fragments that assert it.
   *
   * @param value the value
   * @param assertedBy the fragments, sorted
   */
  public record Value(String value, List<Provenance> assertedBy) {
    /** Copies the list. */
    public Value {
      assertedBy = List.copyOf(assertedBy);
    }
  }

  /** The values of a property, without provenance, in sorted order. */
  public List<String> values(String property) {
    List<Value> values = properties.get(property);
    List<String> result = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> result.add(v.value()));
    }
    return result;
  }

  /** Property name to values, without provenance. */
  public SortedMap<String, List<String>> plainProperties() {
    SortedMap<String, List<String>> plain = new TreeMap<>();
    properties.forEach((name, values) -> plain.put(name, values(name)));
    return plain;
  }

  /** The distinct sources that assert anything about it. */
  public Set<SourceId> sources() {
    Set<SourceId> sources = new HashSet<>();
    fragments.forEach(p -> sources.add(p.source()));
    return sources;
  }

  /** A short caption: the first value of the first caption property the entity has, else its id. */
  public String caption(Model model) {
    for (String property : model.schema(schema).map(Schema::caption).orElse(List.of())) {
      List<String> values = values(property);
      if (!values.isEmpty()) {
        return values.get(0);
      }
    }
    return id.value();
  }
}
