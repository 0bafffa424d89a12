package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.search.lucene.LuceneSearchIndex;

/** Ingest, search and reindex end to end: real workspace, real Tika, real Lucene index. */
class SearchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private CliRunner cli() {
    return new CliRunner(dir.resolve("ws"));
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve("docs").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @Test
  void an_import_is_searchable_at_once_with_facets_and_the_index_rebuilds() throws Exception {
    Path file = dir.resolve("companies.ftm.jsonl");
    Files.writeString(
        file,
        """
        {"id":"acme","schema":"Company","properties":{"name":["ACME Surveillance Analytics"],"country":["us"]}}
        {"id":"agency","schema":"PublicBody","properties":{"name":["Border Agency"],"country":["fr"]}}
        """);
    assertThat(cli().run("import", "ftm", file.toString()).exit()).isZero();

    CliRunner.Result hit = cli().run("search", "surveilance~", "--facet", "country");
    assertThat(hit.exit()).as(hit.toString()).isZero();
    assertThat(hit.out())
        .contains("1 hit")
        .contains("Company acme")
        .contains("»Surveillance«")
        .contains("By country:")
        .containsPattern("us +█+ 1");

    CliRunner.Result json = cli().run("search", "schema:PublicBody", "--json");
    JsonNode result = JSON.readTree(json.out());
    assertThat(result.get("total").asLong()).isEqualTo(1);
    assertThat(result.get("hits").get(0).get("id").asText()).isEqualTo("agency");

    CliRunner.Result reindex = cli().run("reindex");
    assertThat(reindex.exit()).as(reindex.toString()).isZero();
    assertThat(reindex.out()).contains("Indexed 2 entities");
    assertThat(cli().run("search", "border").out()).contains("1 hit");
  }

  @Test
  void an_import_with_no_index_leaves_the_index_for_the_next_search() throws Exception {
    Path first = dir.resolve("first.ftm.jsonl");
    Files.writeString(
        first,
        """
        {"id":"acme","schema":"Company","properties":{"name":["ACME Surveillance Analytics"]}}
        """);
    Path second = dir.resolve("second.ftm.jsonl");
    Files.writeString(
        second,
        """
        {"id":"globex","schema":"Company","properties":{"name":["Globex Biometrics"]}}
        """);
    assertThat(cli().run("import", "ftm", first.toString()).exit()).isZero();
    assertThat(indexed()).isEqualTo(1);

    CliRunner.Result later = cli().run("import", "ftm", second.toString(), "--no-index");
    assertThat(later.exit()).as(later.toString()).isZero();
    assertThat(later.out()).contains("Search index left for later (--no-index)");
    assertThat(indexed()).as("the index is left as it was").isEqualTo(1);

    CliRunner.Result hit = cli().run("search", "biometrics");
    assertThat(hit.out()).as(hit.toString()).contains("1 hit").contains("Company globex");
    assertThat(indexed()).isEqualTo(2);
  }

  @Test
  void an_ingest_with_no_index_leaves_the_index_for_the_next_search() throws Exception {
    write("memo.txt", "The vendor delivered the facial recognition platform in March.");
    CliRunner.Result ingest =
        cli().run("ingest", dir.resolve("docs").toString(), "--no-index", "--ocr", "never");
    assertThat(ingest.exit()).as(ingest.toString()).isZero();
    assertThat(ingest.out()).contains("Search index left for later (--no-index)");
    assertThat(dir.resolve("ws").resolve("index")).doesNotExist();

    CliRunner.Result hit = cli().run("search", "recognition");
    assertThat(hit.out()).as(hit.toString()).contains("1 hit");
    assertThat(indexed()).isPositive();
  }

  /** Documents in the workspace's index, read with the index itself. */
  private long indexed() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("ws").resolve("index"))) {
      return index.count();
    }
  }

  @Test
  void a_bad_query_points_at_the_column_and_exits_with_usage() {
    CliRunner.Result r = cli().run("search", "acme AND (border");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad query at column").contains("^");
  }

  @Test
  void pages_through_every_hit_with_the_cursor() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 45; i++) {
      lines.append(
          "{\"id\":\"co-%d\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Vendor %d Systems\"]}}\n"
              .formatted(i, i));
    }
    Path file = dir.resolve("many.ftm.jsonl");
    Files.writeString(file, lines);
    assertThat(cli().run("import", "ftm", file.toString()).exit()).isZero();

    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      CliRunner.Result r =
          cursor == null
              ? cli().run("search", "systems", "--limit", "20", "--json")
              : cli().run("search", "systems", "--limit", "20", "--after", cursor, "--json");
      JsonNode page = JSON.readTree(r.out());
      page.get("hits").forEach(h -> assertThat(seen.add(h.get("id").asText())).isTrue());
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(seen).hasSize(45);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void ingested_documents_are_searchable_by_page_and_personal_data_is_masked() throws Exception {
    write(
        "letter.html",
        """
        <html><head><title>Letter to the vendor</title></head><body>
        <p>The contracts for surveillance analytics were renewed in 2021.</p>
        <p>Write to the detainee's lawyer at jane.doe@example.org, case A-123-456-789.</p>
        </body></html>
        """);
    write("nested/note.txt", "Les contrats de surveillance ont été renouvelés.");

    CliRunner.Result ingest = cli().run("ingest", dir.resolve("docs").toString());
    assertThat(ingest.exit()).as(ingest.toString()).isZero();
    assertThat(ingest.out()).contains("2 files: 2 ingested");

    CliRunner.Result english = cli().run("search", "contract", "--facet", "language");
    assertThat(english.out()).as(english.toString()).contains("»contracts«");

    CliRunner.Result french = cli().run("search", "contrat");
    assertThat(french.out()).contains("»contrats«");

    CliRunner.Result masked = cli().run("search", "lawyer");
    assertThat(masked.out()).contains("[email]").doesNotContain("jane.doe");
    assertThat(cli().run("search", "jane.doe@example.org").out()).contains("0 hits");
    assertThat(cli().run("search", "\"A-123-456-789\"").out()).contains("0 hits");

    CliRunner.Result again = cli().run("ingest", dir.resolve("docs").toString());
    assertThat(again.out()).contains("2 already held");
  }
}
