package org.vigilance.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.cli.Environment;
import org.vigilance.core.resolution.CrossReference;
import org.vigilance.core.resolution.Deduplication;
import org.vigilance.core.resolution.EntityMatcher;
import org.vigilance.core.resolution.PairScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigilance bench xref}: the whole deduplication of {@code xref} ({@link Deduplication}:
 * prepare, blocking, scoring with the {@code EntityMatcher}, clustering under the auto-merge rule)
 * over N generated organisation records ({@link OrganisationGenerator}), timed step by step, and
 * measured against the generator's truth: pairwise precision and recall of the components.
 */
@Command(
    name = "xref",
    description = {
      "Generate N seeded organisation records from 8 sources with their truth (legal-form",
      "changes, punctuation, typos, abbreviations, word order, Cyrillic and its romanisations,",
      "missing identifiers, subsidiaries), then run the deduplication of xref (prepare,",
      "blocking, scoring, clustering under the auto-merge rule), timed; print candidate pairs,",
      "pairs scored per second, wall time, and pairwise precision and recall against the truth",
      "(targets for 1M records: <= 120 s, precision >= 0.97, recall >= 0.90)."
    })
final class XrefBench implements Callable<Integer> {
  @ParentCommand @Nullable BenchCommand parent;

  @Option(names = "--records", description = "How many records (default: ${DEFAULT-VALUE}).")
  int records = 1_000_000;

  @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--window", description = "Blocking window (default: ${DEFAULT-VALUE}, as xref).")
  int window = CrossReference.Options.defaults().window();

  @Option(
      names = "--threads",
      description = "Threads that prepare and score (default: the processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--show",
      description =
          "Print N sample false merges and N sample missed pairs (default: ${DEFAULT-VALUE}).")
  int show = 0;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Override
  public Integer call() {
    BenchCommand p = parent;
    if (p == null) {
      throw new IllegalStateException("run as 'bench xref'");
    }
    Environment env = p.environment();
    PrintStream out = env.out();
    BenchCommand.printJvm(out);

    long t0 = System.nanoTime();
    OrganisationGenerator.Generated g = new OrganisationGenerator(seed).generate(records);
    out.printf(
        Locale.ROOT,
        "generated %,d records of %,d organisations (%,d of them subsidiaries) from %d sources"
            + " in %.1f s (not timed below)%n",
        g.records().size(),
        g.organisations(),
        g.subsidiaries(),
        g.sourceNames().size(),
        seconds(t0));

    CrossReference.Options xref = CrossReference.Options.defaults();
    Deduplication dedup =
        new Deduplication(
            env.resolution().matcher(),
            new Deduplication.Settings(xref.threshold(), xref.autoMerge(), window, threads));
    long peakHeap;
    double prepare;
    double blocking;
    double scoring;
    double clustering;
    long[] candidates;
    Deduplication.Scored scored;
    Deduplication.Clusters clusters;
    EntityMatcher.Prepared[] prepared;
    long start = System.nanoTime();
    long cpuStart = ProcessCpu.self();
    try (HeapSampler heap = HeapSampler.start()) {
      long s = System.nanoTime();
      prepared = dedup.prepare(g.records());
      prepare = seconds(s);
      out.printf(
          Locale.ROOT,
          "prepare (normalise names, addresses): %7.1f s  %,12.0f records/s%n",
          prepare,
          records / prepare);
      s = System.nanoTime();
      candidates = dedup.candidates(prepared);
      blocking = seconds(s);
      out.printf(
          Locale.ROOT,
          "blocking:                             %7.1f s  %,12d candidate pairs (%.1f a record)%n",
          blocking,
          candidates.length,
          (double) candidates.length / records);
      s = System.nanoTime();
      scored = dedup.score(prepared, candidates, code -> false);
      scoring = seconds(s);
      out.printf(
          Locale.ROOT,
          "scoring (%d threads):                 %7.1f s  %,12.0f pairs scored/s; %,d kept (>= %.2f"
              + " or related)%n",
          threads,
          scoring,
          scored.compared() / scoring,
          scored.pairs().length,
          xref.threshold());
      s = System.nanoTime();
      clusters = dedup.cluster(prepared, scored, g.sources());
      clustering = seconds(s);
      out.printf(
          Locale.ROOT,
          "clustering:                           %7.1f s  %,12d merges; %,d refused (the"
              + " components share a source, differ in legal form or hold a parent and its"
              + " subsidiary)%n",
          clustering,
          clusters.merges(),
          clusters.refused());
      peakHeap = heap.peak();
    }
    double wall = seconds(start);
    double cpuSeconds = (ProcessCpu.self() - cpuStart) / 1e9;
    out.printf(
        Locale.ROOT,
        "deduplication wall time:              %7.1f s  (%,.0f records/s; target for 1M: <= 120"
            + " s); CPU time %.1f s (%.2f cores busy; other load on the machine shows here)%n",
        wall,
        records / wall,
        cpuSeconds,
        cpuSeconds / wall);
    out.printf(
        Locale.ROOT,
        "peak heap:                            %,7d MB (max heap %,d MB)%n",
        peakHeap / 1_000_000,
        Runtime.getRuntime().maxMemory() / 1_000_000);

    Quality q = quality(g, clusters.component());
    out.printf(
        Locale.ROOT,
        "pairs: %,d true, %,d merged, %,d of them true%n",
        q.truePairs(),
        q.predictedPairs(),
        q.correctPairs());
    out.printf(
        Locale.ROOT,
        "precision %.4f, recall %.4f (pairwise, against the truth; targets >= 0.97, >= 0.90)%n",
        q.precision(),
        q.recall());
    out.printf(
        Locale.ROOT,
        "false merges: %,d pairs of a parent and its subsidiary, %,d of other organisations%n",
        q.parentPairs(),
        q.predictedPairs() - q.correctPairs() - q.parentPairs());
    Losses l = losses(g, candidates, scored, dedup, prepared);
    out.printf(
        Locale.ROOT,
        "true pairs: %,d; candidates after blocking %,d (%.4f); scored >= %.2f %,d; merged by the"
            + " rule on their own %,d (%.4f); then by transitivity %.4f%n",
        l.truePairs(),
        l.candidates(),
        (double) l.candidates() / l.truePairs(),
        xref.threshold(),
        l.kept(),
        l.direct(),
        (double) l.direct() / l.truePairs(),
        q.recall());
    for (int k = 0; k < WHY.size(); k++) {
      out.printf(Locale.ROOT, "  not merged by the rule, %s: %,d%n", WHY.get(k), l.why().get(k));
    }
    if (show > 0) {
      samples(out, g, prepared, clusters.component(), env.resolution().matcher(), show);
    }
    return 0;
  }

