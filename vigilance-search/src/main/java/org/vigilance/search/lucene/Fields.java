package org.vigilance.search.lucene;

import java.util.List;
import java.util.Map;

/** The names of the index's fields, and the query language's names for them. */
final class Fields {
  private Fields() {}

  /** Unique key: stored, indexed, sorted (the tie-break of the cursor). */
  static final String KEY = "key";

  /** The entity id: stored, exact. */
  static final String ID = "id";

  /** The document a page belongs to: stored, exact. */
  static final String DOCUMENT = "document";

  /** Stored only. */
  static final String SCHEMA_STORED = "schema_stored";

  /** Stored only. */
  static final String CAPTION = "caption";

  /** Stored only. */
  static final String KIND_STORED = "kind_stored";

  /** The stemmed language of the text, stored: which stemmed field to highlight. */
  static final String STEM = "stem";

  /** Page number: stored, and an int point. */
  static final String PAGE = "page";

  /** The searchable text (base chain), stored for snippets. */
  static final String TEXT = "text";

  /**
   * The captions a relationship or a transaction borrows from what it links (base chain, not
   * stored): searched by bare words at a lower boost than the document's own text.
   */
  static final String LINKED = "linked";

  /** Names (base chain). */
  static final String NAMES = "names";

  /** Agency names (base chain), so that {@code agency:immigration} finds a word of the name. */
  static final String AGENCY_TEXT = "agency_text";

  /** Whole names, normalised ({@link Analysis#nameKey}); not analysed. */
  static final String NAME_KEY = "name_key";

  /** Dates as ranges of epoch days (a partial date covers its month or year). */
  static final String DATE = "date";

  /** Amounts as double points. */
  static final String AMOUNT = "amount";

  /** Years as int points (the keyword is {@code f_year}). */
  static final String YEAR_POINT = "year_point";

  /** The stemmed text field of a language. */
  static String text(String language) {
    return TEXT + "_" + language;
  }

  /** The keyword filter field of a facet. */
  static String filter(String facet) {
    return "f_" + facet;
  }

  /** Facets (and the filter fields of the same names). */
  static final List<String> FACETS =
      List.of(
          "schema", "country", "agency", "year", "collection", "language", "sensitivity", "kind");

  /** Fields analysed by the keyword chain. */
  static final List<String> KEYWORD_FIELDS =
      List.of(
          filter("schema"),
          filter("country"),
          filter("agency"),
          filter("year"),
          filter("collection"),
          filter("language"),
          filter("sensitivity"),
          filter("kind"));

  /** The fields a bare word searches, with their boosts. */
  static final Map<String, Float> BARE =
      Map.of(
          TEXT,
          1.0f,
          text("en"),
          1.0f,
          text("fr"),
          1.0f,
          text("es"),
          1.0f,
          text("de"),
          1.0f,
          NAMES,
          2.0f,
          LINKED,
          0.7f);
}
