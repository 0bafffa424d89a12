package org.vigilance.core.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of results.
 *
 * @param totalHits how many documents match in all
 * @param hits this page's hits, best first
 * @param facets for each requested facet, in the order asked, its values by count (highest first)
 * @param nextCursor the cursor of the next page, or null when this is the last
 */
public record SearchResult(
    long totalHits,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    @Nullable String nextCursor) {

  /** Copies the collections, keeping the facets' order. */
  public SearchResult {
    hits = List.copyOf(hits);
    Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
    facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    facets = java.util.Collections.unmodifiableMap(copy);
  }
}
