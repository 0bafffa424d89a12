package org.vigilance.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.redflag.FlagRule;
import org.vigilance.core.redflag.Recommendation;
import org.vigilance.core.redflag.RecommendationRules;
import org.vigilance.core.redflag.RedFlag;
import org.vigilance.core.redflag.RedFlags;
import org.vigilance.core.redflag.Step;
import org.vigilance.core.redflag.VendorCase;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance flags SUBJECT}: red flags with their evidence paths, and a recommendation. */
@Command(
    name = "flags",
    header = "Red flags for a company, with their evidence paths.",
    description = {
      "Red flags for a company, each with its explanation and its evidence path (vendor ->",
      "contract -> agency unit -> product -> event -> impact), every step cited; then the",
      "recommendation derived from the flags, the impacts and the latest findings, with its",
      "reasons. The companies it owns (Ownership) count as the company itself."
    })
final class FlagsCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(
      index = "0",
      paramLabel = "SUBJECT",
      description = "The company: its id, or a part of its name that only it has.")
  String subject = "";

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The day letters' deadlines are judged on (default: today).")
  @Nullable String asOf;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    LocalDate today;
    try {
      today = asOf == null ? LocalDate.now(root.env.clock()) : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      root.env.err().println("vigilance flags: --as-of: '" + asOf + "' is not a date (2020-10-01)");
      return ExitCodes.USAGE;
    }
    try (Workspace ws = root.openWorkspace()) {
      CaseGraph graph = root.caseGraph(ws);
      VendorCase vendor;
      try {
        EntityId id = VendorCase.resolve(graph, subject);
        vendor = VendorCase.of(graph, id, today);
      } catch (IllegalArgumentException e) {
        root.env.err().println("vigilance flags: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      List<RedFlag> flags = RedFlags.run(vendor);
      Recommendation recommendation = RecommendationRules.recommend(vendor, flags);
      if (json) {
        root.printJson(json(graph, vendor, flags, recommendation));
      } else {
        print(root.env.out(), graph, vendor, flags, recommendation);
      }
      return ExitCodes.OK;
    }
  }

  private static void print(
      PrintStream out,
      CaseGraph graph,
      VendorCase vendor,
      List<RedFlag> flags,
      Recommendation recommendation) {
    out.println(
        "Red flags for "
            + vendor.subject().caption(graph.model())
            + " ("
            + vendor.subject().id()
            + "), as of "
            + vendor.today());
    List<VendorCase.Member> subsidiaries =
        vendor.members().stream().filter(VendorCase.Member::subsidiary).toList();
    if (!subsidiaries.isEmpty()) {
      out.println(
          "Counted as "
              + vendor.subject().caption(graph.model())
              + ": the companies it owns (Ownership); their contracts, products, claims and"
              + " letters count as its own:");
      for (VendorCase.Member m : subsidiaries) {
        Step last = m.path().get(m.path().size() - 1);
        out.println(
            "  "
                + m.entity().caption(graph.model())
                + " ("
                + m.entity().id()
                + "), "
                + last.note()
                + "  "
                + Cited.text(last.citations()));
      }
    }
    long awarding =
        vendor.contracts().stream()
            .flatMap(c -> graph.refs(c.contract(), "authority").stream())
            .map(MergedEntity::id)
            .distinct()
            .count();
    long units = vendor.placements().stream().map(p -> p.unit().id()).distinct().count();
    out.println(
        count(vendor.contracts().size(), "contract")
            + " awarded by "
            + count((int) awarding, "agency unit")
            + "; "
            + count(vendor.products().size(), "product")
            + " of the vendor, placed at "
            + count((int) units, "agency unit")
            + ".");
    out.println();
    if (flags.isEmpty()) {
      out.println("No red flags.");
    }
    String rule = "";
    int n = 0;
    for (RedFlag flag : flags) {
      n++;
      if (!flag.rule().equals(rule)) {
        rule = flag.rule();
        FlagRule r = RedFlags.rule(rule);
        out.println(r.id() + " " + r.title());
        out.println("  Why it matters: " + r.explanation());
        out.println();
      }
      out.println("  " + n + ". " + flag.explanation());
      Cited.printPath(out, "     ", graph, flag.path());
      out.println();
    }
    out.println(
        "Recommendation (" + recommendation.rule() + "): " + recommendation.outcome().title());
    out.println("  " + recommendation.outcome().action());
    if (!recommendation.reasons().isEmpty()) {
      out.println("  Reasons:");
      for (Recommendation.Reason reason : recommendation.reasons()) {
        out.println(
            "  - ["
                + reason.condition()
                + "] "
                + reason.text()
                + " ("
                + String.join(", ", reason.refs())
                + ")"
                + (reason.citations().isEmpty() ? "" : "  " + Cited.text(reason.citations())));
        Cited.printEvidence(out, "      ", graph, reason.evidence());
      }
    }
    if (!recommendation.unmet().isEmpty()) {
      out.println("  Stronger recommendations not reached:");
      for (Recommendation.Unmet u : recommendation.unmet()) {
        out.println(
            "  - "
                + u.rule()
                + " "
                + u.outcome().title()
                + ": missing "
                + String.join("; ", u.missing()));
      }
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static Map<String, Object> json(
      CaseGraph graph, VendorCase vendor, List<RedFlag> flags, Recommendation recommendation) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "subject",
        Map.of(
            "id", vendor.subject().id().value(), "name", vendor.subject().caption(graph.model())));
    m.put("asOf", vendor.today().toString());
    List<Object> members = new ArrayList<>();
    for (VendorCase.Member member : vendor.members()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("id", member.entity().id().value());
      mm.put("name", member.entity().caption(graph.model()));
      mm.put("subsidiary", member.subsidiary());
      mm.put("path", Cited.path(graph, member.path()));
      members.add(mm);
    }
    m.put("members", members);
    m.put("membersNote", "the companies the subject owns (Ownership) count as the subject");
    List<Object> list = new ArrayList<>();
    int n = 0;
    for (RedFlag flag : flags) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("number", ++n);
      f.put("rule", flag.rule());
      f.put("title", flag.title());
      f.put("explanation", flag.explanation());
      f.put("why", RedFlags.rule(flag.rule()).explanation());
      f.put("path", Cited.path(graph, flag.path()));
      f.put("impacts", flag.impacts().stream().map(i -> i.impact().id().value()).toList());
      list.add(f);
    }
    m.put("flags", list);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("rule", recommendation.rule());
    r.put("outcome", recommendation.outcome().word());
    r.put("title", recommendation.outcome().title());
    r.put("action", recommendation.outcome().action());
    List<Object> reasons = new ArrayList<>();
    for (Recommendation.Reason reason : recommendation.reasons()) {
      Map<String, Object> rr = new LinkedHashMap<>();
      rr.put("condition", reason.condition());
      rr.put("text", reason.text());
      rr.put("refs", reason.refs());
      rr.put("citations", Cited.json(reason.citations()));
      rr.put("evidence", Cited.evidence(graph, reason.evidence()));
      reasons.add(rr);
    }
    r.put("reasons", reasons);
    List<Object> unmet = new ArrayList<>();
    for (Recommendation.Unmet u : recommendation.unmet()) {
      Map<String, Object> uu = new LinkedHashMap<>();
      uu.put("rule", u.rule());
      uu.put("outcome", u.outcome().word());
      uu.put("missing", u.missing());
      unmet.add(uu);
    }
    r.put("unmet", unmet);
    m.put("recommendation", r);
    return m;
  }
}
