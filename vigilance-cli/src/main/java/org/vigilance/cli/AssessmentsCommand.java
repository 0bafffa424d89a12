package org.vigilance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigilance.core.diligence.AssessmentView;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.methodology.Methodologies;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance assessments SUBJECT}: the history of a company's assessments. */
@Command(
    name = "assessments",
    header = "The assessments of a company, oldest first.",
    description = {
      "The assessments of a company, oldest first (date, methodology, contract, total, group",
      "scores), then the latest one in full: every finding with its citations."
    })
final class AssessmentsCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(index = "0", paramLabel = "SUBJECT", description = "The company's entity id.")
  String subject = "";

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    Environment env = root.env;
    try (Workspace ws = root.openWorkspace()) {
      CaseGraph graph = root.caseGraph(ws);
      MergedEntity company;
      try {
        company = graph.require(EntityId.of(subject));
      } catch (IllegalArgumentException e) {
        env.err().println("vigilance: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      Methodologies catalogue = new Methodologies(env.methodologies(), ws);
      List<AssessmentView> history =
          AssessmentView.history(graph, company.id(), key -> AssessCommand.lookup(catalogue, key));
      if (json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("subject", company.id().value());
        doc.put("name", company.caption(env.model()));
        List<Object> rows = new ArrayList<>();
        history.forEach(a -> rows.add(AssessmentPrinter.summaryJson(a)));
        doc.put("assessments", rows);
        doc.put("latest", history.isEmpty() ? null : AssessmentPrinter.json(history.getLast()));
        root.printJson(doc);
        return ExitCodes.OK;
      }
      PrintStream out = env.out();
      String name = company.caption(env.model());
      if (history.isEmpty()) {
        out.println(
            "No assessment of "
                + name
                + " yet. Make one with: vigilance assess "
                + company.id()
                + " --methodology vigilance-hrdd --findings FILE");
        return ExitCodes.OK;
      }
      out.println(
          "Assessments of "
              + name
              + " ("
              + company.id()
              + "): "
              + history.size()
              + ", oldest first");
      out.printf(
          Locale.ROOT,
          "  %-10s  %-24s  %-16s  %-12s  %s%n",
          "date",
          "methodology",
          "contract",
          "total",
          "group scores (mean level)");
      for (AssessmentView a : history) {
        List<String> groups = new ArrayList<>();
        a.groupScores().forEach((g, s) -> groups.add(g + " " + s));
        out.printf(
            Locale.ROOT,
            "  %-10s  %-24s  %-16s  %-12s  %s  %s %s%n",
            a.date(),
            a.methodology(),
            a.contract() == null ? "-" : Table.clip(a.contract().id().value(), 16),
            AssessmentPrinter.total(a),
            String.join(" · ", groups),
            a.assessment().id(),
            a.citation());
      }
      out.println();
      out.println("Latest:");
      new AssessmentPrinter(graph, out).print(history.getLast(), company);
    }
    return ExitCodes.OK;
  }
}
