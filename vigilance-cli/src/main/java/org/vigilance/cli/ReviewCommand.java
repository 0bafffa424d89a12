package org.vigilance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.judgement.Components;
import org.vigilance.core.judgement.Verdict;
import org.vigilance.core.resolution.CrossReference;
import org.vigilance.core.resolution.CrossReference.Candidate;
import org.vigilance.core.resolution.CrossReference.Decision;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance review}: walks the pairs waiting for a person's judgement. */
@Command(
    name = "review",
    header = "Judge the pairs that 'vigilance xref' left for review.",
    description = {
      "Walk the pairs of organisations that 'vigilance xref' left for review, best score first:",
      "each shows both entities and what every feature contributed. Answer same (s), not same",
      "(n), unsure (u), skip (k) or quit (q). Judgements are recorded (never deleted; see",
      "'vigilance unmerge'); a skipped pair comes back next time."
    })
final class ReviewCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Mixin XrefOptions thresholds = new XrefOptions();

  @Option(names = "--by", paramLabel = "NAME", description = "Who judges (default: $USER).")
  @Nullable String by;

  private enum Answer {
    SAME,
    NOT_SAME,
    UNSURE,
    SKIP,
    QUIT
  }

  @Override
  public Integer call() throws IOException {
    Environment env = root.env;
    CrossReference.Options options;
    try {
      options = thresholds.options();
    } catch (IllegalArgumentException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    String judge = root.user(by);
    PrintStream out = env.out();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8));
    int same = 0;
    int notSame = 0;
    int unsure = 0;
    int skipped = 0;
    try (Workspace ws = root.openWorkspace()) {
      CrossReference xref = new CrossReference(ws, env.model(), env.resolution());
      // with the merges xref would refuse (they would join a source's entities, legal forms or
      // countries that differ, a parent and its subsidiary): those wait for a person too
      List<Candidate> queue = xref.asJudged(xref.find(options)).with(Decision.REVIEW);
      out.println(queue.size() + " pair(s) to review");
      int n = 0;
      Components components = Components.of(ws.judgements().list());
      for (Candidate c : queue) {
        n++;
        EntityId left = EntityId.of(c.left().id());
        EntityId right = EntityId.of(c.right().id());
        if (components.merged(left, right) || components.forbidden(left, right)) {
          continue; // decided by an earlier answer of this session
        }
        out.println();
        out.println("[" + n + "/" + queue.size() + "] " + c.why());
        MatchCommand.print(out, List.of(c.left(), c.right()), c.score());
        Answer answer = ask(in, out);
        if (answer == Answer.QUIT) {
          break;
        }
        Verdict verdict =
            switch (answer) {
              case SAME -> Verdict.SAME;
              case NOT_SAME -> Verdict.NOT_SAME;
              case UNSURE -> Verdict.UNSURE;
              default -> null;
            };
        if (verdict == null) {
          skipped++;
          continue;
        }
        ws.judgements().record(left, right, verdict, judge, c.score().score(), "review");
        components = Components.of(ws.judgements().list());
        switch (verdict) {
          case SAME -> same++;
          case NOT_SAME -> notSame++;
          default -> unsure++;
        }
      }
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "recorded: %d same, %d not same, %d unsure; %d skipped%n",
        same,
        notSame,
        unsure,
        skipped);
    return ExitCodes.OK;
  }

  private static Answer ask(BufferedReader in, PrintStream out) throws IOException {
    while (true) {
      out.print("same / not same / unsure / skip / quit [s/n/u/k/q]? ");
      out.flush();
      String line = in.readLine();
      if (line == null) {
        out.println();
        return Answer.QUIT;
      }
      switch (line.strip().toLowerCase(Locale.ROOT)) {
        case "s", "same", "y", "yes" -> {
          return Answer.SAME;
        }
        case "n", "not same", "not-same", "no" -> {
          return Answer.NOT_SAME;
        }
        case "u", "unsure", "?" -> {
          return Answer.UNSURE;
        }
        case "k", "skip", "" -> {
          return Answer.SKIP;
        }
        case "q", "quit" -> {
          return Answer.QUIT;
        }
        default -> out.println("please answer s, n, u, k or q");
      }
    }
  }
}
