package org.vigilance.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.ImpactEntries;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance impact add}: records an adverse human-rights impact. */
@Command(
    name = "impact",
    description = "Record adverse human-rights impacts (see 'impacts' to list them).",
    subcommands = {ImpactCommand.Add.class})
final class ImpactCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Override
  public Integer call() {
    root.env.err().println("vigilance impact: say what to do: add (see 'vigilance impact --help')");
    return ExitCodes.USAGE;
  }

  /** {@code impact add}. */
  @Command(
      name = "add",
      description = {
        "Record an adverse impact on a human right: the event, the agency unit where it is",
        "documented, the product and the vendor involved, how (cause, contribute,",
        "directly-linked), how severe (scale, scope, irremediability, 1 to 5) and the documents",
        "that report it. Its grade is the best grade of its evidence.",
        "An impact describes a right and an event, never a person."
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand ImpactCommand parent;

    @Mixin EntryOptions options;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The impact's id.")
    String id = "";

    @Option(
        names = "--right",
        required = true,
        paramLabel = "RIGHT",
        description = "The right affected, e.g. 'family life', 'liberty', 'privacy'.")
    String right = "";

    @Option(
        names = "--event",
        required = true,
        paramLabel = "EVENT",
        description = "The event (an Event id; 'vigilance event add' records one).")
    String event = "";

    @Option(
        names = "--unit",
        required = true,
        paramLabel = "UNIT",
        description = "The agency unit where the impact is documented (a PublicBody id).")
    String unit = "";

    @Option(names = "--product", paramLabel = "PRODUCT", description = "The product involved.")
    @Nullable String product;

    @Option(
        names = "--vendor",
        paramLabel = "COMPANY",
        description = "The company whose involvement is described (default: the product's vendor).")
    @Nullable String vendor;

    @Option(
        names = "--involvement",
        required = true,
        paramLabel = "HOW",
        description = "cause, contribute or directly-linked (UN Guiding Principles 13, 19).")
    String involvement = "";

    @Option(
        names = "--scale",
        required = true,
        paramLabel = "1-5",
        description = "Severity: how grave, 1 (minor) to 5 (gravest).")
    String scale = "";

    @Option(
        names = "--scope",
        required = true,
        paramLabel = "1-5",
        description = "Severity: how widespread, 1 (few people) to 5 (very many).")
    String scope = "";

    @Option(
        names = "--irremediability",
        required = true,
        paramLabel = "1-5",
        description = "Severity: how hard to remedy, 1 (easily) to 5 (not at all).")
    String irremediability = "";

    @Option(
        names = "--evidence",
        required = true,
        paramLabel = "DOC[:LOCATOR]",
        description = "A document that reports it, and where in it (repeatable).")
    List<String> evidence = new ArrayList<>();

    @Option(names = "--date", paramLabel = "DATE", description = "When (ISO 8601: 2019, 2019-08).")
    @Nullable String date;

    @Option(names = "--summary", paramLabel = "TEXT", description = "One sentence describing it.")
    @Nullable String summary;

    @Override
    public Integer call() throws java.io.IOException {
      VigilanceCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        CaseGraph graph = root.caseGraph(ws);
        ImpactEntries.Built built;
        try {
          built =
              ImpactEntries.impact(
                  graph,
                  new ImpactEntries.ImpactRequest(
                      id,
                      right,
                      event,
                      unit,
                      product,
                      vendor,
                      involvement,
                      scale,
                      scope,
                      irremediability,
                      evidence,
                      date,
                      summary));
        } catch (IllegalArgumentException e) {
          root.env.err().println("vigilance impact add: " + e.getMessage());
          return ExitCodes.USAGE;
        }
        ImportOutcome outcome =
            root.recordEntry(
                ws,
                options.entry(
                    root, "impact", "impact add " + id, built.grade(), null, built.entities()));
        root.env
            .out()
            .println(
                (outcome.alreadyImported() ? "Already recorded: impact " : "Recorded impact ")
                    + id
                    + " (grade "
                    + built.grade()
                    + ", the best of its evidence): right affected: "
                    + right.strip()
                    + "; involvement "
                    + involvement.strip()
                    + "; severity scale "
                    + scale.strip()
                    + ", scope "
                    + scope.strip()
                    + ", irremediability "
                    + irremediability.strip());
        return ExitCodes.OK;
      }
    }
  }
}
