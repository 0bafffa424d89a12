package org.vigilance.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.search.IndexDocument;
import org.vigilance.core.search.SearchRequest;
import org.vigilance.core.search.SearchResult;
import org.vigilance.search.lucene.LuceneSearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigilance bench search}: the search port on Lucene against a bare Lucene searcher.
 *
 * <p>Implementation notes. It generates seeded entities and pages straight into a {@link
 * LuceneSearchIndex} (the store is not involved: this times search, not import), then runs a mix of
 * keyword, phrase, filtered and faceted queries, each through {@code SearchIndex.search} (parse,
 * exact total, sort by score and key, cursor, facets when asked, highlighted snippets, stored
 * fields) and through a bare {@code IndexSearcher} on the same index folder with the same Lucene
 * query (top hits by score with Lucene's default hit counting, the stored key of each hit, facet
 * counts when asked; no snippets). The two alternate query by query, after a warm-up of every query
 * once, so that both see the same caches.
 */
@Command(
    name = "search",
    description = {
      "Generate N seeded entities and P pages into a Lucene search index, then time a mix of",
      "keyword, phrase, filtered and faceted queries through SearchIndex.search and through a",
      "bare Lucene IndexSearcher running the same queries; print p50/p95/p99 of both and the",
      "p95 ratio (target <= 2)."
    })
