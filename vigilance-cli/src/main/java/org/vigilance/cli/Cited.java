package org.vigilance.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.diligence.EvidenceItem;
import org.vigilance.core.redflag.Step;

/** How citations, evidence and evidence paths are printed, as text and as JSON. */
final class Cited {
  private Cited() {}

  /** The citations one after another: {@code [E1 a.csv row:2] [E3 …]}. */
  static String text(List<Citation> citations) {
    StringBuilder b = new StringBuilder();
    for (Citation c : citations) {
      b.append(b.isEmpty() ? "" : " ").append(c);
    }
    return b.toString();
  }

  /** One line per document: {@code evidence: Title, p. 12 [E3 cite line:1 https://…]}. */
  static void printEvidence(
      PrintStream out, String indent, CaseGraph graph, List<EvidenceItem> items) {
    for (EvidenceItem item : items) {
      out.println(indent + "evidence: " + item.describe(graph) + "  " + item.citation());
    }
  }

  /** A path, one step a line, kinds aligned. */
  static void printPath(PrintStream out, String indent, CaseGraph graph, List<Step> path) {
    for (Step step : path) {
      out.printf(
          java.util.Locale.ROOT,
          "%s%-11s %s%s  %s%n",
          indent,
          step.kind().word(),
          step.label(),
          step.note().isEmpty() ? "" : " — " + step.note(),
          text(step.citations()));
      printEvidence(out, indent + "            ", graph, step.evidence());
    }
  }

  static Map<String, Object> json(Citation c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", c.source().value());
    m.put("name", c.name());
    m.put("locator", c.locator().value());
    m.put("grade", c.grade().name());
    m.put("url", c.url());
    m.put("text", c.toString());
    return m;
  }

  static List<Object> json(List<Citation> citations) {
    return citations.stream().map(c -> (Object) json(c)).toList();
  }

  static Map<String, Object> json(CaseGraph graph, EvidenceItem item) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("document", item.document().id().value());
    m.put("title", item.title(graph));
    m.put("locator", item.locator());
    m.put("grade", item.grade().name());
    m.put("citation", json(item.citation()));
    m.put("link", json(item.link()));
    return m;
  }

  static List<Object> evidence(CaseGraph graph, List<EvidenceItem> items) {
    return items.stream().map(i -> (Object) json(graph, i)).toList();
  }

  static List<Object> path(CaseGraph graph, List<Step> path) {
    return path.stream()
        .map(
            s -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("kind", s.kind().word());
              m.put("id", s.id().value());
              m.put("label", s.label());
              m.put("note", s.note());
              m.put("citations", json(s.citations()));
              m.put("evidence", evidence(graph, s.evidence()));
              return (Object) m;
            })
        .toList();
  }
}
