package org.vigilance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.privacy.Masking;
import org.vigilance.core.resolution.Feature;
import org.vigilance.core.resolution.MatchRecord;
import org.vigilance.core.resolution.MatchScore;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance match ID1 ID2}: how alike two organisations are, feature by feature. */
@Command(
    name = "match",
    header = "Score two organisations as the same or not.",
    description = {
      "Score two organisations (Company, Organization, PublicBody, LegalEntity) as the same or",
      "not, in [0, 1], and show what each feature (identifiers, name, country, address, legal",
      "form, parent) contributed. People are never matched."
    })
final class MatchCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(index = "0", paramLabel = "ID1", description = "The first entity id.")
  String id1 = "";

  @Parameters(index = "1", paramLabel = "ID2", description = "The second entity id.")
  String id2 = "";

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    Environment env = root.env;
    try (Workspace ws = root.openWorkspace()) {
      List<MatchRecord> records = new ArrayList<>();
      for (String id : List.of(id1, id2)) {
        List<Fragment> fragments = ws.fragments().fragmentsOf(EntityId.of(id));
        if (fragments.isEmpty()) {
          env.err().println("vigilance: no entity with id '" + id + "' in " + ws.root());
          return ExitCodes.FAILURE;
        }
        MergedEntity entity = Masking.apply(new EntityMerger(env.model()).merge(fragments));
        Optional<MatchRecord> record = MatchRecord.from(entity, env.model());
        if (record.isEmpty()) {
          env.err()
              .println(
                  "vigilance: '"
                      + id
                      + "' is a "
                      + entity.schema()
                      + ": only organisations are matched ("
                      + String.join(", ", MatchRecord.MATCHABLE)
                      + ")");
          return ExitCodes.USAGE;
        }
        records.add(record.get());
      }
      MatchScore score = env.resolution().matcher().score(records.get(0), records.get(1));
      if (json) {
        root.printJson(toJson(records, score));
      } else {
        print(env.out(), records, score);
      }
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> toJson(List<MatchRecord> records, MatchScore score) {
    Map<String, Object> json = new LinkedHashMap<>();
    List<Object> entities = new ArrayList<>();
    for (MatchRecord r : records) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", r.id());
      e.put("schema", r.schema());
      e.put("names", r.names());
      e.put("countries", r.countries().stream().sorted().toList());
      e.put("identifiers", r.identifiers().stream().map(Object::toString).toList());
      entities.add(e);
    }
    json.put("entities", entities);
    json.put("score", round(score.score()));
    json.put("vetoed", score.vetoed());
    List<Object> features = new ArrayList<>();
    for (Feature f : score.features()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("feature", f.name());
      m.put("value", f.value() < 0 ? null : round(f.value()));
      m.put("contribution", round(f.contribution()));
      m.put("explanation", f.explanation());
      features.add(m);
    }
    json.put("features", features);
    return json;
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  static void print(PrintStream out, List<MatchRecord> records, MatchScore score) {
    for (MatchRecord r : records) {
      out.println(
          r.schema()
              + " "
              + r.id()
              + "  "
              + String.join(" | ", r.names().stream().map(n -> "\"" + n + "\"").toList())
              + (r.identifiers().isEmpty()
                  ? ""
                  : "  "
                      + String.join(" ", r.identifiers().stream().map(Object::toString).toList()))
              + (r.countries().isEmpty()
                  ? ""
                  : "  [" + String.join(", ", r.countries().stream().sorted().toList()) + "]"));
    }
    out.println(
        String.format(Locale.ROOT, "score %.3f", score.score())
            + (score.vetoed() ? "  (vetoed: conflicting identifiers)" : ""));
    out.println(
        String.format(
            Locale.ROOT, "  %-18s %7s %13s  %s", "feature", "value", "contribution", "why"));
    for (Feature f : score.features()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-18s %7s %+13.3f  %s",
              f.name(),
              f.value() < 0 ? "-" : String.format(Locale.ROOT, "%.3f", f.value()),
              f.contribution(),
              f.explanation()));
    }
  }
}
