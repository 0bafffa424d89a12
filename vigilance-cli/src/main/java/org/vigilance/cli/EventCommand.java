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

/** {@code vigilance event add}: records an event as reported, with who reported it. */
@Command(
    name = "event",
    description = "Record events as reported, with their sources.",
    subcommands = {EventCommand.Add.class})
final class EventCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Override
  public Integer call() {
    root.env.err().println("vigilance event: say what to do: add (see 'vigilance event --help')");
    return ExitCodes.USAGE;
  }

  /** {@code event add}. */
  @Command(
      name = "add",
      description = {
        "Record an event (an operation, a raid, a policy) as the cited documents report it.",
        "Its grade is the best grade of its evidence. Describe what happened, not who it",
        "happened to: no names or details of affected people."
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand EventCommand parent;

    @Mixin EntryOptions options;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The event's id.")
    String id = "";

    @Option(names = "--name", paramLabel = "NAME", description = "A short name (default: summary).")
    @Nullable String name;

    @Option(
        names = "--date",
        required = true,
        paramLabel = "DATE",
        description = "When (ISO 8601: 2017, 2019-08, 2019-08-07).")
    String date = "";

    @Option(
        names = "--summary",
        required = true,
        paramLabel = "TEXT",
        description = "What happened, as reported.")
    String summary = "";

    @Option(
        names = "--evidence",
        required = true,
        paramLabel = "DOC[:LOCATOR]",
        description = "A document that reports it, and where in it (repeatable).")
    List<String> evidence = new ArrayList<>();

    @Override
    public Integer call() throws java.io.IOException {
      VigilanceCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        CaseGraph graph = root.caseGraph(ws);
        ImpactEntries.Built built;
        try {
          built =
              ImpactEntries.event(
                  graph, new ImpactEntries.EventRequest(id, name, date, summary, evidence));
        } catch (IllegalArgumentException e) {
          root.env.err().println("vigilance event add: " + e.getMessage());
          return ExitCodes.USAGE;
        }
        ImportOutcome outcome =
            root.recordEntry(
                ws,
                options.entry(
                    root, "event", "event add " + id, built.grade(), null, built.entities()));
        root.env
            .out()
            .println(
                (outcome.alreadyImported() ? "Already recorded: event " : "Recorded event ")
                    + id
                    + " ("
                    + date.strip()
                    + ", grade "
                    + built.grade()
                    + ", the best of its evidence)");
        return ExitCodes.OK;
      }
    }
  }
}
