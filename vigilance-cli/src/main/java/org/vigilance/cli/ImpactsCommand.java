package org.vigilance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citations;
import org.vigilance.core.diligence.ImpactView;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance impacts}: the documented impacts with their evidence. */
@Command(
    name = "impacts",
    header = "List the documented human-rights impacts.",
    description = {
      "List the documented human-rights impacts: right, event, unit, product, vendor,",
      "involvement, severity and the evidence, each with its citation."
    })
final class ImpactsCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Option(
      names = "--about",
      paramLabel = "ID",
      description = "Only impacts naming this entity (event, unit, product or vendor).")
  @Nullable String about;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      CaseGraph graph = root.caseGraph(ws);
      EntityId target = null;
      if (about != null) {
        if (EntityId.problem(about.strip()) != null
            || graph.get(EntityId.of(about.strip())).isEmpty()) {
          root.env
              .err()
              .println("vigilance impacts: --about: no entity '" + about + "' in the workspace");
          return ExitCodes.USAGE;
        }
        target = EntityId.of(about.strip());
      }
      List<ImpactView> impacts = ImpactView.of(graph, target);
      if (json) {
        root.printJson(Map.of("impacts", impacts.stream().map(i -> json(graph, i)).toList()));
        return ExitCodes.OK;
      }
      PrintStream out = root.env.out();
      if (impacts.isEmpty()) {
        out.println(about == null ? "No impacts recorded." : "No impacts about " + about + ".");
        return ExitCodes.OK;
      }
      for (ImpactView i : impacts) {
        print(out, graph, i);
      }
      out.println(
          impacts.size()
              + (impacts.size() == 1 ? " impact" : " impacts")
              + ". Severity score = scale + scope + irremediability (3–15): high from 11;"
              + " hard to reverse from irremediability 4.");
      return ExitCodes.OK;
    }
  }

  private static void print(PrintStream out, CaseGraph graph, ImpactView i) {
    out.println(
        i.impact().id()
            + "  right affected: "
            + i.right()
            + "  (grade "
            + i.grade()
            + ", the best of its evidence)  "
            + i.citation());
    line(out, graph, "event", i.impact(), "event", i.event());
    line(out, graph, "unit", i.impact(), "unit", i.unit());
    line(out, graph, "product", i.impact(), "product", i.product());
    if (i.vendor() != null) {
      boolean named = !i.impact().values("vendor").isEmpty();
      out.println(
          "  vendor       "
              + i.vendor().caption(graph.model())
              + (named ? "" : " (the product's vendor)")
              + "  "
              + (named || i.product() == null
                  ? Citations.reference(graph, i.impact(), "vendor", i.vendor())
                  : Citations.reference(graph, i.product(), "vendor", i.vendor())));
    }
    out.println(
        "  involvement  "
            + (i.involvement() == null ? "not recorded" : i.involvement().word())
            + "; severity "
            + (i.severity() == null ? "not recorded" : i.severity().toString())
            + (i.severity() != null && i.severity().hardToReverse() ? ", hard to reverse" : "")
            + (i.date() == null ? "" : "; date " + i.date()));
    List<String> summary = i.impact().values("summary");
    if (!summary.isEmpty()) {
      out.println("  summary      " + summary.get(0));
    }
    if (i.evidence().isEmpty()) {
      out.println("  evidence: none cited");
    }
    Cited.printEvidence(out, "  ", graph, i.evidence());
    out.println();
  }

  private static void line(
      PrintStream out,
      CaseGraph graph,
      String label,
      MergedEntity impact,
      String property,
      @Nullable MergedEntity target) {
    if (target == null) {
      return;
    }
    List<String> dates = target.values("date");
    out.printf(
        java.util.Locale.ROOT,
        "  %-12s %s%s  %s%n",
        label,
        target.caption(graph.model()),
        property.equals("event") && !dates.isEmpty() ? " (" + dates.get(0) + ")" : "",
        Citations.reference(graph, impact, property, target));
  }

  static Map<String, Object> json(CaseGraph graph, ImpactView i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.impact().id().value());
    m.put("right", i.right());
    m.put("event", ref(graph, i.event()));
    m.put("unit", ref(graph, i.unit()));
    m.put("product", ref(graph, i.product()));
    m.put("vendor", ref(graph, i.vendor()));
    m.put("involvement", i.involvement() == null ? null : i.involvement().word());
    if (i.severity() == null) {
      m.put("severity", null);
    } else {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("scale", i.severity().scale());
      s.put("scope", i.severity().scope());
      s.put("irremediability", i.severity().irremediability());
      s.put("score", i.severity().score());
      s.put("band", i.severity().band());
      s.put("hardToReverse", i.severity().hardToReverse());
      m.put("severity", s);
    }
    m.put("date", i.date() == null ? null : i.date().text());
    List<String> summary = i.impact().values("summary");
    m.put("summary", summary.isEmpty() ? null : summary.get(0));
    m.put("grade", i.grade().name());
    m.put("evidence", new ArrayList<>(Cited.evidence(graph, i.evidence())));
    m.put("citation", Cited.json(i.citation()));
    return m;
  }

  private static @Nullable Map<String, Object> ref(CaseGraph graph, @Nullable MergedEntity e) {
    if (e == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id().value());
    m.put("name", e.caption(graph.model()));
    return m;
  }
}
