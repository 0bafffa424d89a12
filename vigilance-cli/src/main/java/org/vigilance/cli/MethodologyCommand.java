package org.vigilance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.methodology.FileFormatException;
import org.vigilance.core.methodology.GraphRule;
import org.vigilance.core.methodology.Group;
import org.vigilance.core.methodology.Indicator;
import org.vigilance.core.methodology.Level;
import org.vigilance.core.methodology.Methodologies;
import org.vigilance.core.methodology.Methodology;
import org.vigilance.core.methodology.Reference;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance methodology list|show|check|add}: the methodologies one can assess with. */
@Command(
    name = "methodology",
    header = "The methodologies that assessments apply.",
    description = {
      "The methodologies assessments apply: those bundled with Vigilance and those added to the",
      "workspace. A methodology is a versioned YAML file (see docs/due-diligence.md)."
    },
    subcommands = {
      MethodologyCommand.ListCommand.class,
      MethodologyCommand.ShowCommand.class,
      MethodologyCommand.CheckCommand.class,
      MethodologyCommand.AddCommand.class
    })
final class MethodologyCommand {
  @ParentCommand VigilanceCommand root;

  /** The catalogue, with the workspace's methodologies when the workspace exists. */
  static Methodologies catalogue(VigilanceCommand root, @Nullable Workspace ws) {
    return new Methodologies(root.env.methodologies(), ws);
  }

  /** Runs with the workspace when it exists (without creating it), else with the bundled only. */
  static <T> T withCatalogue(
      VigilanceCommand root, java.util.function.Function<Methodologies, T> f) {
    Path dir = root.workspaceRoot();
    if (!root.env.opener().exists(dir)) {
      return f.apply(catalogue(root, null));
    }
    try (Workspace ws = root.env.opener().open(dir, false)) {
      Methodologies catalogue = catalogue(root, ws);
      catalogue.problems().forEach(p -> root.env.err().println("vigilance: warning: " + p));
      return f.apply(catalogue);
    }
  }

