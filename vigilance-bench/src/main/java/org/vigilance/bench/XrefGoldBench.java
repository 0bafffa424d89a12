package org.vigilance.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.cli.Environment;
import org.vigilance.core.resolution.CrossReference;
import org.vigilance.core.resolution.Deduplication;
import org.vigilance.core.resolution.EntityMatcher;
import org.vigilance.core.resolution.Feature;
import org.vigilance.core.resolution.LabelledPair;
import org.vigilance.core.resolution.MatchScore;
import org.vigilance.core.resolution.PairEvaluation;
import org.vigilance.core.resolution.PairScore;
import org.vigilance.core.resolution.ThresholdMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigilance bench xref-gold}: builds the USAspending gold set ({@link UsaspendingGoldSet}),
 * writes it in the format {@code xref-eval} reads, and measures the matcher on it at the auto-merge
 * threshold of {@code xref}.
 */
@Command(
    name = "xref-gold",
    description = {
      "Build the gold set of labelled organisation pairs from real USAspending files (same UEI =",
      "same company; different UEI and different parent = different; the UEI withheld from the",
      "matcher), write it as CSV for xref-eval, and print precision and recall at the auto-merge",
      "threshold of xref, with the false merges."
    })
final class XrefGoldBench implements Callable<Integer> {
  @ParentCommand @Nullable BenchCommand parent;

  @Option(
      names = "--data",
      description =
          "Folder of USAspending CSV files, read recursively (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/usaspending");

