package org.vigilance.search.lucene;

import java.nio.file.Path;
import org.vigilance.core.search.SearchIndex;
import org.vigilance.testing.SearchIndexContract;

/** The search index contract on Lucene. */
class LuceneSearchIndexTest extends SearchIndexContract {
  @Override
  protected SearchIndex open(Path folder) {
    return LuceneSearchIndex.open(folder.resolve("index"));
  }
}