  /** {@code methodology list}. */
  @Command(name = "list", description = "List the methodologies: id@version, title, where from.")
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand MethodologyCommand parent;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() {
      VigilanceCommand root = parent.root;
      List<Methodologies.Entry> entries = withCatalogue(root, Methodologies::list);
      if (json) {
        List<Object> rows = new ArrayList<>();
        for (Methodologies.Entry e : entries) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", e.methodology().id());
          row.put("version", e.methodology().version());
          row.put("title", e.methodology().title());
          row.put("indicators", e.methodology().indicators().size());
          row.put("origin", e.origin().name().toLowerCase(Locale.ROOT));
          row.put("file", e.fileName());
          row.put("sha256", e.hash().hex());
          row.put("sources", e.stored().stream().map(s -> s.value()).toList());
          rows.add(row);
        }
        root.printJson(rows);
        return ExitCodes.OK;
      }
      PrintStream out = root.env.out();
      out.printf(
          Locale.ROOT,
          "%-26s %-10s %-15s %-16s %s%n",
          "methodology",
          "indicators",
          "origin",
          "sha256",
          "title");
      for (Methodologies.Entry e : entries) {
        out.printf(
            Locale.ROOT,
            "%-26s %-10d %-15s %-16s %s%n",
            e.methodology().key(),
            e.methodology().indicators().size(),
            e.origin().name().toLowerCase(Locale.ROOT) + (e.stored().isEmpty() ? "" : ", stored"),
            e.hash().hex().substring(0, 16),
            e.methodology().title());
      }
      return ExitCodes.OK;
    }
  }

  /** {@code methodology show ID[@VERSION]}. */
  @Command(
      name = "show",
      description = "Show a methodology: levels, scoring rules, groups, indicators, references.")
  static final class ShowCommand implements Callable<Integer> {
    @ParentCommand MethodologyCommand parent;

    @Parameters(index = "0", paramLabel = "ID[@VERSION]", description = "The methodology.")
    String spec = "";

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() {
      VigilanceCommand root = parent.root;
      Methodologies.Entry e;
      try {
        e = withCatalogue(root, c -> c.find(spec));
      } catch (IllegalArgumentException ex) {
        root.env.err().println("vigilance: " + ex.getMessage());
        return ExitCodes.USAGE;
      }
      if (json) {
        Map<String, Object> doc = json(e.methodology());
        doc.put("file", e.fileName());
        doc.put("sha256", e.hash().hex());
        doc.put("origin", e.origin().name().toLowerCase(Locale.ROOT));
        root.printJson(doc);
        return ExitCodes.OK;
      }
      print(root.env.out(), e);
      return ExitCodes.OK;
    }
  }

  /** {@code methodology check FILE}. */
  @Command(
      name = "check",
      description = "Check a methodology file without storing it; name every problem's line.")
  static final class CheckCommand implements Callable<Integer> {
    @ParentCommand MethodologyCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The methodology file (YAML).")
    Path file = Path.of("");

    @Override
    public Integer call() throws IOException {
      VigilanceCommand root = parent.root;
      Methodology m;
      try {
        m = catalogue(root, null).check(name(file), Files.readAllBytes(file));
      } catch (FileFormatException ex) {
        root.env.err().println("vigilance: " + ex.getMessage());
        return ExitCodes.USAGE;
      }
      root.env
          .out()
          .println(
              name(file)
                  + ": "
                  + m.key()
                  + " reads: "
                  + m.levels().size()
                  + " levels, "
                  + m.groups().size()
                  + " groups, "
                  + m.indicators().size()
                  + " indicators");
      return ExitCodes.OK;
    }
  }

  /** {@code methodology add FILE}. */
  @Command(
      name = "add",
      description = {
        "Check a methodology file and store it in the workspace as a hashed source, so that",
        "assessments cite its exact bytes. A known id@version with other content is refused."
      })
  static final class AddCommand implements Callable<Integer> {
    @ParentCommand MethodologyCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The methodology file (YAML).")
    Path file = Path.of("");

    @Mixin EntryOptions entry = new EntryOptions();

    @Override
    public Integer call() throws IOException {
      VigilanceCommand root = parent.root;
      byte[] bytes = Files.readAllBytes(file);
      try (Workspace ws = root.openWorkspace()) {
        Methodologies.Stored stored;
        try {
          stored =
              catalogue(root, ws)
                  .add(
                      name(file),
                      bytes,
                      CollectionName.of(entry.collection),
                      Sensitivity.parse(entry.sensitivity),
                      root.user(entry.enteredBy),
                      root.env.model(),
                      root.env.clock());
        } catch (IllegalArgumentException ex) {
          root.env.err().println("vigilance: " + ex.getMessage());
          return ExitCodes.USAGE;
        }
        root.refreshIndex(ws);
        root.env
            .out()
            .println(
                (stored.outcome().alreadyImported() ? "Already stored: " : "Stored ")
                    + stored.methodology().key()
                    + " from "
                    + name(file)
                    + " as source "
                    + stored.outcome().source().id()
                    + " (sha256 "
                    + stored.outcome().source().blob().hash().hex()
                    + "); assessments cite it as "
                    + stored.document());
      }
      return ExitCodes.OK;
    }
  }

  private static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  static Map<String, Object> json(Methodology m) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", m.id());
    doc.put("version", m.version());
    doc.put("title", m.title());
    doc.put("description", m.description());
    doc.put("frameworks", m.frameworks());
    List<Object> levels = new ArrayList<>();
    for (Level l : m.levels()) {
      levels.add(Map.of("level", l.code(), "meaning", l.meaning()));
    }
    doc.put("levels", levels);
    List<Object> groups = new ArrayList<>();
    for (Group g : m.groups()) {
      groups.add(Map.of("id", g.id(), "title", g.title(), "weight", g.weight()));
    }
    doc.put("groups", groups);
    Map<String, Object> scoring = new LinkedHashMap<>();
    scoring.put("totalScale", m.scoring().totalScale());
    scoring.put("sourcesAboveZero", m.scoring().sourcesAboveZero());
    scoring.put("weakestRaisingGrade", m.scoring().weakestRaisingGrade().name());
    scoring.put("contradictedLevel", m.scoring().contradictedLevel());
    doc.put("scoring", scoring);
    List<Object> indicators = new ArrayList<>();
    for (Indicator i : m.indicators()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", i.id());
      row.put("group", i.group());
      row.put("question", i.question());
      row.put("full", i.full());
      row.put("references", i.references().stream().map(Reference::toString).toList());
      row.put("rules", i.rules().stream().map(GraphRule::word).sorted().toList());
      indicators.add(row);
    }
    doc.put("indicators", indicators);
    return doc;
  }

  private static void print(PrintStream out, Methodologies.Entry e) {
    Methodology m = e.methodology();
    out.println(m.key() + "  " + m.title());
    out.println(
        "  file "
            + e.fileName()
            + " ("
            + e.origin().name().toLowerCase(Locale.ROOT)
            + ", sha256 "
            + e.hash().hex()
            + ")"
            + (e.stored().isEmpty()
                ? ""
                : "; stored in the workspace as "
                    + String.join(", ", e.stored().stream().map(s -> s.value()).toList())));
    if (m.description() != null) {
      out.println("  " + m.description());
    }
    out.println();
    out.println("Levels");
    for (Level l : m.levels()) {
      out.printf(Locale.ROOT, "  %-4s %s%n", l.code(), l.meaning());
    }
    out.println();
    out.println("Scoring");
    out.println(
        "  a level above 0 needs "
            + m.scoring().sourcesAboveZero()
            + " cited source(s) graded "
            + m.scoring().weakestRaisingGrade()
            + " or better; weaker evidence alone never raises a level");
    out.println(
        "  an indicator bearing a claim that an official record (E1) contradicts is forced to "
            + m.scoring().contradictedLevel());
    out.println("  group score: mean level of its indicators, n/a left out");
    out.println(
        "  total: mean of the group scores weighted by the group weights, as a share of level "
            + m.maxLevel()
            + ", from 0 to "
            + m.scoring().totalScale());
    out.println();
    out.println("Frameworks");
    m.frameworks().forEach((k, v) -> out.printf(Locale.ROOT, "  %-7s %s%n", k, v));
    for (Group g : m.groups()) {
      out.println();
      out.println(
          g.id()
              + "  "
              + g.title()
              + " (weight "
              + g.weight().stripTrailingZeros().toPlainString()
              + ")");
      for (Indicator i : m.indicatorsOf(g.id())) {
        out.println("  " + i.id() + "  " + i.question());
        out.println("        full level: " + i.full());
        if (!i.references().isEmpty()) {
          out.println(
              "        references: "
                  + String.join(" · ", i.references().stream().map(Reference::toString).toList()));
        }
        if (!i.rules().isEmpty()) {
          out.println(
              "        graph rules: "
                  + String.join(", ", i.rules().stream().map(GraphRule::word).sorted().toList()));
        }
      }
    }
  }
}
