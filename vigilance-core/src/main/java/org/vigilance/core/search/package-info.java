/**
 * Search: the {@link org.vigilance.core.search.SearchIndex} port (a projection of the store,
 * rebuilt at will), what goes into it ({@link org.vigilance.core.search.IndexDocument}, built by
 * {@link org.vigilance.core.search.IndexWorkspace} from the merged entities, with personal data
 * already masked) and what comes out ({@link org.vigilance.core.search.SearchResult}).
 */
@NullMarked
package org.vigilance.core.search;

import org.jspecify.annotations.NullMarked;
