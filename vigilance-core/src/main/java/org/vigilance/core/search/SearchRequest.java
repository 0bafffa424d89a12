package org.vigilance.core.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search: the query in the search language, the facets to count, the page size and where the
 * previous page ended.
 *
 * <p>The query language: words (all text fields, stemmed by language), {@code "phrases"}, {@code
 * AND}/{@code OR}/{@code NOT} (and {@code +}/{@code -}, parentheses), {@code field:value} with the
 * fields {@link #FIELDS}, ranges {@code amount:[1000 TO 5000]}, {@code date:[2020-01-01 TO
 * 2021-12-31]}, {@code year:[2019 TO 2021]}, prefixes {@code surveil*}, fuzzy words {@code
 * survelance~}. Bare words are combined with AND. An empty query (or {@code *}) matches everything.
 *
 * @param query the query
 * @param facets facet fields to count (see {@link #FACETS})
 * @param limit the page size, 1 to 10,000
 * @param after the cursor of the previous page ({@link SearchResult#nextCursor()}), or null
 */
public record SearchRequest(String query, List<String> facets, int limit, @Nullable String after) {

  /** Fields a query may name with {@code field:value}. */
  public static final List<String> FIELDS =
      List.of(
          "schema",
          "country",
          "agency",
          "year",
          "language",
          "sensitivity",
          "collection",
          "date",
          "amount",
          "name",
          "text",
          "id",
          "document",
          "page",
          "kind");

  /** Fields that can be counted as facets. */
  public static final List<String> FACETS =
      List.of(
          "schema", "country", "agency", "year", "collection", "language", "sensitivity", "kind");

  /** The largest page. */
  public static final int MAX_LIMIT = 10_000;

  /** Checks the page size and facet names. */
  public SearchRequest {
    facets = List.copyOf(facets);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }
    for (String facet : facets) {
      if (!FACETS.contains(facet)) {
        throw new IllegalArgumentException(
            "unknown facet '" + facet + "': expected one of " + String.join(", ", FACETS));
      }
    }
  }

  /** A first page of 20 hits without facets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), 20, null);
  }

  /** The same request for the page after the given cursor. */
  public SearchRequest after(@Nullable String cursor) {
    return new SearchRequest(query, facets, limit, cursor);
  }
}
