package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.privacy.MaskedSpan;
import org.vigilance.core.privacy.Masking;
import org.vigilance.core.search.FacetCount;
import org.vigilance.core.search.Hit;
import org.vigilance.core.search.IndexDocument;
import org.vigilance.core.search.QuerySyntaxException;
import org.vigilance.core.search.SearchIndex;
import org.vigilance.core.search.SearchRequest;
import org.vigilance.core.search.SearchResult;

/** What every {@link SearchIndex} must do. Extend it and say how to open an index in a folder. */
public abstract class SearchIndexContract {
  @TempDir protected Path dir;
  private @Nullable SearchIndex index;

  /** Opens (or creates) an index in a folder. */
  protected abstract SearchIndex open(Path folder);

  @BeforeEach
  void openIndex() {
    index = open(dir);
  }

  @AfterEach
  void closeIndex() {
    if (index != null) {
      index.close();
    }
  }

  private SearchIndex index() {
    if (index == null) {
      throw new IllegalStateException("index not open");
    }
    return index;
  }

  private void load(IndexDocument... docs) {
    index().upsert(List.of(docs));
    index().commit(1);
  }

  private List<String> ids(String query) {
    return index().search(new SearchRequest(query, List.of(), 100, null)).hits().stream()
        .map(h -> h.entityId() + (h.page() == null ? "" : "#" + h.page()))
        .toList();
  }

  private static IndexDocument company(String id, String name, String notes) {
    return IndexDocument.entity(id, "Company")
        .caption(name)
        .names(List.of(name))
        .properties(List.of(notes))
        .countries(List.of("us"))
        .collections(List.of("vendors"))
        .sensitivity(Sensitivity.PUBLIC)
        .build();
  }

  private static IndexDocument contract(
      String id, String title, String agency, String date, double amount) {
    return IndexDocument.entity(id, "Contract")
        .caption(title)
        .properties(List.of(title))
        .agencies(List.of(agency))
        .dates(List.of(date))
        .amounts(List.of(amount))
        .countries(List.of("us"))
        .collections(List.of("usaspending"))
        .sensitivity(Sensitivity.PUBLIC)
        .build();
  }

  private static IndexDocument page(
      String documentId, int number, String language, String text, Sensitivity sensitivity) {
    return IndexDocument.page(documentId + "#" + number, documentId + "-p" + number, "Page")
        .caption("Report " + documentId)
        .documentId(documentId)
        .page(number)
        .language(language)
        .text(text)
        .collections(List.of("documents"))
        .sensitivity(sensitivity)
        .build();
  }

  @Test
  void ranks_a_name_match_above_a_mention() {
    load(
        company("c1", "Acme Analytics", "works with Palantir on data integration"),
        company("c2", "Palantir Technologies", "data analytics vendor"),
        company("c3", "Umbrella Corp", "unrelated"));
    assertThat(ids("palantir")).containsExactly("c2", "c1");
  }

  @Test
  void ranks_a_whole_name_first_whatever_its_punctuation_and_case() {
    load(
        company("c1", "Palantir Technologies Holdings", "vendor"),
        company("c2", "Palantir Technologies, Inc.", "vendor"),
        company("c3", "Other", "client of Palantir Technologies Inc"));
    assertThat(ids("\"palantir technologies inc\"").get(0)).isEqualTo("c2");
    assertThat(ids("name:\"PALANTIR TECHNOLOGIES INC.\"")).containsExactly("c2");
    assertThat(ids("name:palantir")).containsExactlyInAnyOrder("c1", "c2");
  }

  @Test
  void matches_phrases_and_boolean_operators() {
    load(
        company("c1", "One", "investigative case management system"),
        company("c2", "Two", "management of the case files"),
        company("c3", "Three", "data integration and search"));
    assertThat(ids("\"case management\"")).containsExactly("c1");
    assertThat(ids("case management")).containsExactlyInAnyOrder("c1", "c2");
    assertThat(ids("case OR integration")).containsExactlyInAnyOrder("c1", "c2", "c3");
    assertThat(ids("management NOT investigative")).containsExactly("c2");
    assertThat(ids("management -files")).containsExactly("c1");
    assertThat(ids("(search OR files) AND data")).containsExactly("c3");
    assertThat(ids("NOT management")).containsExactly("c3");
    assertThat(ids("-case -search")).isEmpty();
  }