final class SearchBench implements Callable<Integer> {
  private static final List<String> COMMON =
      List.of(
          "surveillance",
          "contract",
          "data",
          "platform",
          "case",
          "management",
          "immigration",
          "analytics",
          "integration",
          "deportation",
          "software",
          "licence",
          "services",
          "agency",
          "investigative",
          "system",
          "support",
          "maintenance",
          "cloud",
          "hosting");
  private static final List<String> SCHEMATA =
      List.of("Company", "Contract", "ContractAward", "PublicBody", "Contract", "Company");
  private static final List<String> COUNTRIES = List.of("us", "gb", "fr", "de", "es", "ca");
  private static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "en");
  private static final String[] SYLLABLES = {
    "an", "ber", "co", "da", "el", "fi", "gor", "ha", "in", "jo", "ka", "lu", "mer", "no", "or",
    "pa", "qui", "ro", "sa", "tor", "u", "ve", "wa", "xi", "yo", "zen"
  };

  @ParentCommand @Nullable BenchCommand parent;

  @Option(names = "--entities", description = "How many entities (default: ${DEFAULT-VALUE}).")
  int entities = 1_000_000;

  @Option(names = "--pages", description = "How many pages (default: ${DEFAULT-VALUE}).")
  int pages = 100_000;

  @Option(names = "--queries", description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
  int queries = 200;

  @Option(names = "--limit", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--dir", description = "Scratch folder (default: a new temporary folder).")
  @Nullable Path dir;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  private final List<String> vocabulary = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintStream out = parent == null ? System.out : parent.environment().out();
    Path scratch = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("vsb");
    try {
      SplittableRandom random = new SplittableRandom(seed);
      vocabulary.addAll(COMMON);
      while (vocabulary.size() < 5_000) {
        vocabulary.add(word(random));
      }
      Path folder = scratch.resolve("index");
      out.printf(
          Locale.ROOT,
          "JVM %s, max heap %,d MB, %d processors%n",
          Runtime.version(),
          Runtime.getRuntime().maxMemory() / 1_000_000,
          Runtime.getRuntime().availableProcessors());
      try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
        long t0 = System.nanoTime();
        generate(index, random);
        out.printf(
            Locale.ROOT,
            "indexed %,d entities + %,d pages in %.1f s (%,.0f documents/s)%n",
            entities,
            pages,
            seconds(t0),
            (entities + pages) / seconds(t0));
        List<Probe> probes = probes(new SplittableRandom(seed + 1));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
          IndexSearcher bare = new IndexSearcher(reader);
          FacetsConfig config = new FacetsConfig();
          DefaultSortedSetDocValuesReaderState state =
              new DefaultSortedSetDocValuesReaderState(reader, config);
          List<Query> lucene = new ArrayList<>();
          for (Probe p : probes) {
            lucene.add(index.luceneQuery(p.query()));
          }
          // warm-up: every query once through both
          for (int i = 0; i < probes.size(); i++) {
            ours(index, probes.get(i));
            bare(bare, state, lucene.get(i), probes.get(i));
          }
          long[] oursNanos = new long[probes.size()];
          long[] bareNanos = new long[probes.size()];
          long hits = 0;
          for (int i = 0; i < probes.size(); i++) {
            boolean oursFirst = i % 2 == 0;
            if (!oursFirst) {
              bareNanos[i] = bare(bare, state, lucene.get(i), probes.get(i));
            }
            long start = System.nanoTime();
            hits += ours(index, probes.get(i));
            oursNanos[i] = System.nanoTime() - start;
            if (oursFirst) {
              bareNanos[i] = bare(bare, state, lucene.get(i), probes.get(i));
            }
          }
          out.printf(
              Locale.ROOT,
              "%,d queries (%d of each kind: keyword, two words, phrase, filtered, faceted),"
                  + " %,d hits in all, limit %d%n",
              probes.size(),
              queries,
              hits,
              limit);
          print(out, "SearchIndex.search ", oursNanos);
          print(out, "bare IndexSearcher ", bareNanos);
          double ratio = percentile(oursNanos, 95) / percentile(bareNanos, 95);
          out.printf(Locale.ROOT, "p95 ratio search / bare: %.2f (target <= 2)%n", ratio);
          for (String kind : List.of("keyword", "words", "phrase", "filtered", "faceted")) {
            out.printf(
                Locale.ROOT,
                "  %-9s p95 %7.2f ms vs %7.2f ms%n",
                kind,
                percentile(only(oursNanos, probes, kind), 95) / 1e6,
                percentile(only(bareNanos, probes, kind), 95) / 1e6);
          }
        }
      }
      return 0;
    } finally {
      if (dir == null) {
        try (Stream<Path> paths = Files.walk(scratch)) {
          for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  private record Probe(String kind, String query, List<String> facets) {}

  private List<Probe> probes(SplittableRandom random) {
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      probes.add(new Probe("keyword", pick(random), List.of()));
      probes.add(new Probe("words", pick(random) + " " + pick(random), List.of()));
      probes.add(new Probe("phrase", "\"" + pick(random) + " " + pick(random) + "\"", List.of()));
      probes.add(
          new Probe(
              "filtered",
              pick(random)
                  + " AND schema:Contract AND country:"
                  + COUNTRIES.get(random.nextInt(COUNTRIES.size()))
                  + " AND amount:[1000 TO 500000]",
              List.of()));
      probes.add(
          new Probe("faceted", pick(random), List.of("schema", "country", "agency", "year")));
    }
    return probes;
  }

  private long ours(LuceneSearchIndex index, Probe p) {
    SearchResult result = index.search(new SearchRequest(p.query(), p.facets(), limit, null));
    return result.hits().size();
  }

  private long bare(
      IndexSearcher searcher, DefaultSortedSetDocValuesReaderState state, Query query, Probe p)
      throws IOException {
    long start = System.nanoTime();
    TopDocs top;
    if (p.facets().isEmpty()) {
      top = searcher.search(query, limit);
    } else {
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(searcher, query, limit, new FacetsCollectorManager());
      top = result.topDocs();
      SortedSetDocValuesFacetCounts counts =
          new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
      for (String dim : p.facets()) {
        counts.getTopChildren(50, dim);
      }
    }
    var stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      stored.document(sd.doc).get("key");
    }
    return System.nanoTime() - start;
  }

  private void generate(LuceneSearchIndex index, SplittableRandom random) {
    List<String> agencies = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      agencies.add("Agency of " + capital(word(random)) + " " + capital(word(random)));
    }
    List<IndexDocument> batch = new ArrayList<>(5_000);
    for (int i = 0; i < entities; i++) {
      String schema = SCHEMATA.get(random.nextInt(SCHEMATA.size()));
      String name = capital(word(random)) + " " + capital(pick(random));
      int year = 2000 + random.nextInt(25);
      String date = year + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
      batch.add(
          IndexDocument.entity("e" + i, schema)
              .caption(name)
              .names(List.of(name))
              .properties(List.of(sentence(random, 12)))
              .dates(List.of(date))
              .amounts(List.of((double) random.nextInt(1_000_000)))
              .countries(List.of(COUNTRIES.get(random.nextInt(COUNTRIES.size()))))
              .agencies(List.of(agencies.get(random.nextInt(agencies.size()))))
              .collections(List.of("bench"))
              .sensitivity(Sensitivity.PUBLIC)
              // an award borrows its contract's caption, as IndexWorkspace names a relationship
              .linked(schema.equals("ContractAward") ? List.of(name) : List.of())
              .build());
      if (batch.size() == 5_000) {
        index.upsert(batch);
        batch.clear();
      }
    }
    for (int i = 0; i < pages; i++) {
      batch.add(
          IndexDocument.page("d" + (i / 10) + "#" + (i % 10), "p" + i, "Page")
              .caption("Document " + (i / 10))
              .documentId("d" + (i / 10))
              .page(1 + i % 10)
              .language(LANGUAGES.get(random.nextInt(LANGUAGES.size())))
              .text(sentence(random, 250))
              .collections(List.of("bench"))
              .sensitivity(Sensitivity.RESTRICTED)
              .dates(List.of(Integer.toString(2000 + random.nextInt(25))))
              .build());
      if (batch.size() == 5_000) {
        index.upsert(batch);
        batch.clear();
      }
    }
    index.upsert(batch);
    index.commit(1);
  }

  private String pick(SplittableRandom random) {
    double r = random.nextDouble();
    return vocabulary.get((int) (vocabulary.size() * r * r * r));
  }

  private String sentence(SplittableRandom random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        s.append(i % 15 == 0 ? ". " : " ");
      }
      s.append(pick(random));
    }
    return s.append('.').toString();
  }

  private static String word(SplittableRandom random) {
    StringBuilder w = new StringBuilder();
    int n = 2 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static long[] only(long[] nanos, List<Probe> probes, String kind) {
    long[] kept = new long[nanos.length];
    int n = 0;
    for (int i = 0; i < nanos.length; i++) {
      if (probes.get(i).kind().equals(kind)) {
        kept[n++] = nanos[i];
      }
    }
    return Arrays.copyOf(kept, n);
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
  }

  private static void print(PrintStream out, String label, long[] nanos) {
    out.printf(
        Locale.ROOT,
        "%s p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms%n",
        label,
        percentile(nanos, 50) / 1e6,
        percentile(nanos, 95) / 1e6,
        percentile(nanos, 99) / 1e6);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
