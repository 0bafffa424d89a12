package org.vigilance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.search.FacetCount;
import org.vigilance.core.search.Hit;
import org.vigilance.core.search.QuerySyntaxException;
import org.vigilance.core.search.SearchIndex;
import org.vigilance.core.search.SearchRequest;
import org.vigilance.core.search.SearchResult;
import org.vigilance.core.search.Snippet;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance search QUERY}: ranked hits with snippets naming the page, and facet counts. */
@Command(
    name = "search",
    header = "Search entities and document pages.",
    description = {
      "Search entities and document pages. Query language: words, \"phrases\", AND / OR / NOT,",
      "field:value (schema, country, agency, year, language, sensitivity, collection, name,",
      "text, id, document, page, kind), ranges amount:[1000 TO 5000], date:[2020-01-01 TO",
      "2021-12-31], year:[2019 TO 2021], prefix*, fuzzy~. Words are found in their inflections",
      "(English, French, Spanish, German). Personal data in documents is masked and not",
      "searchable. Page through results with --after and the cursor printed at the end."
    })
final class SearchCommand implements Callable<Integer> {
  private static final int BAR = 30;

  @ParentCommand VigilanceCommand root;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query ('*' for everything).")
  String query = "";

  @Option(
      names = "--facet",
      paramLabel = "FIELD",
      description =
          "Count hits by this field (schema, country, agency, year, collection, language,"
              + " sensitivity, kind); repeatable.")
  List<String> facets = new ArrayList<>();

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Hits per page, 1 to 10000 (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(
      names = "--after",
      paramLabel = "CURSOR",
      description = "Continue after the page that printed this cursor.")
  @Nullable String after;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    Environment env = root.env;
    SearchRequest request;
    try {
      request = new SearchRequest(query, facets, limit, after);
    } catch (IllegalArgumentException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    SearchResult result;
    try (Workspace ws = root.openWorkspace();
        SearchIndex index = root.updateIndex(ws)) {
      result = index.search(request);
    } catch (QuerySyntaxException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IllegalArgumentException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (json) {
      root.printJson(toJson(result));
    } else {
      print(env.out(), result);
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> toJson(SearchResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", result.totalHits());
    List<Object> hits = new ArrayList<>();
    for (Hit hit : result.hits()) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("kind", hit.kind().name().toLowerCase(Locale.ROOT));
      h.put("id", hit.entityId());
      h.put("schema", hit.schema());
      h.put("caption", hit.caption());
      h.put("document", hit.documentId());
      h.put("page", hit.page());
      h.put("score", hit.score());
      List<Object> snippets = new ArrayList<>();
      for (Snippet snippet : hit.snippets()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("text", snippet.text());
        s.put(
            "highlights",
            snippet.highlights().stream().map(x -> List.of(x.start(), x.end())).toList());
        snippets.add(s);
      }
      h.put("snippets", snippets);
      hits.add(h);
    }
    json.put("hits", hits);
    Map<String, Object> facets = new LinkedHashMap<>();
    result
        .facets()
        .forEach(
            (name, counts) -> {
              Map<String, Long> values = new LinkedHashMap<>();
              counts.forEach(c -> values.put(c.value(), c.count()));
              facets.put(name, values);
            });
    json.put("facets", facets);
    json.put("next", result.nextCursor());
    return json;
  }

  private void print(PrintStream out, SearchResult result) {
    out.printf(Locale.ROOT, "%,d hit%s%n", result.totalHits(), result.totalHits() == 1 ? "" : "s");
    for (Hit hit : result.hits()) {
      out.println();
      StringBuilder head = new StringBuilder();
      head.append(hit.schema()).append(' ').append(hit.entityId());
      head.append("  \"").append(hit.caption()).append('"');
      if (hit.page() != null) {
        head.append("  page ").append(hit.page());
      }
      if (hit.documentId() != null && !hit.documentId().equals(hit.entityId())) {
        head.append("  of ").append(hit.documentId());
      }
      head.append(String.format(Locale.ROOT, "  (score %.2f)", hit.score()));
      out.println(head);
      for (Snippet snippet : hit.snippets()) {
        out.println("    " + snippet.marked("»", "«").replace('\n', ' '));
      }
    }
    result.facets().forEach((name, counts) -> printFacet(out, name, counts));
    if (result.nextCursor() != null) {
      out.println();
      out.println("More: --after " + result.nextCursor());
    }
  }

  /** A facet as a bar chart: one bar per value, scaled to the largest count. */
  private static void printFacet(PrintStream out, String name, List<FacetCount> counts) {
    out.println();
    out.println("By " + name + ":");
    if (counts.isEmpty()) {
      out.println("  (none)");
      return;
    }
    long max = counts.stream().mapToLong(FacetCount::count).max().orElse(1);
    int width = counts.stream().mapToInt(c -> c.value().length()).max().orElse(1);
    width = Math.min(width, 40);
    for (FacetCount count : counts) {
      String label = count.value();
      if (label.length() > width) {
        label = label.substring(0, width - 1) + "…";
      }
      int bar = (int) Math.max(1, Math.round((double) BAR * count.count() / max));
      out.printf(Locale.ROOT, "  %-" + width + "s %s %,d%n", label, "█".repeat(bar), count.count());
    }
  }
}