  @Test
  void filters_by_field() {
    load(
        company("c1", "Palantir Technologies", "vendor"),
        contract(
            "k1",
            "Investigative case management",
            "Immigration and Customs Enforcement",
            "2021-03-04",
            1500),
        contract("k2", "Office supplies", "Department of State", "2019", 90_000),
        page("d1", 1, "fr", "Les contrats de surveillance", Sensitivity.CONFIDENTIAL));
    assertThat(ids("schema:Contract")).containsExactlyInAnyOrder("k1", "k2");
    assertThat(ids("schema:contract AND agency:\"immigration and customs enforcement\""))
        .containsExactly("k1");
    assertThat(ids("agency:immigration")).containsExactly("k1");
    assertThat(ids("agency:\"customs enforcement\"")).containsExactly("k1");
    assertThat(ids("agency:state")).containsExactly("k2");
    assertThat(ids("country:US AND NOT schema:Contract")).containsExactly("c1");
    assertThat(ids("year:2019")).containsExactly("k2");
    assertThat(ids("language:fr")).containsExactly("d1-p1#1");
    assertThat(ids("language:fra")).containsExactly("d1-p1#1");
    assertThat(ids("sensitivity:confidential")).containsExactly("d1-p1#1");
    assertThat(ids("collection:usaspending")).containsExactlyInAnyOrder("k1", "k2");
    assertThat(ids("kind:page")).containsExactly("d1-p1#1");
    assertThat(ids("page:1")).containsExactly("d1-p1#1");
    assertThat(ids("agency:*")).containsExactlyInAnyOrder("k1", "k2");
    assertThat(ids("page:* OR amount:*")).containsExactlyInAnyOrder("d1-p1#1", "k1", "k2");
    assertThat(ids("date:* AND NOT agency:*")).isEmpty();
  }

  @Test
  void filters_by_ranges_of_amounts_and_dates() {
    load(
        contract("k1", "Alpha", "ICE", "2021-03-04", 1500),
        contract("k2", "Beta", "ICE", "2019", 90_000),
        contract("k3", "Gamma", "ICE", "2022-01", 5000));
    assertThat(ids("amount:[1000 TO 5000]")).containsExactlyInAnyOrder("k1", "k3");
    assertThat(ids("amount:[1000 TO 5000}")).containsExactly("k1");
    assertThat(ids("amount:[50000 TO *]")).containsExactly("k2");
    assertThat(ids("date:[2020-01-01 TO 2021-12-31]")).containsExactly("k1");
    assertThat(ids("date:[2019-06-01 TO 2019-06-30]")).containsExactly("k2");
    assertThat(ids("date:2022")).containsExactly("k3");
    assertThat(ids("date:2022-01-15")).containsExactly("k3");
    assertThat(ids("year:[2019 TO 2021]")).containsExactlyInAnyOrder("k1", "k2");
    assertThat(ids("ICE AND amount:[* TO 2000]")).containsExactly("k1");
  }

  @Test
  void matches_prefixes_and_fuzzy_words() {
    load(
        company("c1", "One", "mass surveillance platform"),
        company("c2", "Two", "surveying equipment"),
        company("c3", "Three", "office furniture"));
    assertThat(ids("surveil*")).containsExactly("c1");
    assertThat(ids("survey*")).containsExactly("c2");
    assertThat(ids("survelance~")).containsExactly("c1");
    assertThat(ids("furnture~1")).containsExactly("c3");
  }