  /** Prints sample false merges and missed pairs (the first found, in record order). */
  private static void samples(
      PrintStream out,
      OrganisationGenerator.Generated g,
      EntityMatcher.Prepared[] prepared,
      int[] component,
      EntityMatcher matcher,
      int limit) {
    int n = component.length;
    int[] truth = g.truth();
    java.util.Map<Integer, Integer> firstOfComponent = new java.util.HashMap<>();
    java.util.Map<Integer, Integer> firstOfTruth = new java.util.HashMap<>();
    int falseMerges = 0;
    int missed = 0;
    out.println("sample false merges (record ~ first record of its component):");
    for (int i = 0; i < n && falseMerges < limit; i++) {
      Integer f = firstOfComponent.putIfAbsent(component[i], i);
      if (f != null && truth[f] != truth[i]) {
        falseMerges++;
        print(out, prepared, matcher, f, i);
      }
    }
    out.println("sample missed pairs (record ~ first record of its organisation):");
    for (int i = 0; i < n && missed < limit; i++) {
      Integer f = firstOfTruth.putIfAbsent(truth[i], i);
      if (f != null && component[f] != component[i]) {
        missed++;
        print(out, prepared, matcher, f, i);
      }
    }
  }

  private static void print(
      PrintStream out, EntityMatcher.Prepared[] prepared, EntityMatcher matcher, int a, int b) {
    var ra = prepared[a].record();
    var rb = prepared[b].record();
    var score = matcher.score(prepared[a], prepared[b]);
    StringBuilder features = new StringBuilder();
    for (var f : score.features()) {
      if (f.contribution() != 0) {
        features.append(String.format(Locale.ROOT, " %s %+.3f", f.name(), f.contribution()));
      }
    }
    out.printf(
        Locale.ROOT,
        "  %.3f %s %s %s %s%s  ~  %s %s %s %s%s%n         %s%n",
        score.score(),
        ra.id(),
        ra.names(),
        ra.countries(),
        ra.addresses(),
        ra.parentNames().isEmpty() ? "" : " parent " + ra.parentNames(),
        rb.id(),
        rb.names(),
        rb.countries(),
        rb.addresses(),
        rb.parentNames().isEmpty() ? "" : " parent " + rb.parentNames(),
        features.toString().strip());
  }

  /**
   * Pairwise quality of components against the truth.
   *
   * @param truePairs pairs of records of one organisation
   * @param predictedPairs pairs of records in one component
   * @param correctPairs pairs both
   * @param parentPairs pairs in one component of a parent and its subsidiary
   */
  record Quality(long truePairs, long predictedPairs, long correctPairs, long parentPairs) {
    double precision() {
      return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    double recall() {
      return truePairs == 0 ? 0 : (double) correctPairs / truePairs;
    }
  }

