package org.vigilance.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.Sensitivity;

/**
 * What the index holds about one entity, or about one page of a document's text. The text is
 * already masked (personal data of affected people replaced by {@code [kind]}), so that nothing the
 * index returns can show it and no search can find it.
 *
 * @param kind entity or page
 * @param key the unique key: the entity id for an entity, {@code <entity id>#text} for a text
 * @param entityId the entity
 * @param schema the entity's schema
 * @param caption the entity's caption
 * @param names the entity's names (properties of type name), for the names field
 * @param properties the other textual property values
 * @param dates date values, ISO and possibly partial ({@code 2021}, {@code 2021-03}, {@code
 *     2021-03-04})
 * @param amounts amounts (numbers of money properties)
 * @param countries country codes
 * @param agencies the agencies involved (their captions)
 * @param years the years of the dates
 * @param collections the collections of the sources that assert it
 * @param sensitivity the highest sensitivity of those sources, or null when no source is known
 * @param language the language of the text (ISO 639-1 or -3 code), or null
 * @param text the masked text of a page, or null
 * @param page the page number of a page of a paged document, or null
 * @param documentId the document a page belongs to, or null
 * @param linked the captions of what a relationship links (its ends) or a transaction belongs to
 *     (its contract): searched, but weighing less than the document's own words, so that a search
 *     for a contract's title finds the contract before the award, funding link and transactions
 *     that merely name it (their short texts would otherwise score higher)
 */
public record IndexDocument(
    Kind kind,
    String key,
    String entityId,
    String schema,
    String caption,
    List<String> names,
    List<String> properties,
    List<String> dates,
    List<Double> amounts,
    List<String> countries,
    List<String> agencies,
    List<String> years,
    List<String> collections,
    @Nullable Sensitivity sensitivity,
    @Nullable String language,
    @Nullable String text,
    @Nullable Integer page,
    @Nullable String documentId,
    List<String> linked) {

  /** What a document of the index stands for. */
  public enum Kind {
    /** A merged entity. */
    ENTITY,
    /** The text of a page of a document, or the body text of a document without pages. */
    PAGE
  }

  /** Copies the lists. */
  public IndexDocument {
    Objects.requireNonNull(kind);
    if (key.isEmpty() || entityId.isEmpty()) {
      throw new IllegalArgumentException("an index document needs a key and an entity id");
    }
    names = List.copyOf(names);
    properties = List.copyOf(properties);
    dates = List.copyOf(dates);
    amounts = List.copyOf(amounts);
    countries = List.copyOf(countries);
    agencies = List.copyOf(agencies);
    years = List.copyOf(years);
    collections = List.copyOf(collections);
    linked = List.copyOf(linked);
  }

  /** A builder of an entity document. */
  public static Builder entity(String entityId, String schema) {
    return new Builder(Kind.ENTITY, entityId, entityId, schema);
  }

  /** A builder of a page document with the given key. */
  public static Builder page(String key, String entityId, String schema) {
    return new Builder(Kind.PAGE, key, entityId, schema);
  }

  /** Builds an {@link IndexDocument}; years are taken from the dates. Not thread-safe. */
  public static final class Builder {
    private final Kind kind;
    private final String key;
    private final String entityId;
    private final String schema;
    private String caption;
    private final Set<String> names = new LinkedHashSet<>();
    private final List<String> properties = new ArrayList<>();
    private final Set<String> dates = new LinkedHashSet<>();
    private final List<Double> amounts = new ArrayList<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<String> agencies = new LinkedHashSet<>();
    private final Set<String> collections = new LinkedHashSet<>();
    private @Nullable Sensitivity sensitivity;
    private @Nullable String language;
    private @Nullable String text;
    private @Nullable Integer page;
    private @Nullable String documentId;
    private final List<String> linked = new ArrayList<>();

    private Builder(Kind kind, String key, String entityId, String schema) {
      this.kind = kind;
      this.key = key;
      this.entityId = entityId;
      this.schema = schema;
      this.caption = entityId;
    }

    /** Sets the caption. */
    public Builder caption(String value) {
      this.caption = value;
      return this;
    }

    /** Adds names. */
    public Builder names(Iterable<String> values) {
      values.forEach(names::add);
      return this;
    }

    /** Adds other property text. */
    public Builder properties(Iterable<String> values) {
      values.forEach(properties::add);
      return this;
    }

    /** Adds dates (ISO, possibly partial). */
    public Builder dates(Iterable<String> values) {
      values.forEach(dates::add);
      return this;
    }

    /** Adds amounts. */
    public Builder amounts(Iterable<Double> values) {
      values.forEach(amounts::add);
      return this;
    }

    /** Adds country codes. */
    public Builder countries(Iterable<String> values) {
      values.forEach(countries::add);
      return this;
    }

    /** Adds agencies. */
    public Builder agencies(Iterable<String> values) {
      values.forEach(agencies::add);
      return this;
    }

    /** Adds collections. */
    public Builder collections(Iterable<String> values) {
      values.forEach(collections::add);
      return this;
    }

    /** Sets the highest sensitivity. */
    public Builder sensitivity(@Nullable Sensitivity value) {
      this.sensitivity = value;
      return this;
    }

    /** Sets the language. */
    public Builder language(@Nullable String value) {
      this.language = value;
      return this;
    }

    /** Sets the (masked) text. */
    public Builder text(@Nullable String value) {
      this.text = value;
      return this;
    }

    /** Sets the page number. */
    public Builder page(@Nullable Integer value) {
      this.page = value;
      return this;
    }

    /** Sets the document a page belongs to. */
    public Builder documentId(@Nullable String value) {
      this.documentId = value;
      return this;
    }

    /** Adds the captions of what a relationship links or a transaction belongs to. */
    public Builder linked(Iterable<String> values) {
      values.forEach(linked::add);
      return this;
    }

    /** The document. */
    public IndexDocument build() {
      Set<String> years = new LinkedHashSet<>();
      for (String date : dates) {
        if (date.length() >= 4 && date.chars().limit(4).allMatch(Character::isDigit)) {
          years.add(date.substring(0, 4));
        }
      }
      return new IndexDocument(
          kind,
          key,
          entityId,
          schema,
          caption,
          List.copyOf(names),
          properties,
          List.copyOf(dates),
          amounts,
          List.copyOf(countries),
          List.copyOf(agencies),
          List.copyOf(years),
          List.copyOf(collections),
          sensitivity,
          language,
          text,
          page,
          documentId,
          linked);
    }
  }
}
