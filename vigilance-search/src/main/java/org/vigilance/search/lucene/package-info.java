/**
 * The search index on Lucene ({@link org.vigilance.search.lucene.LuceneSearchIndex}): ICU
 * tokenisation and folding, stemming by language (English, French, Spanish, German), the query
 * language on Lucene's classic query parser with Vigilance's field names, sorted-set facets,
 * highlighted snippets of the masked text, and cursor paging with {@code searchAfter}.
 */
@NullMarked
package org.vigilance.search.lucene;

import org.jspecify.annotations.NullMarked;
