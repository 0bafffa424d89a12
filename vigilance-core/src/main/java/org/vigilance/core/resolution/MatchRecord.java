package org.vigilance.core.resolution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Schema;

/**
 * What the matcher reads of an organisation.
 *
 * @param id the entity id (or a row label for labelled pairs)
 * @param schema the FtM schema
 * @param names names and aliases, as written
 * @param countries ISO country codes, lower case (country, jurisdiction, main country)
 * @param addresses addresses, as written
 * @param identifiers identifiers (see {@link Identifier#PROPERTY_SCHEMES})
 * @param parents ids of the parent entities (the FtM property of that name, singular)
 * @param parentNames names of parents, as written, when a source names a parent without an id
 *     (USAspending's {@code recipient_parent_name}, a column of a file of labelled pairs)
 */
public record MatchRecord(
    String id,
    String schema,
    List<String> names,
    Set<String> countries,
    List<String> addresses,
    List<Identifier> identifiers,
    Set<String> parents,
    List<String> parentNames) {

  /** The schemata matched: organisations, never people. */
  public static final List<String> MATCHABLE =
      List.of("Organization", "Company", "PublicBody", "LegalEntity");

  /** Copies the collections. */
  public MatchRecord {
    names = List.copyOf(names);
    countries = Set.copyOf(countries);
    addresses = List.copyOf(addresses);
    identifiers = List.copyOf(identifiers);
    parents = Set.copyOf(parents);
    parentNames = List.copyOf(parentNames);
  }

  /** A record without parent names. */
  public MatchRecord(
      String id,
      String schema,
      List<String> names,
      Set<String> countries,
      List<String> addresses,
      List<Identifier> identifiers,
      Set<String> parents) {
    this(id, schema, names, countries, addresses, identifiers, parents, List.of());
  }

  /** A record with names, identifiers and countries only (as in a file of labelled pairs). */
  public static MatchRecord of(
      String id, List<String> names, List<Identifier> identifiers, Set<String> countries) {
    return new MatchRecord(
        id, "LegalEntity", names, lower(countries), List.of(), identifiers, Set.of());
  }

  /**
   * A record with names, identifiers, countries, addresses and parent names (as in a file of
   * labelled pairs with the optional columns).
   */
  public static MatchRecord of(
      String id,
      List<String> names,
      List<Identifier> identifiers,
      Set<String> countries,
      List<String> addresses,
      List<String> parentNames) {
    return new MatchRecord(
        id, "LegalEntity", names, lower(countries), addresses, identifiers, Set.of(), parentNames);
  }

  /**
   * Reads an organisation from its merged view.
   *
   * @return the record, or empty when the entity is not an organisation ({@code Organization},
   *     {@code Company}, {@code PublicBody} or a plain {@code LegalEntity}); a {@code Person} is
   *     never matched
   */
  public static Optional<MatchRecord> from(MergedEntity entity, Model model) {
    if (!matchable(entity.schema(), model)) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>(entity.values("name"));
    names.addAll(entity.values("alias"));
    names.addAll(entity.values("previousName"));
    Set<String> countries = new LinkedHashSet<>(entity.values("country"));
    countries.addAll(entity.values("jurisdiction"));
    countries.addAll(entity.values("mainCountry"));
    List<Identifier> identifiers = new ArrayList<>();
    for (Map.Entry<String, String> e : Identifier.PROPERTY_SCHEMES.entrySet()) {
      for (String value : entity.values(e.getKey())) {
        identifiers.add(Identifier.of(e.getValue(), value));
      }
    }
    identifiers.sort(java.util.Comparator.comparing(Identifier::toString));
    return Optional.of(
        new MatchRecord(
            entity.id().value(),
            entity.schema(),
            names,
            lower(countries),
            entity.values("address"),
            identifiers,
            new LinkedHashSet<>(entity.values("parent"))));
  }

  /** Whether entities of a schema are matched (organisations, not people). */
  public static boolean matchable(String schemaName, Model model) {
    if (schemaName.equals("LegalEntity")) {
      return true;
    }
    Optional<Schema> schema = model.schema(schemaName);
    return schema.isPresent() && schema.get().isA("Organization");
  }

  private static Set<String> lower(Set<String> values) {
    Set<String> lower = new LinkedHashSet<>();
    values.forEach(v -> lower.add(v.strip().toLowerCase(Locale.ROOT)));
    lower.remove("");
    return lower;
  }
}