  /** Pairwise precision and recall of components against the truth. */
  static Quality quality(OrganisationGenerator.Generated g, int[] component) {
    int n = component.length;
    int[] truth = g.truth();
    long truePairs = pairs(sortedCounts(truth));
    long predicted = pairs(sortedCounts(component));
    long[] cells = new long[n];
    for (int i = 0; i < n; i++) {
      cells[i] = (long) component[i] << 32 | truth[i];
    }
    Arrays.parallelSort(cells);
    long correct = 0;
    for (int s = 0; s < n; ) {
      int e = s + 1;
      while (e < n && cells[e] == cells[s]) {
        e++;
      }
      correct += (long) (e - s) * (e - s - 1) / 2;
      s = e;
    }
    // false merges between a parent and its subsidiary: within each component, pairs of cells
    long parentPairs = 0;
    int[] parentOf = g.parentOf();
    for (int s = 0; s < n; ) {
      int e = s;
      while (e < n && cells[e] >>> 32 == cells[s] >>> 32) {
        e++;
      }
      if (e - s > 1 && (int) cells[s] != (int) cells[e - 1]) {
        for (int x = s; x < e; x++) {
          for (int y = x + 1; y < e; y++) {
            int a = (int) cells[x];
            int b = (int) cells[y];
            if (a != b && (parentOf[a] == b || parentOf[b] == a)) {
              parentPairs++;
            }
          }
        }
      }
      s = e;
    }
    return new Quality(truePairs, predicted, correct, parentPairs);
  }

  private static long[] sortedCounts(int[] labels) {
    int[] sorted = labels.clone();
    Arrays.parallelSort(sorted);
    long[] counts = new long[sorted.length];
    int k = 0;
    for (int s = 0; s < sorted.length; ) {
      int e = s + 1;
      while (e < sorted.length && sorted[e] == sorted[s]) {
        e++;
      }
      counts[k++] = (long) e - s;
      s = e;
    }
    return Arrays.copyOf(counts, k);
  }

  private static long pairs(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c * (c - 1) / 2;
    }
    return total;
  }

  /**
   * Where true pairs are lost.
   *
   * @param truePairs pairs of records of one organisation
   * @param candidates of them, candidate pairs after blocking
   * @param kept of them, scored at or above the threshold
   * @param direct of them, merged by the rule on their own (before transitivity and the one-source
   *     rule)
   */
  record Losses(long truePairs, long candidates, long kept, long direct, List<Long> why) {}

  /** Why a true pair scored at or above the threshold was not merged by the rule on its own. */
  static final List<String> WHY =
      List.of(
          "a country missing (no alike address or legal form standing for it) or different",
          "legal forms differ",
          "names differ and are not alike, score below the auto-merge threshold",
          "names differ and are not alike, addresses not alike",
          "other (related, vetoed)");

  private static Losses losses(
      OrganisationGenerator.Generated g,
      long[] candidates,
      Deduplication.Scored scored,
      Deduplication dedup,
      EntityMatcher.Prepared[] prepared) {
    int n = g.truth().length;
    Integer[] byTruth = new Integer[n];
    for (int i = 0; i < n; i++) {
      byTruth[i] = i;
    }
    int[] truth = g.truth();
    Arrays.parallelSort(
        byTruth, (a, b) -> truth[a] != truth[b] ? Integer.compare(truth[a], truth[b]) : a - b);
    long total = 0;
    long found = 0;
    long kept = 0;
    long direct = 0;
    long[] reasons = new long[WHY.size()];
    for (int s = 0; s < n; ) {
      int e = s + 1;
      while (e < n && truth[byTruth[e]] == truth[byTruth[s]]) {
        e++;
      }
      for (int x = s; x < e; x++) {
        for (int y = x + 1; y < e; y++) {
          total++;
          long code = Deduplication.pair(byTruth[x], byTruth[y]);
          if (Arrays.binarySearch(candidates, code) >= 0) {
            found++;
          }
          int k = Arrays.binarySearch(scored.pairs(), code);
          if (k >= 0) {
            PairScore score = scored.scores()[k];
            if (!score.related() && !score.vetoed()) {
              kept++;
            }
            int a = Deduplication.left(code);
            int b = Deduplication.right(code);
            if (Deduplication.mergeReason(
                    score,
                    prepared[a].record(),
                    prepared[b].record(),
                    g.sources()[a][0] == g.sources()[b][0],
                    dedup.settings().autoMerge())
                != null) {
              direct++;
            } else if (!score.related() && !score.vetoed()) {
              var ra = prepared[a].record();
              var rb = prepared[b].record();
              int why;
              if (ra.countries().isEmpty() || !ra.countries().equals(rb.countries())) {
                why = 0;
              } else if (score.legalFormsDiffer()) {
                why = 1;
              } else if (!score.namesEqual() && score.score() < dedup.settings().autoMerge()) {
                why = 2;
              } else if (!score.namesEqual() && !score.addressClose()) {
                why = 3;
              } else {
                why = 4;
              }
              reasons[why]++;
            }
          }
        }
      }
      s = e;
    }
    return new Losses(total, found, kept, direct, Arrays.stream(reasons).boxed().toList());
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
