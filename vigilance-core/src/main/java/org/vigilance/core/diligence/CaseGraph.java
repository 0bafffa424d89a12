package org.vigilance.core.diligence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Property;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.Provenance;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceCatalog;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.judgement.Components;

/**
 * The case as a graph: the merged entities of a workspace (members of a judged-same component
 * merged under its canonical id), with the references between them and the sources that assert
 * them. Due-diligence rules (claim statuses, assessments, red flags) read it.
 *
 * <p>Implementation notes. One pass over the store. Pages and the long texts of documents ({@code
 * bodyText}, {@code indexText}) are left out: the rules need what a document is, not what it says,
 * and a case workspace may hold many of them. Immutable once loaded; thread-safe.
 */
public final class CaseGraph {
  private static final Set<String> SKIPPED_SCHEMATA = Set.of("Page");
  private static final Set<String> SKIPPED_PROPERTIES = Set.of("bodyText", "indexText");

  private final Model model;
  private final Components components;
  private final Map<EntityId, MergedEntity> entities;
  private final Map<SourceId, Source> sources;
  private final Map<EntityId, List<Ref>> incoming;

  /** A reference from one entity to another through a property. */
  private record Ref(EntityId from, String property) {}

  private CaseGraph(
      Model model,
      Components components,
      Map<EntityId, MergedEntity> entities,
      Map<SourceId, Source> sources) {
    this.model = model;
    this.components = components;
    this.entities = entities;
    this.sources = sources;
    this.incoming = new HashMap<>();
    for (MergedEntity entity : entities.values()) {
      var schema = model.schema(entity.schema());
      if (schema.isEmpty()) {
        continue;
      }
      for (String name : entity.properties().keySet()) {
        Optional<Property> property = schema.get().property(name);
        if (property.isPresent() && property.get().type() == PropertyType.ENTITY) {
          for (String value : entity.values(name)) {
            incoming
                .computeIfAbsent(canonical(EntityId.of(value)), k -> new ArrayList<>())
                .add(new Ref(entity.id(), name));
          }
        }
      }
    }
  }

  /** Loads the graph of a workspace's store, merging the components that judgements give. */
  public static CaseGraph load(
      FragmentStore fragments, SourceCatalog catalog, Model model, Components components) {
    Map<SourceId, Source> sources = new HashMap<>();
    catalog.list().forEach(s -> sources.put(s.id(), s));
    Map<EntityId, List<Fragment>> byCanonical = new TreeMap<>();
    fragments.forEachEntity(
        (id, list) -> {
          List<Fragment> kept = new ArrayList<>(list.size());
          EntityId canonical = components.canonical(id);
          for (Fragment f : list) {
            if (SKIPPED_SCHEMATA.contains(f.schema())) {
              continue;
            }
            Map<String, List<String>> properties = new TreeMap<>(f.properties());
            properties.keySet().removeAll(SKIPPED_PROPERTIES);
            kept.add(
                new Fragment(
                    new EntityDraft(canonical, f.schema(), properties),
                    f.source(),
                    f.locator(),
                    f.recordedAt(),
                    f.recordedBy()));
          }
          if (!kept.isEmpty()) {
            byCanonical.computeIfAbsent(canonical, k -> new ArrayList<>()).addAll(kept);
          }
        });
    EntityMerger merger = new EntityMerger(model);
    Map<EntityId, MergedEntity> entities = new HashMap<>();
    byCanonical.forEach((id, list) -> entities.put(id, merger.merge(list)));
    return new CaseGraph(model, components, entities, sources);
  }

  /** The schema model. */
  public Model model() {
    return model;
  }

  /** The canonical id of an entity (itself unless judged the same as others). */
  public EntityId canonical(EntityId id) {
    return components.canonical(id);
  }

  /** The entity with this id (or a member of its component). */
  public Optional<MergedEntity> get(EntityId id) {
    return Optional.ofNullable(entities.get(canonical(id)));
  }

