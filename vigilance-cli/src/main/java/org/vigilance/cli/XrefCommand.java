package org.vigilance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigilance.core.resolution.CrossReference;
import org.vigilance.core.resolution.CrossReference.Candidate;
import org.vigilance.core.resolution.CrossReference.Decision;
import org.vigilance.core.resolution.Feature;
import org.vigilance.core.resolution.MatchRecord;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance xref}: candidate pairs of organisations across every source, decided. */
@Command(
    name = "xref",
    header = "Cross-reference the organisations of all sources.",
    description = {
      "Cross-reference the organisations of the workspace across all its sources: find candidate",
      "pairs (shared name words, neighbours in name order, shared identifiers, parents and",
      "owners), score them, and list those at or above the threshold with their main features.",
      "Pairs at or above --auto-merge are merged (a judgement by 'vigilance xref (auto)') only",
      "when equal strong identifiers decide, or normalised names (or addresses) and countries",
      "are equal; pairs at or above --threshold whose names are alike (one word misspelt or cut",
      "short, another romanisation) with equal countries, or whose equal or alike names have",
      "legal forms of one kind when a country is on one side only, are merged too; the others",
      "wait for 'vigilance review'. A parent and its subsidiary are shown as related, never",
      "merged. Pairs already judged are not proposed again. People are never matched."
    })
final class XrefCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Mixin XrefOptions thresholds = new XrefOptions();

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Print at most N pairs (default: ${DEFAULT-VALUE}); all are decided.")
  int limit = 50;

  @Option(names = "--dry-run", description = "Decide and list, but record no merge.")
  boolean dryRun;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    Environment env = root.env;
    CrossReference.Options options;
    try {
      options = thresholds.options();
    } catch (IllegalArgumentException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (limit < 0) {
      env.err().println("vigilance: --limit must not be negative");
      return ExitCodes.USAGE;
    }
    long started = System.nanoTime();
    int recorded = 0;
    CrossReference.Outcome outcome;
    try (Workspace ws = root.openWorkspace()) {
      CrossReference xref = new CrossReference(ws, env.model(), env.resolution());
      outcome = xref.find(options);
      if (!dryRun) {
        int before = ws.judgements().list().size();
        outcome = xref.mergeAll(outcome);
        recorded = ws.judgements().list().size() - before;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (json) {
      root.printJson(toJson(outcome, limit, recorded));
    } else {
      print(env.out(), outcome, limit, dryRun, recorded, seconds);
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> toJson(
      CrossReference.Outcome outcome, int limit, int recorded) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("organisations", outcome.organisations());
    json.put("pairsScored", outcome.pairsScored());
    json.put("merged", recorded);
    json.put("toMerge", outcome.with(Decision.MERGE).size());
    json.put("review", outcome.with(Decision.REVIEW).size());
    json.put("related", outcome.with(Decision.RELATED).size());
    List<Object> pairs = new ArrayList<>();
    for (Candidate c :
        outcome.candidates().subList(0, Math.min(limit, outcome.candidates().size()))) {
      pairs.add(pairJson(c));
    }
    json.put("pairs", pairs);
    return json;
  }

  static Map<String, Object> pairJson(Candidate c) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("decision", c.decision().name().toLowerCase(Locale.ROOT));
    p.put("score", MatchCommand.round(c.score().score()));
    p.put("why", c.why());
    p.put("left", entityJson(c.left()));
    p.put("right", entityJson(c.right()));
    List<Object> features = new ArrayList<>();
    for (Feature f : c.score().features()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("feature", f.name());
      m.put("value", f.value() < 0 ? null : MatchCommand.round(f.value()));
      m.put("contribution", MatchCommand.round(f.contribution()));
      m.put("explanation", f.explanation());
      features.add(m);
    }
    p.put("features", features);
    return p;
  }

  private static Map<String, Object> entityJson(MatchRecord r) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", r.id());
    e.put("schema", r.schema());
    e.put("names", r.names());
    return e;
  }

  private static void print(
      PrintStream out,
      CrossReference.Outcome outcome,
      int limit,
      boolean dryRun,
      int recorded,
      double seconds) {
    int merge = dryRun ? outcome.with(Decision.MERGE).size() : recorded;
    out.printf(
        Locale.ROOT,
        "%,d organisations, %,d candidate pairs scored in %.1f s: %,d %s, %,d for review,"
            + " %,d related%n",
        outcome.organisations(),
        outcome.pairsScored(),
        seconds,
        merge,
        dryRun ? "to merge (dry run: not recorded)" : "merged automatically",
        outcome.with(Decision.REVIEW).size(),
        outcome.with(Decision.RELATED).size());
    List<Candidate> shown =
        outcome.candidates().subList(0, Math.min(limit, outcome.candidates().size()));
    for (Candidate c : shown) {
      out.println();
      out.printf(
          Locale.ROOT,
          "%-7s %.3f  %s  ~  %s%n",
          label(c.decision()),
          c.score().score(),
          describe(c.left()),
          describe(c.right()));
      out.println("        " + c.why());
      out.println("        " + topFeatures(c));
    }
    if (shown.size() < outcome.candidates().size()) {
      out.println();
      out.println(
          "(" + (outcome.candidates().size() - shown.size()) + " more pairs; raise --limit)");
    }
  }

  static String label(Decision d) {
    return switch (d) {
      case MERGE -> "merge";
      case REVIEW -> "review";
      case RELATED -> "related";
    };
  }

  static String describe(MatchRecord r) {
    return r.id() + " \"" + (r.names().isEmpty() ? "" : r.names().get(0)) + "\"";
  }

  /** The three features that contributed most, signed. */
  static String topFeatures(Candidate c) {
    List<Feature> top =
        c.score().features().stream()
            .filter(f -> f.contribution() != 0)
            .sorted(Comparator.comparingDouble((Feature f) -> -Math.abs(f.contribution())))
            .limit(3)
            .toList();
    if (top.isEmpty()) {
      return "no feature contributed";
    }
    List<String> parts = new ArrayList<>();
    for (Feature f : top) {
      parts.add(
          String.format(Locale.ROOT, "%s %+.3f (%s)", f.name(), f.contribution(), f.explanation()));
    }
    return String.join("; ", parts);
  }
}