  @Test
  void counts_facets_over_all_hits() {
    load(
        company("c1", "Palantir Technologies", "vendor"),
        contract("k1", "Data integration", "ICE", "2021", 10),
        contract("k2", "Case management", "ICE", "2020", 10),
        contract("k3", "Visas", "Department of State", "2020", 10));
    SearchResult result =
        index().search(new SearchRequest("*", List.of("schema", "agency", "year"), 1, null));
    assertThat(result.totalHits()).isEqualTo(4);
    assertThat(result.hits()).hasSize(1);
    assertThat(result.facets().keySet()).containsExactly("schema", "agency", "year");
    assertThat(result.facets().get("schema"))
        .containsExactly(new FacetCount("Contract", 3), new FacetCount("Company", 1));
    assertThat(result.facets().get("agency"))
        .containsExactly(new FacetCount("ICE", 2), new FacetCount("Department of State", 1));
    assertThat(result.facets().get("year"))
        .containsExactlyInAnyOrder(new FacetCount("2020", 2), new FacetCount("2021", 1));
    SearchResult filtered =
        index().search(new SearchRequest("agency:ICE", List.of("year", "country"), 10, null));
    assertThat(filtered.facets().get("year"))
        .containsExactlyInAnyOrder(new FacetCount("2020", 1), new FacetCount("2021", 1));
    assertThat(filtered.facets().get("country")).containsExactly(new FacetCount("us", 2));
  }

  @Test
  void answers_on_an_empty_index() {
    SearchResult result =
        index().search(new SearchRequest("anything", List.of("schema", "language"), 10, null));
    assertThat(result.totalHits()).isZero();
    assertThat(result.hits()).isEmpty();
    assertThat(result.nextCursor()).isNull();
    assertThat(result.facets().get("schema")).isEmpty();
    assertThat(index().count()).isZero();
    assertThat(index().watermark()).isZero();
  }

  @Test
  void highlights_snippets_that_name_the_page() {
    load(
        page("d1", 1, "en", "Introduction. Nothing to see here.", Sensitivity.PUBLIC),
        page(
            "d1",
            3,
            "en",
            "The agency used the platform for deportation targeting. Other words follow.",
            Sensitivity.PUBLIC));
    SearchResult result = index().search(SearchRequest.of("deportation"));
    assertThat(result.hits()).hasSize(1);
    Hit hit = result.hits().get(0);
    assertThat(hit.page()).isEqualTo(3);
    assertThat(hit.documentId()).isEqualTo("d1");
    assertThat(hit.kind()).isEqualTo(IndexDocument.Kind.PAGE);
    assertThat(hit.snippets()).isNotEmpty();
    assertThat(hit.snippets().get(0).marked("[", "]")).contains("[deportation]");
  }

  @Test
  void never_finds_or_shows_masked_personal_data() {
    String body = "Detainee A123456789 wrote from jdoe@example.org about the raid.";
    String masked =
        Masking.apply(body, MaskedSpan.parseAll(List.of("a-number:9-19", "email:31-47")));
    load(page("d1", 1, "en", masked, Sensitivity.RESTRICTED));
    assertThat(ids("A123456789")).isEmpty();
    assertThat(ids("jdoe@example.org")).isEmpty();
    assertThat(ids("jdoe")).isEmpty();
    SearchResult raid = index().search(SearchRequest.of("raid"));
    assertThat(raid.hits()).hasSize(1);
    String shown = raid.hits().get(0).snippets().get(0).text();
    assertThat(shown).contains("[a-number]").doesNotContain("A123456789").doesNotContain("jdoe");
  }

