package org.vigilance.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.judgement.Judgement;
import org.vigilance.core.judgement.Unmerge;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance unmerge ID1 ID2}: takes two merged entities apart, reversibly. */
@Command(
    name = "unmerge",
    header = "Take two merged entities apart.",
    description = {
      "Take two entities apart: withdraw the 'same' judgements that join them (a withdrawal is a",
      "new record; nothing is deleted) and record that they are not the same, so that no later",
      "merge joins them again."
    })
final class UnmergeCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(index = "0", paramLabel = "ID1", description = "One entity id.")
  String id1 = "";

  @Parameters(index = "1", paramLabel = "ID2", description = "The other entity id.")
  String id2 = "";

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why (recorded).")
  String reason = "unmerge";

  @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: $USER).")
  @Nullable String by;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    Environment env = root.env;
    if (id1.equals(id2)) {
      env.err().println("vigilance: cannot unmerge an entity from itself");
      return ExitCodes.USAGE;
    }
    String judge = root.user(by);
    Unmerge.Outcome outcome;
    try (Workspace ws = root.openWorkspace()) {
      for (String id : List.of(id1, id2)) {
        if (ws.fragments().fragmentsOf(EntityId.of(id)).isEmpty()) {
          env.err().println("vigilance: no entity with id '" + id + "' in " + ws.root());
          return ExitCodes.FAILURE;
        }
      }
      outcome = new Unmerge(ws.judgements()).run(EntityId.of(id1), EntityId.of(id2), judge, reason);
    }
    if (json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("wereMerged", outcome.wereMerged());
      j.put("withdrawn", outcome.withdrawn().stream().map(UnmergeCommand::describe).toList());
      j.put("recorded", describe(outcome.negative()));
      root.printJson(j);
    } else {
      PrintStream out = env.out();
      if (!outcome.wereMerged()) {
        out.println(id1 + " and " + id2 + " were not merged");
      }
      for (Judgement w : outcome.withdrawn()) {
        out.println("withdrawn: " + describe(w));
      }
      out.println("recorded:  " + describe(outcome.negative()));
    }
    return ExitCodes.OK;
  }

  private static String describe(Judgement j) {
    return "#"
        + j.id()
        + " "
        + j.verdict().label()
        + (j.withdraws() > 0 ? " of #" + j.withdraws() : "")
        + " "
        + j.left()
        + " / "
        + j.right()
        + " by "
        + j.by();
  }
}