  @Option(names = "--out", description = "The gold set CSV to write (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("usaspending-gold.csv");

  @Option(
      names = "--auto-merge",
      description = "The threshold measured (default: xref's, ${DEFAULT-VALUE}).")
  double autoMerge = CrossReference.Options.defaults().autoMerge();

  @Option(
      names = "--errors",
      description =
          "Print at most N false merges and N missed matches (default: ${DEFAULT-VALUE}).")
  int errors = 20;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Override
  public Integer call() throws IOException {
    BenchCommand p = parent;
    if (p == null) {
      throw new IllegalStateException("run as 'bench xref-gold'");
    }
    Environment env = p.environment();
    PrintStream o = env.out();
    if (!Files.isDirectory(data)) {
      env.err().println("vigilance: no folder " + data);
      return 2;
    }
    long t0 = System.nanoTime();
    UsaspendingGoldSet.Gold gold =
        new UsaspendingGoldSet(env.resolution().normaliser()).build(data);
    UsaspendingGoldSet.write(gold, out);
    o.printf(
        Locale.ROOT,
        "%d files with recipients, %,d observations of %,d UEIs; %,d pairs sharing a name word:"
            + " %,d same UEI, %,d different UEI and parent, %,d related left out%n",
        gold.files().size(),
        gold.observations().size(),
        gold.ueis(),
        gold.pairs().size() + gold.related(),
        gold.matches(),
        gold.pairs().size() - gold.matches(),
        gold.related());
    o.println("written: " + out);
    Evaluation e = evaluate(env.resolution().pairs().read(out, true), env.resolution().matcher());
    print(o, e, autoMerge);
    printErrors(o, e, env.resolution().matcher(), autoMerge, errors);
    o.printf(Locale.ROOT, "in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  /**
   * The matcher's scores on labelled pairs, as {@code xref-eval} computes them.
   *
   * @param pairs the pairs read
   * @param scores their scores, in the same order
   */
  record Evaluation(List<LabelledPair> pairs, List<PairScore> scores) {
    List<PairEvaluation.Scored> scored() {
      List<PairEvaluation.Scored> s = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        s.add(
            new PairEvaluation.Scored(
                scores.get(i).score(), Boolean.TRUE.equals(pairs.get(i).match())));
      }
      return s;
    }

    /** The metrics when pairs at or above the threshold are called a match. */
    ThresholdMetrics at(double threshold) {
      return PairEvaluation.at(threshold, scored());
    }

    /**
     * The metrics when, as xref's automatic merge requires ({@link Deduplication#mergeReason}), the
     * rule must also allow the merge (identifiers are withheld here; every pair is taken as coming
     * from two sources).
     */
    ThresholdMetrics atMergeRule(double threshold) {
      List<PairEvaluation.Scored> s = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        LabelledPair p = pairs.get(i);
        boolean merged =
            Deduplication.mergeReason(scores.get(i), p.first(), p.second(), false, threshold)
                != null;
        s.add(new PairEvaluation.Scored(merged ? 1 : 0, Boolean.TRUE.equals(p.match())));
      }
      ThresholdMetrics m = PairEvaluation.at(1, s);
      return new ThresholdMetrics(
          threshold, m.truePositives(), m.falsePositives(), m.falseNegatives(), m.trueNegatives());
    }
  }

  /** Scores every pair as {@code xref-eval} does. */
  static Evaluation evaluate(List<LabelledPair> pairs, EntityMatcher matcher) {
    List<PairScore> scores = new ArrayList<>();
    for (LabelledPair p : pairs) {
      scores.add(matcher.quickScore(matcher.prepare(p.first()), matcher.prepare(p.second())));
    }
    return new Evaluation(pairs, scores);
  }

  private static void print(PrintStream o, Evaluation e, double autoMerge) {
    ThresholdMetrics at = e.at(autoMerge);
    ThresholdMetrics rule = e.atMergeRule(autoMerge);
    ThresholdMetrics best = PairEvaluation.of(e.scored()).best();
    o.printf(
        Locale.ROOT,
        "score >= %.2f (auto-merge threshold):     precision %.4f, recall %.4f (TP %d, FP %d, FN"
            + " %d, TN %d)%n",
        autoMerge,
        at.precision(),
        at.recall(),
        at.truePositives(),
        at.falsePositives(),
        at.falseNegatives(),
        at.trueNegatives());
    o.printf(
        Locale.ROOT,
        "  and the merge rule of xref:                precision %.4f, recall %.4f (TP %d, FP %d)%n",
        rule.precision(),
        rule.recall(),
        rule.truePositives(),
        rule.falsePositives());
    o.printf(
        Locale.ROOT,
        "best F1 %.4f at %.4f (precision %.4f, recall %.4f)%n",
        best.f1(),
        best.threshold(),
        best.precision(),
        best.recall());
  }

  private static void printErrors(
      PrintStream o, Evaluation e, EntityMatcher matcher, double autoMerge, int limit) {
    List<Integer> falseMerges = new ArrayList<>();
    List<Integer> missed = new ArrayList<>();
    for (int i = 0; i < e.pairs().size(); i++) {
      boolean match = Boolean.TRUE.equals(e.pairs().get(i).match());
      boolean called = e.scores().get(i).score() >= autoMerge;
      if (called && !match) {
        falseMerges.add(i);
      } else if (!called && match) {
        missed.add(i);
      }
    }
    Comparator<Integer> byScore =
        Comparator.comparingDouble((Integer i) -> -e.scores().get(i).score()).thenComparing(i -> i);
    falseMerges.sort(byScore);
    missed.sort(byScore);
    printPairs(o, "false merges at the threshold", falseMerges, e, matcher, limit);
    printPairs(o, "missed matches, best scores first", missed, e, matcher, limit);
  }

  private static void printPairs(
      PrintStream o,
      String title,
      List<Integer> which,
      Evaluation e,
      EntityMatcher matcher,
      int limit) {
    if (which.isEmpty() || limit <= 0) {
      return;
    }
    o.printf(Locale.ROOT, "%s (%,d; at most %d shown):%n", title, which.size(), limit);
    for (int i : which.subList(0, Math.min(limit, which.size()))) {
      LabelledPair p = e.pairs().get(i);
      MatchScore s = matcher.score(p.first(), p.second());
      o.printf(
          Locale.ROOT,
          "  %.3f  \"%s\" (%s; parent \"%s\")  /  \"%s\" (%s; parent \"%s\")%n",
          s.score(),
          p.name1(),
          p.column("address1"),
          p.column("parent1"),
          p.name2(),
          p.column("address2"),
          p.column("parent2"));
      List<String> parts = new ArrayList<>();
      for (Feature f : s.features()) {
        if (f.contribution() != 0) {
          parts.add(String.format(Locale.ROOT, "%s %+.3f", f.name(), f.contribution()));
        }
      }
      o.println("         " + String.join(", ", parts));
    }
  }
}
