package org.vigilance.core.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Deduplication of many organisations in memory: the path that {@code vigilance xref} runs over a
 * workspace and {@code vigilance bench xref} over millions of generated records.
 *
 * <ol>
 *   <li><b>Prepare</b> each record once ({@link EntityMatcher#prepare}: names normalised, address
 *       words, legal forms), on {@link Settings#threads} threads.
 *   <li><b>Block</b> ({@link #candidates}): records are ranked by the run-together distinctive
 *       words of their first name, forwards and backwards. Each distinctive word of their first
 *       {@value #MAX_NAMES} names is a blocking key, under its {@link
 *       EntityMatcher#romanisationKey} (so that the BGN and ICAO romanisations of one Cyrillic
 *       word, {@code Khayrev} and {@code Khairev}, share it): the (key hash, rank) pairs are packed
 *       in one {@code long[]} and sorted, so a key's records lie together, in name order; each is
 *       paired with the next {@link Settings#window} of its key (all pairs when the key is rarer
 *       than that). The same window runs over the whole forward and backward orders (sorted
 *       neighbourhood: {@code good will} / {@code goodwill}, a misspelt first word). Records
 *       sharing a strong identifier are all paired (at most {@value #MAX_IDENTIFIER_GROUP} a
 *       value), and so are a record and its parents. Pairs are codes in a sorted {@code long[]},
 *       each once.
 *   <li><b>Score</b> ({@link #score}) with {@link EntityMatcher#quickScore} on the threads; pairs
 *       at or above {@link Settings#threshold}, and related pairs (parent and subsidiary), are
 *       kept.
 *   <li><b>Cluster</b> ({@link #cluster}): the automatic merges ({@link #mergeReason}), best score
 *       first, join records into components (union-find), except a merge on names that would put
 *       two records of one source into one component.
 * </ol>
 */
public final class Deduplication {
  /** How many names of a record give blocking keys. */
  static final int MAX_NAMES = 5;

  /** At most this many records sharing an identifier value are paired. */
  static final int MAX_IDENTIFIER_GROUP = 200;

  /** Records are ranked in 24 bits of a packed blocking entry. */
  public static final int MAX_RECORDS = 1 << 24;

  private static final int CHUNK = 8_192;

  /**
   * Settings of a run.
   *
   * @param threshold pairs scoring at least this are kept
   * @param autoMerge pairs scoring at least this may be merged automatically
   * @param window how many following records of a blocking key (and of the sorted orders) each
   *     record is paired with
   * @param threads how many threads prepare and score
   */
  public record Settings(double threshold, double autoMerge, int window, int threads) {
    /** Checks the ranges. */
    public Settings {
      if (!(threshold >= 0 && threshold <= 1 && autoMerge >= 0 && autoMerge <= 1)) {
        throw new IllegalArgumentException("thresholds lie in [0, 1]");
      }
      if (autoMerge < threshold) {
        throw new IllegalArgumentException(
            "the auto-merge threshold ("
                + autoMerge
                + ") is below the threshold ("
                + threshold
                + ")");
      }
      if (window < 1 || window > 1_000) {
        throw new IllegalArgumentException("window must be 1 to 1000");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
    }

    /** The defaults: keep from 0.70, merge from 0.95, window 10, one thread per processor. */
    public static Settings defaults() {
      return new Settings(0.70, 0.95, 10, Runtime.getRuntime().availableProcessors());
    }
  }

  private final EntityMatcher matcher;
  private final Settings settings;

  /**
   * A deduplication with a matcher and settings.
   *
   * @param matcher the matcher (thread-safe)
   * @param settings thresholds, window, threads
   */
  public Deduplication(EntityMatcher matcher, Settings settings) {
    this.matcher = matcher;
    this.settings = settings;
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  /** Prepares every record, in order, on the settings' threads. */
  public EntityMatcher.Prepared[] prepare(List<MatchRecord> records) {
    if (records.size() > MAX_RECORDS) {
      throw new IllegalArgumentException("at most " + MAX_RECORDS + " records");
    }
    EntityMatcher.Prepared[] prepared = new EntityMatcher.Prepared[records.size()];
    parallel(records.size(), i -> prepared[i] = matcher.prepare(records.get(i)));
    return prepared;
  }

  /** A pair's code: the smaller index in the high 32 bits. */
  public static long pair(int a, int b) {
    return a < b ? (long) a << 32 | b : (long) b << 32 | a;
  }

  /** The smaller index of a pair's code. */
  public static int left(long pair) {
    return (int) (pair >>> 32);
  }

  /** The larger index of a pair's code. */
  public static int right(long pair) {
    return (int) pair;
  }

  /** The candidate pairs, as sorted distinct codes (see the class comment). */
  public long[] candidates(EntityMatcher.Prepared[] records) {
    int n = records.length;
    int window = settings.window();
    String[] compact = new String[n];
    for (int i = 0; i < n; i++) {
      compact[i] = firstCompact(records[i]);
    }
    int[] forward = order(compact);
    String[] reversed = new String[n];
    for (int i = 0; i < n; i++) {
      reversed[i] = new StringBuilder(compact[i]).reverse().toString();
    }
    int[] backward = order(reversed);
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[forward[r]] = r;
    }

    LongBuffer pairs = new LongBuffer(n * 4L);
    // the sorted neighbourhoods of the whole set, forwards and backwards
    for (int[] o : List.of(forward, backward)) {
      for (int r = 0; r < n; r++) {
        for (int k = 1; k <= window && r + k < n; k++) {
          pairs.add(pair(o[r], o[r + k]));
        }
      }
    }

    // distinctive words: (hash, rank) packed, sorted, windows within each word
    LongBuffer words = new LongBuffer(n * 3L);
    LongBuffer ids = new LongBuffer(n / 2 + 16);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      MatchRecord r = records[i].record();
      index.putIfAbsent(r.id(), i);
      List<NormalisedName> names = records[i].names();
      List<String> seen = new ArrayList<>();
      for (int k = 0; k < Math.min(MAX_NAMES, names.size()); k++) {
        for (String t : names.get(k).tokens()) {
          // one key for the BGN and ICAO romanisations of a word (Khayrev, Khairev)
          String key = EntityMatcher.romanisationKey(t);
          if (!seen.contains(key)) {
            seen.add(key);
            words.add(pack(hash("w", key), rank[i]));
          }
        }
      }
      for (Identifier id : r.identifiers()) {
        if (id.strong()) {
          ids.add(pack(hash("i", id.toString()), rank[i]));
        }
      }
    }
    long[] w = words.toSortedArray();
    for (int s = 0; s < w.length; ) {
      int e = s + 1;
      while (e < w.length && (w[e] >>> 24) == (w[s] >>> 24)) {
        e++;
      }
      for (int p = s; p < e; p++) {
        for (int q = p + 1; q < e && q <= p + window; q++) {
          int a = forward[(int) (w[p] & 0xFFFFFF)];
          int b = forward[(int) (w[q] & 0xFFFFFF)];
          if (a != b) {
            pairs.add(pair(a, b));
          }
        }
      }
      s = e;
    }
    long[] d = ids.toSortedArray();
    for (int s = 0; s < d.length; ) {
      int e = s + 1;
      while (e < d.length && (d[e] >>> 24) == (d[s] >>> 24)) {
        e++;
      }
      int end = Math.min(e, s + MAX_IDENTIFIER_GROUP);
      for (int p = s; p < end; p++) {
        for (int q = p + 1; q < end; q++) {
          int a = forward[(int) (d[p] & 0xFFFFFF)];
          int b = forward[(int) (d[q] & 0xFFFFFF)];
          if (a != b) {
            pairs.add(pair(a, b));
          }
        }
      }
      s = e;
    }
    for (int i = 0; i < n; i++) {
      for (String p : records[i].record().parents()) {
        Integer j = index.get(p);
        if (j != null && j != i) {
          pairs.add(pair(i, j));
        }
      }
    }
    return distinct(pairs.toSortedArray());
  }

  /**
   * Pairs scored at or above the threshold, or related, with their scores. The arrays are the
   * caller's from here on: nothing else holds them.
   */
  public static final class Scored {
    private final long[] pairs;
    private final PairScore[] scores;
    private final long compared;

    Scored(long[] pairs, PairScore[] scores, long compared) {
      this.pairs = pairs;
      this.scores = scores;
      this.compared = compared;
    }

    /** The pair codes kept, sorted. */
    public long[] pairs() {
      return pairs;
    }

    /** Their scores, in the same order. */
    public PairScore[] scores() {
      return scores;
    }

    /** How many pairs were scored (candidates not skipped). */
    public long compared() {
      return compared;
    }
  }

  /**
   * Scores the candidate pairs on the settings' threads.
   *
   * @param records the prepared records
   * @param pairs the candidate pairs
   * @param skip pairs not to score (already decided)
   */
  public Scored score(EntityMatcher.Prepared[] records, long[] pairs, LongPredicate skip) {
    int chunks = (int) ((pairs.length + (long) CHUNK - 1) / CHUNK);
    List<List<Kept>> perChunk = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      perChunk.add(List.of());
    }
    AtomicLong compared = new AtomicLong();
    double threshold = settings.threshold();
    parallelChunks(
        chunks,
        c -> {
          List<Kept> kept = new ArrayList<>();
          long n = 0;
          int end = (int) Math.min(pairs.length, (long) (c + 1) * CHUNK);
          for (int k = c * CHUNK; k < end; k++) {
            long code = pairs[k];
            if (skip.test(code)) {
              continue;
            }
            n++;
            PairScore s = matcher.quickScore(records[left(code)], records[right(code)], threshold);
            if (s != null && (s.related() || (!s.vetoed() && s.score() >= threshold))) {
              kept.add(new Kept(code, s));
            }
          }
          compared.addAndGet(n);
          perChunk.set(c, kept);
        });
    int total = 0;
    for (List<Kept> k : perChunk) {
      total += k.size();
    }
    long[] codes = new long[total];
    PairScore[] scores = new PairScore[total];
    int i = 0;
    for (List<Kept> chunk : perChunk) {
      for (Kept k : chunk) {
        codes[i] = k.code;
        scores[i] = k.score;
        i++;
      }
    }
    return new Scored(codes, scores, compared.get());
  }

  private record Kept(long code, PairScore score) {}

  /**
   * Why a pair may be merged automatically, or null. Equal strong identifiers decided its score (at
   * or above the auto-merge threshold); or the two share no source, their legal forms do not
   * differ, and
   *
   * <ul>
   *   <li>they are in one place, equal non-empty countries, or a country on one side at most and
   *       alike addresses (the address standing for the missing country), and either the pair
   *       scores at least the auto-merge threshold with equal normalised names or with alike
   *       addresses (names differing a little: the score cannot reach the threshold otherwise), or
   *       their names are alike ({@link PairScore#namesAlike}: the same words but one misspelt by
   *       one edit or cut short, or romanised another way); or
   *   <li>a country on one side only, no addresses on both sides that differ, and equal or alike
   *       names with legal forms of one kind on both sides: the legal form stands for the missing
   *       country (the clustering keeps such a record from joining components of two countries).
   * </ul>
   *
   * A related or vetoed pair never is.
   *
   * @param score the pair's score
   * @param a one record
   * @param b the other
   * @param shareSource whether the two come from a common source
   * @param autoMerge the auto-merge threshold
   */
  public static @Nullable String mergeReason(
      PairScore score, MatchRecord a, MatchRecord b, boolean shareSource, double autoMerge) {
    if (score.related() || score.vetoed()) {
      return null;
    }
    boolean high = score.score() >= autoMerge;
    if (high && score.identifiersAgree()) {
      return "equal strong identifiers";
    }
    if (shareSource || score.legalFormsDiffer()) {
      return null;
    }
    boolean sameCountry = !a.countries().isEmpty() && a.countries().equals(b.countries());
    boolean oneCountry = a.countries().isEmpty() != b.countries().isEmpty();
    boolean noCountry = a.countries().isEmpty() && b.countries().isEmpty();
    if (sameCountry || ((oneCountry || noCountry) && score.addressClose())) {
      String where =
          sameCountry ? "countries equal" : "a country on one side at most, addresses alike";
      if (high && score.namesEqual()) {
        return "equal normalised names, " + where + ", in different sources";
      }
      if (high && score.addressClose()) {
        return "names alike, addresses alike, " + where + ", in different sources";
      }
      if (score.namesAlike()) {
        return "names alike (one word misspelt, cut short or romanised another way), "
            + where
            + ", in different sources";
      }
      return null;
    }
    boolean addressesDiffer =
        !a.addresses().isEmpty() && !b.addresses().isEmpty() && !score.addressClose();
    if (oneCountry && !addressesDiffer && score.legalFormsAgree()) {
      if (score.namesEqual()) {
        return "equal normalised names and legal forms, a country on one side only, in different"
            + " sources";
      }
      if (score.namesAlike()) {
        return "names alike (one word misspelt, cut short or romanised another way), equal legal"
            + " forms, a country on one side only, in different sources";
      }
    }
    return null;
  }

  /** The components after the automatic merges. */
  public static final class Clusters {
    private final int[] component;
    private final int merges;
    private final int refused;

    Clusters(int[] component, int merges, int refused) {
      this.component = component;
      this.merges = merges;
      this.refused = refused;
    }

    /** For each record, the smallest record index of its component (the caller's array). */
    public int[] component() {
      return component;
    }

    /** How many merges joined two components. */
    public int merges() {
      return merges;
    }

    /** Merges on names left out because they would join two records of one source. */
    public int refused() {
      return refused;
    }
  }

  /**
   * Clusters the automatic merges of scored pairs, best score first (then by pair code). A merge
   * joins two components unless it is a merge on names (not on equal identifiers) and the
   * components, taken whole, break what the rule asks of a pair: they hold records of a common
   * source, their legal forms differ (each has some and they share none), their countries differ
   * (each names some and they share none), or a record of one is related (parent and subsidiary) to
   * a record of the other. So a record without a legal form cannot bridge {@code Acme Inc} and its
   * subsidiary {@code Acme LLC}.
   *
   * @param records the prepared records
   * @param scored the scored pairs
   * @param sources for each record, the (small, distinct) numbers of its sources
   */
  public Clusters cluster(EntityMatcher.Prepared[] records, Scored scored, int[][] sources) {
    int n = records.length;
    List<Integer> merges = new ArrayList<>();
    Map<Integer, Set<Integer>> relatedTo = new HashMap<>();
    for (int k = 0; k < scored.pairs().length; k++) {
      long code = scored.pairs()[k];
      int a = left(code);
      int b = right(code);
      if (scored.scores()[k].related()) {
        relatedTo.computeIfAbsent(a, x -> new HashSet<>()).add(b);
        relatedTo.computeIfAbsent(b, x -> new HashSet<>()).add(a);
      }
      if (mergeReason(
              scored.scores()[k],
              records[a].record(),
              records[b].record(),
              intersects(sources[a], sources[b]),
              settings.autoMerge())
          != null) {
        merges.add(k);
      }
    }
    merges.sort(
        Comparator.comparingDouble((Integer k) -> -scored.scores()[k].score())
            .thenComparingLong(k -> scored.pairs()[k]));
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<Integer, Component> components = new HashMap<>();
    int joined = 0;
    int refused = 0;
    for (int k : merges) {
      long code = scored.pairs()[k];
      int ra = find(parent, left(code));
      int rb = find(parent, right(code));
      if (ra == rb) {
        continue;
      }
      Component ca =
          components.getOrDefault(ra, Component.of(ra, records[ra], sources[ra], relatedTo));
      Component cb =
          components.getOrDefault(rb, Component.of(rb, records[rb], sources[rb], relatedTo));
      if (!scored.scores()[k].identifiersAgree() && ca.conflicts(cb, ra, rb, parent)) {
        refused++;
        continue;
      }
      int root = Math.min(ra, rb);
      int other = Math.max(ra, rb);
      parent[other] = root;
      components.remove(other);
      components.put(root, ca.join(cb));
      joined++;
    }
    int[] component = new int[n];
    for (int i = 0; i < n; i++) {
      component[i] = find(parent, i);
    }
    return new Clusters(component, joined, refused);
  }

  /**
   * What a component holds that a merge on names must not join: sources, legal forms, relations.
   */
  private record Component(
      BitSet sources, Set<String> legalForms, Set<String> countries, Set<Integer> related) {
    static Component of(
        int index,
        EntityMatcher.Prepared record,
        int[] sources,
        Map<Integer, Set<Integer>> relatedTo) {
      return new Component(
          bits(sources),
          record.legalFormKinds(),
          record.record().countries(),
          relatedTo.getOrDefault(index, Set.of()));
    }

    /** Whether this component (root {@code root}) and another (root {@code otherRoot}) conflict. */
    boolean conflicts(Component other, int root, int otherRoot, int[] parent) {
      if (sources.intersects(other.sources)) {
        return true;
      }
      if (!legalForms.isEmpty()
          && !other.legalForms.isEmpty()
          && java.util.Collections.disjoint(legalForms, other.legalForms)) {
        return true;
      }
      if (!countries.isEmpty()
          && !other.countries.isEmpty()
          && java.util.Collections.disjoint(countries, other.countries)) {
        return true;
      }
      for (int r : related) {
        if (find(parent, r) == otherRoot) {
          return true;
        }
      }
      for (int r : other.related) {
        if (find(parent, r) == root) {
          return true;
        }
      }
      return false;
    }

    Component join(Component other) {
      BitSet s = (BitSet) sources.clone();
      s.or(other.sources);
      Set<String> forms = new HashSet<>(legalForms);
      forms.addAll(other.legalForms);
      Set<String> places = new HashSet<>(countries);
      places.addAll(other.countries);
      Set<Integer> rel = new HashSet<>(related);
      rel.addAll(other.related);
      return new Component(s, forms, places, rel);
    }
  }

  private static int find(int[] parent, int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[i] != root) {
      int next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }

  private static BitSet bits(int[] values) {
    BitSet b = new BitSet();
    for (int v : values) {
      b.set(v);
    }
    return b;
  }

  /** Whether two sorted or unsorted small arrays share a value. */
  static boolean intersects(int[] a, int[] b) {
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          return true;
        }
      }
    }
    return false;
  }

  private static String firstCompact(EntityMatcher.Prepared p) {
    for (NormalisedName n : p.names()) {
      if (!n.tokens().isEmpty()) {
        return n.compact();
      }
    }
    return "";
  }

  /** The indices sorted by their keys (ties by index). */
  private static int[] order(String[] keys) {
    Integer[] boxed = new Integer[keys.length];
    for (int i = 0; i < keys.length; i++) {
      boxed[i] = i;
    }
    Arrays.parallelSort(
        boxed, Comparator.comparing((Integer i) -> keys[i]).thenComparingInt(i -> i));
    int[] order = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  private static long pack(long hash, int rank) {
    return (hash >>> 24) << 24 | rank;
  }

  /** 64-bit FNV-1a of a kind and a text, its bits mixed (the top 40 are used). */
  private static long hash(String kind, String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < kind.length(); i++) {
      h = (h ^ kind.charAt(i)) * 0x100000001b3L;
    }
    h = (h ^ 0) * 0x100000001b3L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  private static long[] distinct(long[] sorted) {
    if (sorted.length == 0) {
      return sorted;
    }
    int n = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  private void parallel(int n, IntConsumer body) {
    int chunks = (n + CHUNK - 1) / CHUNK;
    parallelChunks(
        chunks,
        c -> {
          int end = Math.min(n, (c + 1) * CHUNK);
          for (int i = c * CHUNK; i < end; i++) {
            body.accept(i);
          }
        });
  }

  /** Runs the chunks 0..n-1 on the settings' threads; rethrows the first failure. */
  private void parallelChunks(int chunks, IntConsumer chunk) {
    int threads = Math.min(settings.threads(), Math.max(1, chunks));
    AtomicInteger next = new AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    Runnable work =
        () -> {
          try {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
              if (!failures.isEmpty()) {
                return;
              }
              chunk.accept(c);
            }
          } catch (RuntimeException | Error e) {
            failures.add(e);
          }
        };
    if (threads == 1) {
      work.run();
    } else {
      List<Thread> started = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        started.add(Thread.ofPlatform().name("dedup-" + t).start(work));
      }
      for (Thread t : started) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    }
    if (!failures.isEmpty()) {
      Throwable f = failures.get(0);
      if (f instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) f;
    }
  }

  /** A growable array of longs. */
  private static final class LongBuffer {
    private long[] values;
    private int size;

    LongBuffer(long capacity) {
      values = new long[(int) Math.min(Math.max(16, capacity), Integer.MAX_VALUE - 16)];
    }

    void add(long v) {
      if (size == values.length) {
        long grown = Math.min((long) values.length * 3 / 2 + 16, Integer.MAX_VALUE - 16);
        if (grown <= size) {
          throw new IllegalStateException("too many candidate pairs");
        }
        values = Arrays.copyOf(values, (int) grown);
      }
      values[size++] = v;
    }

    long[] toSortedArray() {
      long[] out = Arrays.copyOf(values, size);
      values = new long[0];
      Arrays.parallelSort(out);
      return out;
    }
  }
}
