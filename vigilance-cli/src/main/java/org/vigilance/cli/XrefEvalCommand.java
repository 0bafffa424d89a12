package org.vigilance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.resolution.EntityMatcher;
import org.vigilance.core.resolution.LabelledPair;
import org.vigilance.core.resolution.MatchRecord;
import org.vigilance.core.resolution.PairEvaluation;
import org.vigilance.core.resolution.ThresholdMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigilance xref-eval PAIRS.csv}: precision, recall and F1 of the matcher on labelled pairs.
 */
@Command(
    name = "xref-eval",
    header = "Measure the matcher on labelled pairs.",
    description = {
      "Measure the matcher on labelled pairs: precision, recall and F1 at thresholds 0.05 to 1.00",
      "and the best threshold. PAIRS.csv has a header with name1, name2, is_match (true/false)",
      "and optionally id1, id2 (scheme:value, several separated by ;), country1, country2.",
      "--compare SCORES.csv measures another matcher's scores (column score) on the same pairs:",
      "rows are paired by name1, name2 and, when both files have it, schema;",
      "both matchers are then measured on the pairs found in both files.",
      "Only organisations are matched: rows whose schema column names another schema (Person,",
      "Vessel) are left out."
    })
final class XrefEvalCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(index = "0", paramLabel = "PAIRS.csv", description = "The labelled pairs.")
  Path pairsFile = Path.of("");

  @Option(
      names = "--compare",
      paramLabel = "SCORES.csv",
      description = "Another matcher's scores (name1, name2, score) on the same pairs.")
  @Nullable Path compareFile;

  @Option(
      names = "--schema",
      split = ",",
      paramLabel = "SCHEMA",
      description =
          "Keep only rows whose schema column is one of these (e.g."
              + " Company,Organization,LegalEntity).")
  List<String> schemata = new ArrayList<>();

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  private static final List<String> KEY_COLUMNS = List.of("schema");

  @Override
  public Integer call() throws IOException {
    Environment env = root.env;
    Path compareFile = this.compareFile;
    List<LabelledPair> pairs;
    List<LabelledPair> others = List.of();
    try {
      pairs = env.resolution().pairs().read(pairsFile, true);
      if (compareFile != null) {
        others = env.resolution().pairs().read(compareFile, false);
      }
    } catch (IllegalArgumentException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    // Do-no-harm: only organisations are matched; rows of another schema (Person, Vessel) are left
    // out.
    int before = pairs.size();
    pairs =
        pairs.stream()
            .filter(
                p ->
                    p.column("schema").isEmpty()
                        || MatchRecord.matchable(p.column("schema"), env.model()))
            .toList();
    int notOrganisations = before - pairs.size();
    if (!schemata.isEmpty()) {
      Set<String> keep = Set.copyOf(schemata);
      pairs = pairs.stream().filter(p -> keep.contains(p.column("schema"))).toList();
    }
    int read = pairs.size();
    List<PairEvaluation.Scored> theirs = new ArrayList<>();
    if (compareFile != null) {
      List<String> keyColumns = sharedKeyColumns(pairs, others);
      Map<String, Double> scores = new HashMap<>();
      for (LabelledPair o : others) {
        Double s = o.score();
        if (s != null) {
          scores.putIfAbsent(key(o, keyColumns), s);
        }
      }
      List<LabelledPair> common = new ArrayList<>();
      for (LabelledPair p : pairs) {
        Double s = scores.get(key(p, keyColumns));
        if (s != null) {
          common.add(p);
          theirs.add(new PairEvaluation.Scored(s, Boolean.TRUE.equals(p.match())));
        }
      }
      pairs = common;
    }
    if (pairs.isEmpty()) {
      env.err().println("vigilance: no pairs to evaluate in " + pairsFile);
      return ExitCodes.USAGE;
    }
    EntityMatcher matcher = env.resolution().matcher();
    List<PairEvaluation.Scored> ours = new ArrayList<>();
    for (LabelledPair p : pairs) {
      ours.add(
          new PairEvaluation.Scored(
              matcher.score(p.first(), p.second()).score(), Boolean.TRUE.equals(p.match())));
    }
    PairEvaluation vigilance = PairEvaluation.of(ours);
    PairEvaluation other = compareFile == null ? null : PairEvaluation.of(theirs);
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("file", pairsFile.toString());
      out.put("pairsRead", read);
      out.put("notOrganisations", notOrganisations);
      out.put("vigilance", toJson(vigilance));
      if (other != null && compareFile != null) {
        out.put("compare", compareFile.toString());
        out.put("other", toJson(other));
      }
      root.printJson(out);
    } else {
      PrintStream o = env.out();
      o.println(
          "pairs: "
              + vigilance.pairs()
              + " ("
              + vigilance.matches()
              + " matches)"
              + (compareFile == null ? "" : ", of " + read + " read, found in both files")
              + (notOrganisations == 0
                  ? ""
                  : "; "
                      + notOrganisations
                      + " rows of other schemata (people, vessels) left out"));
      print(o, "vigilance", vigilance);
      if (other != null && compareFile != null) {
        print(o, "compared (" + compareFile.getFileName() + ")", other);
        o.println(
            String.format(
                Locale.ROOT,
                "best F1: vigilance %.4f, compared %.4f",
                vigilance.best().f1(),
                other.best().f1()));
      }
    }
    return ExitCodes.OK;
  }

  private static List<String> sharedKeyColumns(List<LabelledPair> a, List<LabelledPair> b) {
    List<String> shared = new ArrayList<>();
    if (a.isEmpty() || b.isEmpty()) {
      return shared;
    }
    for (String c : KEY_COLUMNS) {
      if (a.get(0).columns().containsKey(c) && b.get(0).columns().containsKey(c)) {
        shared.add(c);
      }
    }
    return shared;
  }

  private static String key(LabelledPair p, List<String> columns) {
    StringBuilder b = new StringBuilder(p.name1()).append('\u0000').append(p.name2());
    for (String c : columns) {
      b.append('\u0000').append(p.column(c));
    }
    return b.toString();
  }

  private static void print(PrintStream out, String title, PairEvaluation e) {
    out.println(title);
    out.println(
        String.format(
            Locale.ROOT,
            "  %9s %9s %9s %9s %5s %5s %5s %5s",
            "threshold",
            "precision",
            "recall",
            "F1",
            "TP",
            "FP",
            "FN",
            "TN"));
    for (ThresholdMetrics m : e.steps()) {
      out.println(line(m));
    }
    out.println("  best:");
    out.println(line(e.best()));
  }

  private static String line(ThresholdMetrics m) {
    return String.format(
        Locale.ROOT,
        "  %9.4f %9.4f %9.4f %9.4f %5d %5d %5d %5d",
        m.threshold(),
        m.precision(),
        m.recall(),
        m.f1(),
        m.truePositives(),
        m.falsePositives(),
        m.falseNegatives(),
        m.trueNegatives());
  }

  private static Map<String, Object> toJson(PairEvaluation e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pairs", e.pairs());
    json.put("matches", e.matches());
    json.put("best", toJson(e.best()));
    json.put("thresholds", e.steps().stream().map(XrefEvalCommand::toJson).toList());
    return json;
  }

  private static Map<String, Object> toJson(ThresholdMetrics m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("threshold", m.threshold());
    json.put("precision", m.precision());
    json.put("recall", m.recall());
    json.put("f1", m.f1());
    json.put("truePositives", m.truePositives());
    json.put("falsePositives", m.falsePositives());
    json.put("falseNegatives", m.falseNegatives());
    json.put("trueNegatives", m.trueNegatives());
    return json;
  }
}
