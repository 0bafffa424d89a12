package org.vigilance.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Merges the fragments of one entity into its {@link MergedEntity} view. Stateless. */
public final class EntityMerger {
  private final Model model;

  /** A merger for entities of the given model. */
  public EntityMerger(Model model) {
    this.model = model;
  }

  /**
   * Merges fragments that share an entity id. The result does not depend on their order.
   *
   * @throws IllegalArgumentException when the list is empty or mixes entity ids
   */
  public MergedEntity merge(List<Fragment> fragments) {
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    EntityId id = fragments.get(0).entityId();
    TreeSet<String> schemata = new TreeSet<>();
    Map<String, Map<String, List<Provenance>>> byProperty = new TreeMap<>();
    List<Provenance> all = new ArrayList<>();
    for (Fragment fragment : fragments) {
      if (!fragment.entityId().equals(id)) {
        throw new IllegalArgumentException(
            "cannot merge fragments of " + id + " and " + fragment.entityId());
      }
      schemata.add(fragment.schema());
      Provenance provenance = Provenance.of(fragment);
      all.add(provenance);
      fragment
          .properties()
          .forEach(
              (property, values) -> {
                Map<String, List<Provenance>> byValue =
                    byProperty.computeIfAbsent(property, p -> new TreeMap<>());
                for (String value : values) {
                  List<Provenance> asserted =
                      byValue.computeIfAbsent(value, v -> new ArrayList<>());
                  if (!asserted.contains(provenance)) {
                    asserted.add(provenance);
                  }
                }
              });
    }
    Model.SchemaChoice choice = model.commonSchema(schemata);
    TreeMap<String, List<MergedEntity.Value>> properties = new TreeMap<>();
    byProperty.forEach(
        (property, byValue) -> {
          List<MergedEntity.Value> values = new ArrayList<>();
          byValue.forEach(
              (value, provenances) -> {
                List<Provenance> sorted = new ArrayList<>(provenances);
                sorted.sort(null);
                values.add(new MergedEntity.Value(value, sorted));
              });
          properties.put(property, values);
        });
    all.sort(null);
    return new MergedEntity(id, choice.name(), choice.conflict(), properties, dedupe(all));
  }

  private static List<Provenance> dedupe(List<Provenance> sorted) {
    List<Provenance> result = new ArrayList<>(sorted.size());
    for (Provenance p : sorted) {
      if (result.isEmpty() || !result.get(result.size() - 1).equals(p)) {
        result.add(p);
      }
    }
    return result;
  }
}
