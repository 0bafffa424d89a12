package org.vigilance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.AssessmentView;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.diligence.FindingStatus;
import org.vigilance.core.entity.MergedEntity;

/** Prints recorded assessments: every finding with what it cites, and the arithmetic of scores. */
final class AssessmentPrinter {
  private final CaseGraph graph;
  private final PrintStream out;

  AssessmentPrinter(CaseGraph graph, PrintStream out) {
    this.graph = graph;
    this.out = out;
  }

  private String name(MergedEntity e) {
    String caption = e.caption(graph.model());
    return caption.equals(e.id().value()) ? caption : caption + " (" + e.id() + ")";
  }

  /** The total as printed: {@code 41.5 of 100}, or {@code no total}. */
  static String total(AssessmentView a) {
    return a.total() == null
        ? "no total (every indicator n/a)"
        : a.total() + " of " + (a.scale() == null ? "100" : a.scale());
  }

  /** One assessment in full: header, scores with their arithmetic, findings with citations. */
  void print(AssessmentView a, MergedEntity subject) {
    out.println(
        "Assessment "
            + a.assessment().id()
            + " of "
            + name(subject)
            + (a.contract() == null ? "" : " on contract " + name(a.contract()))
            + ", "
            + a.date());
    out.println(
        "  methodology "
            + a.methodology()
            + "; recorded by "
            + (a.recordedBy() == null ? "unknown" : a.recordedBy())
            + " "
            + a.citation());
    out.println("  total " + total(a));
    out.println();
    out.println("Scores (group: mean level of its indicators, n/a left out; total: weighted mean)");
    for (String line : a.scoreExplanation().split("\n", -1)) {
      if (!line.isBlank()) {
        out.println("  " + line);
      }
    }
    out.println();
    out.println("Findings");
    for (AssessmentView.FindingView f : a.findings()) {
      String status = f.status() == FindingStatus.CONTRADICTED ? "CONTRADICTED" : f.status().word();
      out.println(
          "  "
              + f.indicator()
              + "  level "
              + f.level()
              + "  "
              + status
              + (f.proposed() != null && !f.proposed().equals(f.level())
                  ? " (proposed " + f.proposed() + ")"
                  : "")
              + "  "
              + f.rationale()
              + " "
              + f.citation());
      for (String reason : f.reasons()) {
        out.println("        rule: " + reason);
      }
      for (AssessmentView.PassageView p : f.passages()) {
        out.println("        " + passage(p));
      }
    }
  }

  private String passage(AssessmentView.PassageView p) {
    StringBuilder s = new StringBuilder();
    String role = p.passage().role();
    s.append(role.equals("cited") ? "evidence: " : "evidence (" + role + "): ");
    s.append(p.document() == null ? p.passage().document().value() : name(p.document()));
    if (p.passage().locator() != null) {
      s.append(' ').append(p.passage().locator());
    }
    if (p.passage().quote() != null) {
      s.append(" \"").append(p.passage().quote()).append('"');
    }
    s.append(' ');
    Citation c = p.citation();
    s.append(c == null ? "[" + p.passage().grade() + " not in the workspace]" : c.toString());
    return s.toString();
  }

  /** The short form of an assessment for the history. */
  static Map<String, Object> summaryJson(AssessmentView a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", a.assessment().id().value());
    row.put("date", a.date());
    row.put("methodology", a.methodology());
    row.put("contract", a.contract() == null ? null : a.contract().id().value());
    row.put("total", a.total());
    row.put("scale", a.scale());
    row.put("groupScores", a.groupScores());
    row.put("recordedAt", a.recordedAt().toString());
    row.put("recordedBy", a.recordedBy());
    row.put("citation", citation(a.citation()));
    return row;
  }

  /** An assessment in full. */
  static Map<String, Object> json(AssessmentView a) {
    Map<String, Object> doc = summaryJson(a);
    doc.put("scoreExplanation", List.of(a.scoreExplanation().split("\n", -1)));
    List<Object> findings = new ArrayList<>();
    for (AssessmentView.FindingView f : a.findings()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("indicator", f.indicator());
      row.put("group", f.group());
      row.put("level", f.level());
      row.put("status", f.status().word());
      row.put("proposed", f.proposed());
      row.put("rationale", f.rationale());
      row.put("reasons", f.reasons());
      List<Object> evidence = new ArrayList<>();
      for (AssessmentView.PassageView p : f.passages()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("document", p.passage().document().value());
        e.put("role", p.passage().role());
        e.put("grade", p.passage().grade().name());
        e.put("locator", p.passage().locator());
        e.put("quote", p.passage().quote());
        e.put("citation", p.citation() == null ? null : citation(p.citation()));
        evidence.add(e);
      }
      row.put("evidence", evidence);
      row.put("claims", f.claims().stream().map(c -> c.id().value()).toList());
      row.put("letters", f.letters().stream().map(c -> c.id().value()).toList());
      row.put("citation", citation(f.citation()));
      findings.add(row);
    }
    doc.put("findings", findings);
    return doc;
  }

  static @Nullable Map<String, Object> citation(@Nullable Citation c) {
    if (c == null) {
      return null;
    }
    return Cited.json(c);
  }
}
