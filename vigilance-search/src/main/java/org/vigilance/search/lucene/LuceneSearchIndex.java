package org.vigilance.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.search.FacetCount;
import org.vigilance.core.search.Hit;
import org.vigilance.core.search.IndexDocument;
import org.vigilance.core.search.SearchIndex;
import org.vigilance.core.search.SearchRequest;
import org.vigilance.core.search.SearchResult;
import org.vigilance.core.search.Snippet;

/**
 * The search index on Lucene, in one folder (the workspace's {@code index/}).
 *
 * <p>Each {@link IndexDocument} is one Lucene document: its text (caption, names, properties, or
 * the masked page text) in a base field (ICU tokens, folded) and, when its language is English,
 * French, Spanish or German, in that language's stemmed field; names also whole and folded; dates
 * as ranges of days, amounts as double points, years and pages as int points; facets as sorted-set
 * doc values; filters as folded keywords. The watermark lives in the commit's user data, so it is
 * committed atomically with the documents.
 *
 * <p>Thread-safety: one writer thread (upsert, remove, commit) at a time, or several threads adding
 * (Lucene's writer indexes each thread's documents in a buffer of its own); searches from any
 * thread.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final String WATERMARK = "vigilance.watermark";
  private static final int FACET_VALUES = 50;
  private static final int SNIPPETS = 3;
  private static final String SEPARATOR = " \u00b7 ";

  private static final FieldType TEXT_STORED = textType(true);
  private static final FieldType TEXT_UNSTORED = textType(false);

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.setStored(stored);
    type.freeze();
    return type;
  }

  private final Directory directory;
  private final Analyzer analyzer = Analysis.perField();
  private final FacetsConfig facets = new FacetsConfig();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Sort sort =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.KEY, SortField.Type.STRING));
  private volatile long watermark;
  private volatile @Nullable FacetState facetState;

  private record FacetState(IndexReader reader, @Nullable SortedSetDocValuesReaderState state) {}

  /**
   * Opens (or creates) the index in a folder.
   *
   * @throws UncheckedIOException when the folder cannot be read or written, or is locked by another
   *     process
   */
  public static LuceneSearchIndex open(Path folder) {
    Directory directory;
    try {
      directory = FSDirectory.open(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + folder, e);
    }
    try {
      return new LuceneSearchIndex(directory);
    } catch (IOException | RuntimeException e) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot open the search index in " + folder, io);
      }
      throw (RuntimeException) e;
    }
  }

  private LuceneSearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    for (String facet : Fields.FACETS) {
      facets.setMultiValued(facet, true);
    }
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    IndexWriter opened = new IndexWriter(directory, config);
    try {
      if (DirectoryReader.indexExists(directory)) {
        String stored = null;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          stored = reader.getIndexCommit().getUserData().get(WATERMARK);
        }
        watermark = stored == null ? 0 : Long.parseLong(stored);
      } else {
        opened.commit();
      }
      this.writer = opened;
      this.searchers = new SearcherManager(opened, null);
    } catch (IOException | RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  @Override
  public void upsert(List<IndexDocument> documents) {
    write(documents, true);
  }

  @Override
  public void add(List<IndexDocument> documents) {
    write(documents, false);
  }

  /** Writes documents, replacing those with the same key when {@code replace}. */
  private void write(List<IndexDocument> documents, boolean replace) {
    try {
      for (IndexDocument doc : documents) {
        Document lucene = facets.build(toLucene(doc));
        if (replace) {
          writer.updateDocument(new Term(Fields.KEY, doc.key()), lucene);
        } else {
          writer.addDocument(lucene);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index", e);
    }
  }

  @Override
  public void flushAdded() {
    try {
      // each call writes out one thread's buffer (the largest left); threads calling at once
      // write out different buffers
      while (writer.flushNextBuffer()) {
        // next buffer
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index", e);
    }
  }

  @Override
  public void removeEntities(List<String> entityIds) {
    try {
      Term[] terms = entityIds.stream().map(id -> new Term(Fields.ID, id)).toArray(Term[]::new);
      writer.deleteDocuments(terms);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index", e);
    }
  }

  @Override
  public void removeAll() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the search index", e);
    }
  }

  @Override
  public long watermark() {
    return watermark;
  }

  @Override
  public void commit(long newWatermark) {
    try {
      writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(newWatermark)).entrySet());
      writer.commit();
      watermark = newWatermark;
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index", e);
    }
  }

  @Override
  public long count() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index", e);
    }
  }

  @Override
  public void close() {
    try {
      try {
        searchers.close();
      } finally {
        // uncommitted changes are dropped: the watermark says what is indexed
        writer.rollback();
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index", e);
    }
  }

  // --- documents ----------------------------------------------------------------------------

  private static Document toLucene(IndexDocument doc) {
    Document d = new Document();
    d.add(new StringField(Fields.KEY, doc.key(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.KEY, new BytesRef(doc.key())));
    d.add(new StringField(Fields.ID, doc.entityId(), Field.Store.YES));
    d.add(new StoredField(Fields.SCHEMA_STORED, doc.schema()));
    d.add(new StoredField(Fields.CAPTION, doc.caption()));
    d.add(new StoredField(Fields.KIND_STORED, doc.kind().name()));
    if (doc.documentId() != null) {
      d.add(new StringField(Fields.DOCUMENT, doc.documentId(), Field.Store.YES));
    }
    if (doc.page() != null) {
      d.add(new IntPoint(Fields.PAGE, doc.page()));
      d.add(new StoredField(Fields.PAGE, doc.page()));
    }

    String text = searchableText(doc);
    d.add(new Field(Fields.TEXT, text, TEXT_STORED));
    String language = Analysis.stemmedLanguage(doc.language());
    if (language != null) {
      d.add(new Field(Fields.text(language), text, TEXT_UNSTORED));
      d.add(new StoredField(Fields.STEM, language));
    }
    for (String linked : doc.linked()) {
      d.add(new Field(Fields.LINKED, linked, TEXT_UNSTORED));
    }
    if (ownCaption(doc)) {
      // an entity's own caption (a contract's title) weighs as a name: a search for it finds the
      // entity before the longer or shorter texts that repeat it
      d.add(new Field(Fields.NAMES, doc.caption(), TEXT_UNSTORED));
    }
    for (String name : doc.names()) {
      d.add(new Field(Fields.NAMES, name, TEXT_UNSTORED));
      d.add(new StringField(Fields.NAME_KEY, Analysis.nameKey(name), Field.Store.NO));
    }
    for (String date : doc.dates()) {
      int[] days = QueryLanguage.storedDateRange(date);
      if (days != null) {
        d.add(new IntRange(Fields.DATE, new int[] {days[0]}, new int[] {days[1]}));
      }
    }
    for (double amount : doc.amounts()) {
      d.add(new DoublePoint(Fields.AMOUNT, amount));
    }
    for (String year : doc.years()) {
      try {
        d.add(new IntPoint(Fields.YEAR_POINT, Integer.parseInt(year)));
      } catch (NumberFormatException e) {
        // not a year: kept as a keyword only
      }
    }
    facet(d, "schema", List.of(doc.schema()));
    facet(d, "kind", List.of(doc.kind().name().toLowerCase(java.util.Locale.ROOT)));
    facet(d, "country", doc.countries());
    facet(d, "agency", doc.agencies());
    for (String agency : doc.agencies()) {
      d.add(new Field(Fields.AGENCY_TEXT, agency, TEXT_UNSTORED));
    }
    facet(d, "year", doc.years());
    facet(d, "collection", doc.collections());
    if (doc.language() != null) {
      facet(d, "language", List.of(Analysis.languageCode(doc.language())));
    }
    if (doc.sensitivity() != null) {
      facet(d, "sensitivity", List.of(doc.sensitivity().label()));
    }
    return d;
  }

  private static void facet(Document d, String facet, List<String> values) {
    for (String value : values) {
      if (value.isBlank()) {
        continue;
      }
      d.add(new SortedSetDocValuesFacetField(facet, value));
      d.add(new StringField(Fields.filter(facet), Analysis.fold(value), Field.Store.NO));
    }
  }

  /** Whether the caption is the entity's own, not yet a name, and not just its id. */
  private static boolean ownCaption(IndexDocument doc) {
    return doc.kind() == IndexDocument.Kind.ENTITY
        && doc.linked().isEmpty()
        && !doc.caption().equals(doc.entityId())
        && !doc.names().contains(doc.caption());
  }

  private static StringBuilder separate(StringBuilder text) {
    return text.isEmpty() ? text : text.append(SEPARATOR);
  }

  /** The text a document is searched and highlighted by. */
  private static String searchableText(IndexDocument doc) {
    if (doc.kind() == IndexDocument.Kind.PAGE) {
      return doc.text() == null ? "" : doc.text();
    }
    // a caption borrowed from what the document links is searched in its own field (LINKED)
    StringBuilder text = new StringBuilder(doc.linked().isEmpty() ? doc.caption() : "");
    for (String name : doc.names()) {
      if (!name.equals(doc.caption())) {
        separate(text).append(name);
      }
    }
    for (String value : doc.properties()) {
      if (!value.equals(doc.caption())) {
        separate(text).append(value);
      }
    }
    for (String agency : doc.agencies()) {
      separate(text).append(agency);
    }
    return text.toString();
  }

  // --- search -------------------------------------------------------------------------------

  /**
   * The Lucene query that {@link #search} runs for a query text, for benchmarks and diagnostics.
   *
   * @throws org.vigilance.core.search.QuerySyntaxException when the query cannot be read
   */
  public Query luceneQuery(String query) {
    return QueryLanguage.parse(query, analyzer);
  }

  @Override
  public SearchResult search(SearchRequest request) {
    Query query = QueryLanguage.parse(request.query(), analyzer);
    FieldDoc after =
        request.after() == null ? null : Cursor.decode(request.query(), request.after());
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search(searcher, request, query, after);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  private SearchResult search(
      IndexSearcher searcher, SearchRequest request, Query query, @Nullable FieldDoc after)
      throws IOException {
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(sort, request.limit() + 1, after, Integer.MAX_VALUE);
    TopFieldDocs docs;
    FacetsCollector facetHits = null;
    if (request.facets().isEmpty()) {
      docs = searcher.search(query, top);
    } else {
      Object[] results =
          searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
      docs = (TopFieldDocs) results[0];
      facetHits = (FacetsCollector) results[1];
    }
    ScoreDoc[] scored = docs.scoreDocs;
    int shown = Math.min(scored.length, request.limit());
    int[] ids = new int[shown];
    for (int i = 0; i < shown; i++) {
      ids[i] = scored[i].doc;
    }
    var stored = searcher.storedFields();
    Document[] found = new Document[shown];
    String[] texts = new String[shown];
    @Nullable String[] stems = new String[shown];
    for (int i = 0; i < shown; i++) {
      found[i] = stored.document(ids[i]);
      String text = found[i].get(Fields.TEXT);
      texts[i] = text == null ? "" : text;
      stems[i] = found[i].get(Fields.STEM);
    }
    List<List<Snippet>> snippets =
        Highlights.snippets(searcher, analyzer, query, ids, texts, stems, SNIPPETS);
    List<Hit> hits = new ArrayList<>(shown);
    String lastKey = null;
    float lastScore = 0;
    for (int i = 0; i < shown; i++) {
      Document d = found[i];
      FieldDoc fd = (FieldDoc) scored[i];
      float score = (Float) fd.fields[0];
      String key = d.get(Fields.KEY);
      IndexDocument.Kind kind = IndexDocument.Kind.valueOf(d.get(Fields.KIND_STORED));
      var page = d.getField(Fields.PAGE);
      hits.add(
          new Hit(
              kind,
              d.get(Fields.ID),
              d.get(Fields.SCHEMA_STORED),
              d.get(Fields.CAPTION),
              d.get(Fields.DOCUMENT),
              page == null ? null : page.numericValue().intValue(),
              score,
              snippets.get(i)));
      lastKey = key;
      lastScore = score;
    }
    String next =
        scored.length > request.limit() && lastKey != null
            ? Cursor.encode(request.query(), lastScore, lastKey)
            : null;
    Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
    if (facetHits != null) {
      counts = facetCounts(searcher, request.facets(), facetHits);
    }
    return new SearchResult(docs.totalHits.value(), hits, counts, next);
  }

  private Map<String, List<FacetCount>> facetCounts(
      IndexSearcher searcher, List<String> wanted, FacetsCollector hits) throws IOException {
    Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    SortedSetDocValuesFacetCounts facetCounts =
        state == null ? null : new SortedSetDocValuesFacetCounts(state, hits);
    for (String dim : wanted) {
      List<FacetCount> values = new ArrayList<>();
      if (facetCounts != null) {
        FacetResult result;
        try {
          result = facetCounts.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException e) {
          result = null; // no document has this facet
        }
        if (result != null) {
          for (LabelAndValue lv : result.labelValues) {
            values.add(new FacetCount(lv.label, lv.value.longValue()));
          }
        }
      }
      counts.put(dim, values);
    }
    return counts;
  }

  private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader)
      throws IOException {
    FacetState cached = facetState;
    if (cached != null && cached.reader().equals(reader)) {
      return cached.state();
    }
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, facets);
    } catch (IllegalArgumentException e) {
      state = null; // an index with no facet values yet
    }
    facetState = new FacetState(reader, state);
    return state;
  }
}
