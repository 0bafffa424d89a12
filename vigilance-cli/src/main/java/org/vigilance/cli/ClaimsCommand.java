package org.vigilance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.ClaimStatus;
import org.vigilance.core.diligence.ClaimView;
import org.vigilance.core.diligence.Relation;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance claims}: the claims ledger, with statuses and the evidence on each side. */
@Command(
    name = "claims",
    description = {
      "Show the claims ledger: claims with their status and the evidence on each side.",
      "Each claim with its speaker, date, text, status and the rule that decided it, then the"
          + " evidence on each side (grade, document, locator, quote), each line with its"
          + " citation [grade source locator url].",
      "Statuses (ADR 0011), first match: contradicted (an E1 record contradicts it), contested"
          + " (E2-E3 evidence contradicts it, or E1-E3 evidence points both ways), supported"
          + " (E1-E3 evidence supports it, none contradicts it), unverified (otherwise). E4"
          + " evidence is listed but changes no status."
    })
final class ClaimsCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Option(
      names = "--about",
      paramLabel = "ID",
      description = "Only the claims about this entity (or an entity judged the same).")
  @Nullable String about;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    return Entries.run(root.env, this::show);
  }

  private int show() {
    List<ClaimView> claims;
    CaseGraph graph;
    try (Workspace ws = root.openWorkspace()) {
      EntityId subject =
          about == null ? null : Entries.entity(ws, root.env.model(), "--about", about, "Thing");
      graph = root.caseGraph(ws);
      claims = ClaimView.of(graph, subject);
    }
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("about", about);
      out.put("counts", counts(claims));
      out.put("claims", claims.stream().map(c -> toJson(graph, c)).toList());
      root.printJson(out);
      return ExitCodes.OK;
    }
    print(root.env.out(), graph, claims);
    return ExitCodes.OK;
  }

  private static Map<String, Integer> counts(List<ClaimView> claims) {
    Map<ClaimStatus, Integer> byStatus = new EnumMap<>(ClaimStatus.class);
    for (ClaimStatus s : ClaimStatus.values()) {
      byStatus.put(s, 0);
    }
    claims.forEach(c -> byStatus.merge(c.status().status(), 1, Integer::sum));
    Map<String, Integer> counts = new LinkedHashMap<>();
    byStatus.forEach((s, n) -> counts.put(s.word(), n));
    return counts;
  }

  private void print(PrintStream out, CaseGraph graph, List<ClaimView> claims) {
    if (claims.isEmpty()) {
      out.println(
          about == null
              ? "No claims yet. Record one with: vigilance claim add --id ID --speaker ENTITY ..."
              : "No claims about " + about + ".");
      return;
    }
    out.println(
        "Claims ledger"
            + (about == null ? "" : " about " + about)
            + ": "
            + claims.size()
            + " claim(s): "
            + counts(claims).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")));
    out.println();
    out.printf(
        Locale.ROOT, "%-13s %-16s %-10s %-26s %s%n", "status", "claim", "date", "speaker", "text");
    for (ClaimView c : claims) {
      out.printf(
          Locale.ROOT,
          "%-13s %-16s %-10s %-26s %s%n",
          c.status().status().word(),
          Table.clip(c.claim().id().value(), 16),
          c.date() == null ? "?" : Table.clip(c.date(), 10),
          Table.clip(speakers(graph, c), 26),
          Table.clip(c.text(), 60));
    }
    for (ClaimView c : claims) {
      out.println();
      out.println(c.claim().id() + "  " + c.status().status().name() + ": " + c.status().reason());
      out.println(
          "  "
              + (c.date() == null ? "undated" : c.date())
              + "  "
              + speakers(graph, c)
              + ": \""
              + c.text()
              + "\"  "
              + c.citation());
      out.println(
          "  about: "
              + c.about().stream()
                  .map(id -> graph.get(id).map(e -> CaseText.name(graph, e)).orElse(id.value()))
                  .collect(Collectors.joining("; ")));
      MergedEntity source = c.source();
      if (source != null) {
        out.println(
            "  made in: "
                + CaseText.name(graph, source)
                + (c.locator() == null ? "" : ", " + c.locator())
                + "  "
                + graph.cite(source));
      }
      if (!c.indicators().isEmpty()) {
        out.println("  indicators: " + String.join(", ", c.indicators()));
      }
      for (Relation relation : Relation.values()) {
        List<ClaimView.Evidence> side = c.evidence(relation);
        if (side.isEmpty()) {
          out.println("  " + relation.word() + ": none");
          continue;
        }
        out.println("  " + relation.word() + " (" + side.size() + "):");
        for (ClaimView.Evidence e : side) {
          MergedEntity document = e.document();
          out.println(
              "    "
                  + e.grade()
                  + (e.grade() == EvidenceGrade.E4 ? " (changes no status)" : "")
                  + "  "
                  + (document == null ? "(no document)" : CaseText.name(graph, document))
                  + (e.locator() == null ? "" : ", " + e.locator())
                  + (e.quote() == null ? "" : ": \"" + e.quote() + "\"")
                  + "  "
                  + (document == null ? e.citation() : graph.cite(document)));
        }
      }
    }
    out.println();
    out.println(
        "Grades: E1 official record, E2 company's own disclosure, E3 credible third party,"
            + " E4 unverified allegation.");
  }

  private static String speakers(CaseGraph graph, ClaimView c) {
    return c.speakers().isEmpty()
        ? "?"
        : c.speakers().stream()
            .map(s -> s.caption(graph.model()))
            .collect(Collectors.joining("; "));
  }

  private static Map<String, Object> toJson(CaseGraph graph, ClaimView c) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("id", c.claim().id().value());
    j.put("status", c.status().status().word());
    j.put("reason", c.status().reason());
    j.put("date", c.date());
    j.put("text", c.text());
    j.put("speakers", c.speakers().stream().map(s -> CaseText.ref(graph, s)).toList());
    List<Object> about = new ArrayList<>();
    for (EntityId id : c.about()) {
      about.add(
          graph.get(id).map(e -> (Object) CaseText.ref(graph, e)).orElse(Map.of("id", id.value())));
    }
    j.put("about", about);
    j.put("indicators", c.indicators());
    MergedEntity source = c.source();
    j.put("source", source == null ? null : CaseText.document(graph, source));
    j.put("locator", c.locator());
    j.put("citation", Cited.json(c.citation()));
    Map<String, Object> evidence = new LinkedHashMap<>();
    for (Relation relation : Relation.values()) {
      List<Object> side = new ArrayList<>();
      for (ClaimView.Evidence e : c.evidence(relation)) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", e.link().id().value());
        link.put("relation", relation.word());
        link.put("grade", e.grade().name());
        MergedEntity document = e.document();
        link.put("document", document == null ? null : CaseText.document(graph, document));
        link.put("locator", e.locator());
        link.put("quote", e.quote());
        link.put("citation", Cited.json(e.citation()));
        side.add(link);
      }
      evidence.put(relation.word(), side);
    }
    j.put("evidence", evidence);
    return j;
  }
}
