package org.vigilance.core.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The schema model: every schema with its resolved inheritance, and the vocabularies of the types
 * that take values from a closed list. Immutable and thread-safe.
 */
public final class Model {
  private final Map<String, Schema> schemata;
  private final Map<PropertyType, Set<String>> vocabularies;
  private final Map<SortedSet<String>, SchemaChoice> choices =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Model(Map<String, Schema> schemata, Map<PropertyType, Set<String>> vocabularies) {
    this.schemata = Map.copyOf(schemata);
    this.vocabularies = Map.copyOf(vocabularies);
  }

  /** A builder to which schema specs and vocabularies are added. */
  public static Builder builder() {
    return new Builder();
  }

  /** A schema by name. */
  public Optional<Schema> schema(String name) {
    return Optional.ofNullable(schemata.get(name));
  }

  /** A schema by name, or an exception naming it. */
  public Schema require(String name) {
    Schema schema = schemata.get(name);
    if (schema == null) {
      throw new IllegalArgumentException("unknown schema '" + name + "'");
    }
    return schema;
  }

  /** Every schema name, sorted. */
  public SortedSet<String> schemaNames() {
    return new TreeSet<>(schemata.keySet());
  }

  /** The allowed values of a type with a closed list; empty for other types. */
  public Set<String> vocabulary(PropertyType type) {
    return vocabularies.getOrDefault(type, Set.of());
  }