  /** The entity with this id, or an error naming what is missing. */
  public MergedEntity require(EntityId id) {
    return get(id)
        .orElseThrow(() -> new IllegalArgumentException("no entity '" + id + "' in the workspace"));
  }

  /**
   * The entity a user names: by id (or the id of a member of its component), else by an exact name
   * among the entities of the given schema ({@code HSCETC14C00002} for a contract whose id is a
   * mapping's hash).
   *
   * @throws IllegalArgumentException when nothing or more than one entity matches
   */
  public MergedEntity resolve(String schema, String idOrName) {
    if (EntityId.problem(idOrName) == null) {
      Optional<MergedEntity> byId = get(EntityId.of(idOrName));
      if (byId.isPresent()) {
        return byId.get();
      }
    }
    List<MergedEntity> named = new ArrayList<>();
    for (MergedEntity e : all(schema)) {
      if (e.values("name").contains(idOrName)) {
        named.add(e);
      }
    }
    if (named.size() == 1) {
      return named.get(0);
    }
    throw new IllegalArgumentException(
        named.isEmpty()
            ? "no entity '"
                + idOrName
                + "' in the workspace (neither an id nor a "
                + schema
                + "'s name)"
            : "'"
                + idOrName
                + "' names "
                + named.size()
                + " entities of schema "
                + schema
                + ": give one of their ids: "
                + named.stream().map(e -> e.id().value()).toList());
  }

  /** Whether the entity's schema is, or extends, the given schema. */
  public boolean isA(MergedEntity entity, String schema) {
    return model.schema(entity.schema()).map(s -> s.isA(schema)).orElse(false);
  }

  /** Every entity whose schema is, or extends, the given one, by id. */
  public List<MergedEntity> all(String schema) {
    List<MergedEntity> result = new ArrayList<>();
    for (MergedEntity e : entities.values()) {
      if (isA(e, schema)) {
        result.add(e);
      }
    }
    result.sort(Comparator.comparing(MergedEntity::id));
    return result;
  }

  /** The entities an entity refers to through a property, canonical, in value order. */
  public List<MergedEntity> refs(MergedEntity entity, String property) {
    List<MergedEntity> result = new ArrayList<>();
    for (String value : entity.values(property)) {
      get(EntityId.of(value)).ifPresent(result::add);
    }
    return result;
  }

  /**
   * The entities that refer to this one through the given property (of any schema), by id.
   *
   * @param property the property name, e.g. {@code claim} for the evidence links of a claim
   */
  public List<MergedEntity> referencing(EntityId target, String property) {
    List<MergedEntity> result = new ArrayList<>();
    for (Ref ref : incoming.getOrDefault(canonical(target), List.of())) {
      if (ref.property().equals(property)) {
        MergedEntity from = entities.get(ref.from());
        if (from != null && !result.contains(from)) {
          result.add(from);
        }
      }
    }
    result.sort(Comparator.comparing(MergedEntity::id));
    return result;
  }

  /** A registered source. */
  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sources.get(id));
  }

  /** Where a value or fragment comes from. */
  public Citation cite(Provenance provenance) {
    Source source = sources.get(provenance.source());
    if (source == null) {
      throw new IllegalStateException("fragment cites unknown source " + provenance.source());
    }
    return new Citation(
        source.id(), source.name(), provenance.locator(), source.grade(), source.originUrl());
  }

  /** Where an entity comes from: the first of its fragments (sorted), i.e. its capture. */
  public Citation cite(MergedEntity entity) {
    return cite(entity.fragments().get(0));
  }

  /**
   * The evidence grade of an entity as a piece of evidence: the best grade among the sources that
   * assert it (an official record that is also reported by the press stays E1).
   */
  public EvidenceGrade grade(MergedEntity entity) {
    List<EvidenceGrade> grades = new ArrayList<>();
    for (Provenance p : entity.fragments()) {
      Source s = sources.get(p.source());
      if (s != null) {
        grades.add(s.grade());
      }
    }
    return EvidenceGrade.best(grades);
  }
}