  @Test
  void stems_by_language() {
    load(
        page("fr1", 1, "fr", "Le contrat signé avec l'agence.", Sensitivity.PUBLIC),
        page("en1", 1, "en", "The supplier delivered the system.", Sensitivity.PUBLIC),
        page("es1", 1, "es", "Los proveedores del sistema.", Sensitivity.PUBLIC),
        page("de1", 1, "de", "Die Verträge mit der Behörde.", Sensitivity.PUBLIC));
    assertThat(ids("contrats")).containsExactly("fr1-p1#1");
    assertThat(ids("agences")).containsExactly("fr1-p1#1");
    assertThat(ids("suppliers")).containsExactly("en1-p1#1");
    assertThat(ids("delivering")).containsExactly("en1-p1#1");
    assertThat(ids("proveedor")).containsExactly("es1-p1#1");
    assertThat(ids("vertrag")).containsExactly("de1-p1#1");
    assertThat(ids("behorde")).containsExactly("de1-p1#1");
    SearchResult fr = index().search(SearchRequest.of("contrats"));
    assertThat(fr.hits().get(0).snippets().get(0).marked("[", "]")).contains("[contrat]");
  }

  @Test
  void replaces_by_key_and_removes_entities() {
    load(company("c1", "Old Name", "x"), company("c2", "Other", "y"));
    index().upsert(List.of(company("c1", "New Name", "x")));
    index().removeEntities(List.of("c2"));
    index().commit(2);
    assertThat(ids("old")).isEmpty();
    assertThat(ids("new")).containsExactly("c1");
    assertThat(index().count()).isEqualTo(1);
  }

  @Test
  void keeps_the_watermark_with_the_documents_across_reopen() {
    assertThat(index().watermark()).isZero();
    index().upsert(List.of(company("c1", "Acme", "x")));
    index().commit(42);
    index().upsert(List.of(company("c2", "Uncommitted", "y")));
    index().close();
    index = open(dir);
    assertThat(index().watermark()).isEqualTo(42);
    assertThat(index().count()).isEqualTo(1);
    assertThat(ids("acme")).containsExactly("c1");
    index().removeAll();
    index().commit(0);
    assertThat(index().count()).isZero();
    assertThat(index().watermark()).isZero();
  }

  @Test
  void points_at_the_fault_of_a_malformed_query() {
    load(company("c1", "Acme", "x"));
    assertColumn("acme AND", 9);
    assertColumn("acme) OR b", 5);
    assertColumn("colour:red", 1);
    assertColumn("acme \"unclosed phrase", 6);
    assertColumn("amount:[ten TO 20]", 9);
    assertColumn("date:2021-13-01", 6);
    assertColumn("*veillance", 1);
  }

  private void assertColumn(String query, int column) {
    assertThatThrownBy(() -> index().search(SearchRequest.of(query)))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.column()).as(query + ": " + e.getMessage()).isEqualTo(column);
              assertThat(e.getMessage()).contains("column " + column);
            });
  }

  @Test
  void pages_by_cursor_past_ten_thousand_hits() {
    List<IndexDocument> docs = new ArrayList<>();
    for (int i = 0; i < 10_050; i++) {
      docs.add(
          IndexDocument.entity("e" + i, "Company")
              .caption("Firm " + i)
              .names(List.of("Firm " + i))
              .properties(List.of(i % 3 == 0 ? "firm firm firm" : "firm"))
              .build());
    }
    index().upsert(docs);
    index().commit(7);
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    float previous = Float.MAX_VALUE;
    do {
      SearchResult page = index().search(new SearchRequest("firm", List.of(), 1000, cursor));
      assertThat(page.totalHits()).isEqualTo(10_050);
      for (Hit hit : page.hits()) {
        assertThat(seen.add(hit.entityId())).as("duplicate " + hit.entityId()).isTrue();
        assertThat(hit.score()).isLessThanOrEqualTo(previous);
        previous = hit.score();
      }
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);
    assertThat(seen).hasSize(10_050);
    assertThat(pages).isEqualTo(11);
  }

  @Test
  void refuses_a_bad_cursor() {
    load(company("c1", "Acme", "x"), company("c2", "Acme Two", "x"));
    assertThatThrownBy(() -> index().search(new SearchRequest("acme", List.of(), 1, "garbage!")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
    String cursor = index().search(new SearchRequest("acme", List.of(), 1, null)).nextCursor();
    assertThat(cursor).isNotNull();
    assertThatThrownBy(() -> index().search(new SearchRequest("other", List.of(), 1, cursor)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another query");
  }
}
