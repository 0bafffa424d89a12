package org.vigilance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.ingest.IngestFiles;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance documents}: the documents that claims and evidence can cite, with their ids. */
@Command(
    name = "documents",
    description = {
      "List the documents that claims, evidence links and letters can cite, with their ids.",
      "The files read by 'vigilance ingest' (ids document:<sha256>, members of archives and"
          + " attachments included) and the items recorded by 'vigilance cite'. The grade is the"
          + " best among the sources that assert the document."
    })
final class DocumentsCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Option(
      names = "--match",
      paramLabel = "TEXT",
      description = "Only documents whose title, file name or id contains this text.")
  @Nullable String match;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    CaseGraph graph;
    try (Workspace ws = root.openWorkspace()) {
      graph = root.caseGraph(ws);
    }
    List<MergedEntity> documents = new ArrayList<>();
    for (MergedEntity d : graph.all("Document")) {
      if (match == null || matches(graph, d, match)) {
        documents.add(d);
      }
    }
    if (json) {
      List<Object> rows = new ArrayList<>();
      for (MergedEntity d : documents) {
        Map<String, Object> row = CaseText.document(graph, d);
        row.put("kind", kind(graph, d));
        row.put("date", first(d, "date"));
        row.put("url", first(d, "sourceUrl"));
        row.put("parent", first(d, "parent"));
        rows.add(row);
      }
      root.printJson(rows);
      return ExitCodes.OK;
    }
    PrintStream out = root.env.out();
    if (documents.isEmpty()) {
      out.println(
          match == null
              ? "No documents yet. Add files with 'vigilance ingest FILE', or cite an item with"
                  + " 'vigilance cite --id ID --title TITLE --url URL --grade E3'."
              : "No documents match '" + match + "'.");
      return ExitCodes.OK;
    }
    out.printf(Locale.ROOT, "%-5s %-5s %-40s %-24s %s%n", "grade", "kind", "title", "from", "id");
    for (MergedEntity d : documents) {
      Citation citation = graph.cite(d);
      out.printf(
          Locale.ROOT,
          "%-5s %-5s %-40s %-24s %s%n",
          graph.grade(d),
          kind(graph, d),
          Table.clip(d.caption(graph.model()), 40),
          Table.clip(citation.name(), 24),
          d.id());
    }
    return ExitCodes.OK;
  }

  /**
   * {@code file} when {@code vigilance ingest} read it, {@code cited} when {@code vigilance cite}
   * recorded it, else the importer of its first source ({@code ftm}...).
   */
  private static String kind(CaseGraph graph, MergedEntity d) {
    return graph
        .source(d.fragments().get(0).source())
        .map(
            s ->
                switch (s.importer()) {
                  case IngestFiles.IMPORTER -> "file";
                  case "entry:cite" -> "cited";
                  default -> s.importer();
                })
        .orElse("?");
  }

  private static boolean matches(CaseGraph graph, MergedEntity d, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    List<String> haystack = new ArrayList<>(d.values("title"));
    haystack.addAll(d.values("fileName"));
    haystack.add(d.id().value());
    haystack.add(d.caption(graph.model()));
    return haystack.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).contains(needle));
  }

  private static @Nullable String first(MergedEntity entity, String property) {
    List<String> values = entity.values(property);
    return values.isEmpty() ? null : values.get(0);
  }
}