  /**
   * Why a draft does not fit the model, or empty when it does: an unknown or abstract schema, a
   * property the schema lacks, or a value of the wrong type.
   */
  public Optional<Problem> check(EntityDraft draft) {
    Schema schema = schemata.get(draft.schema());
    if (schema == null) {
      return Optional.of(new Problem("schema", "unknown schema '" + draft.schema() + "'"));
    }
    if (schema.isAbstract()) {
      return Optional.of(
          new Problem("schema", "schema '" + draft.schema() + "' is abstract: use a concrete one"));
    }
    for (Map.Entry<String, List<String>> entry : draft.properties().entrySet()) {
      Property property = schema.properties().get(entry.getKey());
      if (property == null) {
        return Optional.of(
            new Problem(
                "properties." + entry.getKey(),
                "schema '" + schema.name() + "' has no property '" + entry.getKey() + "'"));
      }
      Set<String> vocabulary = vocabulary(property.type());
      List<String> values = entry.getValue();
      for (int i = 0; i < values.size(); i++) {
        String problem = property.type().problem(values.get(i), vocabulary);
        if (problem != null) {
          return Optional.of(
              new Problem(
                  "properties." + entry.getKey() + "[" + i + "]",
                  "wrong value for " + property.type().ftmName() + " property: " + problem));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The schema of an entity asserted under several schemata: the most specific schema that is a
   * kind of each of them. When none exists the result names the conflict and picks the
   * alphabetically first of the most specific ones, so that the choice does not depend on the order
   * of the fragments.
   */
  public SchemaChoice commonSchema(Collection<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no schema to choose from");
    }
    // most entities are asserted under one schema: it is its own choice when the model knows it
    // (the schemata that are a kind of it are it and its descendants, of which it is the least
    // specific); other sets are worked out once (the model does not change)
    String first = names.iterator().next();
    boolean one = true;
    for (String name : names) {
      if (!name.equals(first)) {
        one = false;
        break;
      }
    }
    if (one && schemata.containsKey(first)) {
      return new SchemaChoice(first, false);
    }
    SortedSet<String> distinct = new TreeSet<>(names);
    return choices.computeIfAbsent(distinct, this::choose);
  }

  private SchemaChoice choose(SortedSet<String> distinct) {
    for (String name : distinct) {
      if (!schemata.containsKey(name)) {
        return new SchemaChoice(distinct.first(), true);
      }
    }
    // the candidates: schemata that are a kind of every asserted one; keep the least specific of
    // them
    List<Schema> candidates = new ArrayList<>();
    for (Schema schema : schemata.values()) {
      if (schema.ancestors().containsAll(distinct)) {
        candidates.add(schema);
      }
    }
    List<Schema> minimal = new ArrayList<>();
    for (Schema candidate : candidates) {
      boolean hasMoreGeneralCandidate = false;
      for (Schema other : candidates) {
        if (!other.name().equals(candidate.name()) && candidate.isA(other.name())) {
          hasMoreGeneralCandidate = true;
          break;
        }
      }
      if (!hasMoreGeneralCandidate) {
        minimal.add(candidate);
      }
    }
    if (minimal.size() == 1) {
      return new SchemaChoice(minimal.get(0).name(), false);
    }
    // conflict: the most specific asserted schemata (no other asserted one is a kind of them)
    List<String> mostSpecific = new ArrayList<>();
    for (String name : distinct) {
      boolean refined = false;
      for (String other : distinct) {
        if (!other.equals(name) && require(other).isA(name)) {
          refined = true;
          break;
        }
      }
      if (!refined) {
        mostSpecific.add(name);
      }
    }
    mostSpecific.sort(Comparator.naturalOrder());
    return new SchemaChoice(mostSpecific.get(0), true);
  }

  /**
   * The schema chosen for a merged entity.
   *
   * @param name the schema
   * @param conflict true when the asserted schemata have no common refinement
   */
  public record SchemaChoice(String name, boolean conflict) {}

  /**
   * Why a draft does not fit.
   *
   * @param field the field at fault
   * @param reason the reason
   */
  public record Problem(String field, String reason) {}

  /** Collects schema specs and vocabularies, then resolves inheritance. Not thread-safe. */
  public static final class Builder {
    private final Map<String, SchemaSpec> specs = new LinkedHashMap<>();
    private final Map<PropertyType, Set<String>> vocabularies = new EnumMap<>(PropertyType.class);

    private Builder() {}

    /** Adds a schema; a second spec of the same name is an error. */
    public Builder add(SchemaSpec spec) {
      SchemaSpec previous = specs.putIfAbsent(spec.name(), spec);
      if (previous != null) {
        throw new IllegalArgumentException(
            "schema '"
                + spec.name()
                + "' is defined twice: in "
                + previous.origin()
                + " and in "
                + spec.origin());
      }
      return this;
    }

    /** Sets the allowed values of a type with a closed list. */
    public Builder vocabulary(PropertyType type, Collection<String> values) {
      vocabularies.put(type, Set.copyOf(values));
      return this;
    }

    /** Resolves inheritance; fails naming the schema and what is wrong. */
    public Model build() {
      Map<String, Schema> resolved = new HashMap<>();
      for (String name : specs.keySet()) {
        resolve(name, resolved, new LinkedHashSet<>());
      }
      for (PropertyType type : PropertyType.values()) {
        if (type.hasVocabulary() && !vocabularies.containsKey(type)) {
          throw new IllegalArgumentException("no vocabulary given for type " + type.ftmName());
        }
      }
      for (Schema schema : resolved.values()) {
        for (Property property : schema.properties().values()) {
          if (property.range() != null && !resolved.containsKey(property.range())) {
            throw new IllegalArgumentException(
                "property "
                    + property.definedBy()
                    + ":"
                    + property.name()
                    + " has an unknown range '"
                    + property.range()
                    + "'");
          }
        }
      }
      return new Model(resolved, vocabularies);
    }

    private Schema resolve(String name, Map<String, Schema> done, Set<String> visiting) {
      Schema existing = done.get(name);
      if (existing != null) {
        return existing;
      }
      SchemaSpec spec = specs.get(name);
      if (spec == null) {
        throw new IllegalArgumentException("unknown schema '" + name + "'");
      }
      if (!visiting.add(name)) {
        throw new IllegalArgumentException("schema inheritance cycle: " + visiting + " -> " + name);
      }
      Set<String> ancestors = new HashSet<>();
      ancestors.add(name);
      Map<String, Property> properties = new TreeMap<>();
      List<String> required = new ArrayList<>();
      List<String> caption = new ArrayList<>();
      @Nullable String edgeSource = spec.edgeSource();
      @Nullable String edgeTarget = spec.edgeTarget();
      for (String parentName : spec.parents()) {
        if (!specs.containsKey(parentName)) {
          throw new IllegalArgumentException(
              "schema '"
                  + name
                  + "' ("
                  + spec.origin()
                  + ") extends unknown schema '"
                  + parentName
                  + "'");
        }
        Schema parent = resolve(parentName, done, visiting);
        ancestors.addAll(parent.ancestors());
        properties.putAll(parent.properties());
        required.addAll(parent.required());
        if (caption.isEmpty()) {
          caption.addAll(parent.caption());
        }
        if (edgeSource == null) {
          edgeSource = parent.edgeSource();
          edgeTarget = parent.edgeTarget();
        }
      }
      for (SchemaSpec.PropertySpec p : spec.properties()) {
        PropertyType type;
        try {
          type = p.type() == null ? PropertyType.STRING : PropertyType.fromFtmName(p.type());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "schema '"
                  + name
                  + "' ("
                  + spec.origin()
                  + ") property '"
                  + p.name()
                  + "': "
                  + e.getMessage(),
              e);
        }
        if (type == PropertyType.ENTITY && p.range() == null) {
          throw new IllegalArgumentException(
              "schema '" + name + "' property '" + p.name() + "' is an entity without a range");
        }
        boolean matchable = p.matchable() != null ? p.matchable() : type != PropertyType.TEXT;
        properties.put(
            p.name(),
            new Property(p.name(), p.label(), type, p.range(), p.hidden(), matchable, name));
      }
      for (String r : spec.required()) {
        if (!required.contains(r)) {
          required.add(r);
        }
      }
      if (!spec.caption().isEmpty()) {
        caption = new ArrayList<>(spec.caption());
      }
      visiting.remove(name);
      Schema schema =
          new Schema(
              name,
              spec.label(),
              spec.plural(),
              spec.isAbstract(),
              spec.matchable(),
              spec.parents(),
              ancestors,
              properties,
              required,
              caption,
              edgeSource,
              edgeTarget);
      done.put(name, schema);
      return schema;
    }
  }
}
