package org.vigilance.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentBatch;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.SchemaSpec;
import org.vigilance.core.evidence.BlobRef;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.search.FacetCount;
import org.vigilance.core.search.Hit;
import org.vigilance.core.search.IndexRun;
import org.vigilance.core.search.IndexWorkspace;
import org.vigilance.core.search.SearchRequest;
import org.vigilance.core.search.SearchResult;
import org.vigilance.testing.Fixtures;
import org.vigilance.testing.InMemoryWorkspace;

/** The indexing use case over the in-memory store and a real Lucene index. */
class IndexWorkspaceTest {
  @TempDir Path dir;

  private InMemoryWorkspace workspace;
  private LuceneSearchIndex index;
  private IndexWorkspace indexing;
  private final Map<SourceId, Long> sequences = new LinkedHashMap<>();

  private static SchemaSpec.PropertySpec prop(String name, String type) {
    return new SchemaSpec.PropertySpec(name, name, type, null, false, null);
  }

  private static SchemaSpec.PropertySpec hidden(String name, String type) {
    return new SchemaSpec.PropertySpec(name, name, type, null, true, false);
  }

  private static SchemaSpec.PropertySpec ref(String name, String range) {
    return new SchemaSpec.PropertySpec(name, name, "entity", range, false, null);
  }

  private static SchemaSpec schema(
      String name,
      boolean isAbstract,
      List<String> parents,
      List<String> caption,
      SchemaSpec.PropertySpec... props) {
    return new SchemaSpec(
        name,
        name,
        name + "s",
        null,
        isAbstract,
        true,
        parents,
        List.of(props),
        List.of(),
        caption,
        null,
        null,
        "test");
  }

  /** A small FtM-like model with the schemata indexing cares about. */
  static final Model MODEL =
      Model.builder()
          .add(
              schema(
                  "Thing",
                  true,
                  List.of(),
                  List.of("name"),
                  prop("name", "name"),
                  prop("country", "country"),
                  prop("notes", "text")))
          .add(
              schema(
                  "LegalEntity", false, List.of("Thing"), List.of("name"), prop("email", "email")))
          .add(schema("Organization", false, List.of("LegalEntity"), List.of("name")))
          .add(schema("PublicBody", false, List.of("Organization"), List.of("name")))
          .add(schema("Company", false, List.of("Organization"), List.of("name")))
          .add(schema("Person", false, List.of("LegalEntity"), List.of("name")))
          .add(
              schema(
                  "Contract",
                  false,
                  List.of("Thing"),
                  List.of("title", "name"),
                  prop("title", "string"),
                  ref("authority", "LegalEntity"),
                  prop("contractDate", "date"),
                  prop("amount", "number")))
          .add(
              new SchemaSpec(
                  "ContractAward",
                  "ContractAward",
                  "ContractAwards",
                  null,
                  false,
                  false,
                  List.of(),
                  List.of(
                      ref("contract", "Contract"),
                      ref("supplier", "LegalEntity"),
                      prop("amount", "number")),
                  List.of(),
                  List.of(),
                  "contract",
                  "supplier",
                  "test"))
          .add(
              schema(
                  "ContractTransaction",
                  false,
                  List.of(),
                  List.of("modificationNumber"),
                  ref("contract", "Contract"),
                  prop("modificationNumber", "identifier"),
                  prop("description", "text")))
          .add(
              schema(
                  "Document",
                  false,
                  List.of("Thing"),
                  List.of("title", "name"),
                  prop("title", "string"),
                  prop("date", "date"),
                  hidden("bodyText", "text"),
                  hidden("detectedLanguage", "language"),
                  hidden("maskedSpans", "string"),
                  hidden("emailMentioned", "email")))
          .add(
              schema(
                  "Page",
                  false,
                  List.of(),
                  List.of(),
                  ref("document", "Document"),
                  prop("index", "number"),
                  hidden("bodyText", "text"),
                  hidden("detectedLanguage", "language"),
                  hidden("maskedSpans", "string")))
          .vocabulary(PropertyType.COUNTRY, List.of("us", "fr"))
          .vocabulary(PropertyType.LANGUAGE, List.of("eng", "fra"))
          .vocabulary(PropertyType.TOPIC, List.of())
          .vocabulary(PropertyType.GENDER, List.of())
          .build();

  @BeforeEach
  void open() {
    workspace = new InMemoryWorkspace(dir, Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
    index = LuceneSearchIndex.open(dir.resolve("index"));
    indexing = new IndexWorkspace(workspace, MODEL, index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private Source source(String name, String collection, Sensitivity sensitivity)
      throws IOException {
    BlobRef blob =
        workspace.blobs().put(new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)));
    CollectionName c = CollectionName.of(collection);
    workspace.sources().ensureCollection(c);
    Source source =
        new Source(
            SourceId.derive("ftm", c, blob.hash()),
            name,
            c,
            blob,
            "application/json",
            "ftm",
            sensitivity,
            EvidenceGrade.E3,
            null,
            null,
            Fixtures.T0,
            "tester");
    workspace.sources().register(source);
    return source;
  }

  private static Fragment fragment(
      Source source, long line, String id, String schema, Map<String, List<String>> props) {
    return new Fragment(
        new EntityDraft(EntityId.of(id), schema, props),
        source.id(),
        Locator.line(line),
        Fixtures.T0,
        "tester");
  }

  private void append(Source source, Fragment... fragments) {
    long sequence = sequences.merge(source.id(), 1L, Long::sum);
    long first = (sequence - 1) * 1000 + 1;
    workspace
        .fragments()
        .append(
            new FragmentBatch(
                source.id(),
                sequence,
                first,
                first + fragments.length - 1,
                List.of(fragments),
                List.of()));
  }

  private SearchResult search(String query, String... facets) {
    return index.search(new SearchRequest(query, List.of(facets), 50, null));
  }

  private List<String> ids(String query) {
    List<String> ids = new ArrayList<>();
    for (Hit hit : search(query).hits()) {
      ids.add(hit.entityId() + (hit.page() == null ? "" : "#" + hit.page()));
    }
    return ids;
  }

  private void procurement() throws IOException {
    Source usa = source("awards.csv", "usaspending", Sensitivity.PUBLIC);
    append(
        usa,
        fragment(
            usa,
            1,
            "ice",
            "PublicBody",
            Map.of(
                "name", List.of("Immigration and Customs Enforcement"), "country", List.of("us"))),
        fragment(
            usa,
            2,
            "k1",
            "Contract",
            Map.of(
                "title", List.of("Investigative case management"),
                "authority", List.of("ice"),
                "contractDate", List.of("2021-03-04"),
                "amount", List.of("1500000"))),
        fragment(
            usa,
            3,
            "acme",
            "Company",
            Map.of("name", List.of("Acme Analytics"), "country", List.of("us"))),
        fragment(
            usa,
            4,
            "a1",
            "ContractAward",
            Map.of(
                "contract",
                List.of("k1"),
                "supplier",
                List.of("acme"),
                "amount",
                List.of("1500000"))),
        fragment(
            usa,
            5,
            "officer",
            "Person",
            Map.of(
                "name", List.of("Jane Official"), "email", List.of("jane.official@ice.example"))));
  }

  @Test
  void indexes_procurement_with_agencies_amounts_dates_and_sources() throws IOException {
    procurement();
    Source leak = source("leak.pdf", "leaks", Sensitivity.CONFIDENTIAL);
    append(leak, fragment(leak, 1, "k1", "Contract", Map.of("title", List.of("ICM renewal"))));

    IndexRun run = indexing.rebuild(ProgressListener.NONE);

    assertThat(run.entities()).isEqualTo(5);
    assertThat(run.full()).isTrue();
    assertThat(index.watermark()).isEqualTo(run.watermark()).isPositive();
    assertThat(ids("agency:\"Immigration and Customs Enforcement\""))
        .containsExactlyInAnyOrder("ice", "k1", "a1");
    assertThat(ids("schema:ContractAward AND agency:\"immigration and customs enforcement\""))
        .containsExactly("a1");
    assertThat(search("schema:ContractAward").hits().get(0).caption())
        .isEqualTo("ICM renewal \u2192 Acme Analytics");
    assertThat(ids("amount:[1000000 TO 2000000] AND schema:Contract")).containsExactly("k1");
    assertThat(ids("date:2021 AND year:2021")).containsExactly("k1");
    assertThat(ids("sensitivity:confidential")).containsExactly("k1");
    assertThat(ids("collection:leaks AND collection:usaspending")).containsExactly("k1");
    assertThat(ids("renewal")).containsExactlyInAnyOrder("k1", "a1");
    SearchResult faceted = search("*", "schema", "agency", "country");
    assertThat(faceted.facets().get("agency"))
        .containsExactly(new FacetCount("Immigration and Customs Enforcement", 3));
    assertThat(faceted.facets().get("schema")).contains(new FacetCount("Person", 1));
    assertThat(ids("jane")).containsExactly("officer");
    assertThat(ids("jane.official@ice.example")).isEmpty();
    assertThat(ids("\"ice.example\"")).isEmpty();
  }

  @Test
  void a_contract_ranks_above_its_award_and_transactions_which_are_named_after_it()
      throws IOException {
    procurement();
    Source actions = source("transactions.csv", "usaspending", Sensitivity.PUBLIC);
    append(
        actions,
        fragment(
            actions,
            1,
            "t1",
            "ContractTransaction",
            Map.of(
                "contract", List.of("k1"),
                "modificationNumber", List.of("P00002"),
                "description", List.of("Investigative case management"))));
    indexing.rebuild(ProgressListener.NONE);

    // the contract's own caption weighs as a name; the award and the transaction name it, and a
    // transaction's description repeats its title (as USAspending's do): they come after it
    List<String> title = ids("investigative case management");
    assertThat(title).containsExactlyInAnyOrder("k1", "a1", "t1");
    assertThat(title.get(0)).isEqualTo("k1");
    // an award matching both its supplier and its contract's title comes first
    assertThat(ids("acme AND investigative case management").get(0)).isEqualTo("a1");
    assertThat(search("schema:ContractTransaction").hits().get(0).caption())
        .isEqualTo("Investigative case management \u00b7 modification P00002");
  }

  @Test
  void indexes_pages_with_masked_text_page_numbers_and_language() throws IOException {
    Source docs = source("report.pdf", "documents", Sensitivity.RESTRICTED);
    String body = "Le détenu A123456789 a écrit à jdoe@example.org au sujet des contrats.";
    int a = body.indexOf("A123456789");
    int e = body.indexOf("jdoe@example.org");
    append(
        docs,
        fragment(
            docs,
            1,
            "doc1",
            "Document",
            Map.of("title", List.of("Rapport annuel"), "date", List.of("2020-05"))),
        fragment(
            docs,
            2,
            "doc1-p1",
            "Page",
            Map.of(
                "document",
                List.of("doc1"),
                "index",
                List.of("1"),
                "bodyText",
                List.of("Sommaire"))),
        fragment(
            docs,
            3,
            "doc1-p2",
            "Page",
            Map.of(
                "document", List.of("doc1"),
                "index", List.of("2"),
                "bodyText", List.of(body),
                "detectedLanguage", List.of("fra"),
                "maskedSpans",
                    List.of("a-number:" + a + "-" + (a + 10), "email:" + e + "-" + (e + 16)))),
        fragment(
            docs,
            4,
            "note",
            "Document",
            Map.of(
                "title", List.of("Email to the vendor"),
                "bodyText", List.of("Please call 555-0100 about the supplier contract."),
                "detectedLanguage", List.of("eng"),
                "maskedSpans", List.of("phone:11-19"),
                "emailMentioned", List.of("someone@example.org"))));

    indexing.rebuild(ProgressListener.NONE);

    assertThat(ids("contrat")).containsExactly("doc1-p2#2");
    assertThat(ids("A123456789")).isEmpty();
    assertThat(ids("jdoe")).isEmpty();
    assertThat(ids("555-0100")).isEmpty();
    assertThat(ids("someone@example.org")).isEmpty();
    Hit page = search("contrats").hits().get(0);
    assertThat(page.page()).isEqualTo(2);
    assertThat(page.documentId()).isEqualTo("doc1");
    assertThat(page.caption()).isEqualTo("Rapport annuel");
    String snippet = page.snippets().get(0).marked("[", "]");
    assertThat(snippet)
        .contains("[a-number]", "[email]", "[contrats]")
        .doesNotContain("A123456789", "jdoe");
    assertThat(ids("year:2020 AND sommaire")).containsExactly("doc1-p1#1");
    assertThat(ids("suppliers")).containsExactly("note");
    Hit note = search("suppliers").hits().get(0);
    assertThat(note.page()).isNull();
    assertThat(note.documentId()).isEqualTo("note");
    assertThat(note.snippets().get(0).text()).contains("[phone]").doesNotContain("555");
    assertThat(ids("vendor")).containsExactly("note");
  }

  @Test
  void does_not_index_a_text_whose_spans_cannot_be_read() throws IOException {
    Source docs = source("bad.pdf", "documents", Sensitivity.PUBLIC);
    append(
        docs,
        fragment(
            docs,
            1,
            "bad",
            "Document",
            Map.of(
                "title", List.of("Broken"),
                "bodyText", List.of("Secret A123456789 here"),
                "maskedSpans", List.of("a-number:oops"))));
    indexing.rebuild(ProgressListener.NONE);
    assertThat(ids("secret")).isEmpty();
    assertThat(ids("broken")).containsExactly("bad");
  }

  @Test
  void catches_up_from_the_watermark_only() throws IOException {
    procurement();
    IndexRun first = indexing.catchUp(ProgressListener.NONE);
    assertThat(first.full()).isTrue();
    assertThat(first.entities()).isEqualTo(5);
    assertThat(indexing.catchUp(ProgressListener.NONE).entities()).isZero();

    Source more = source("more.csv", "usaspending", Sensitivity.PUBLIC);
    append(
        more,
        fragment(more, 1, "acme", "Company", Map.of("name", List.of("Acme Holdings"))),
        fragment(
            more,
            2,
            "k2",
            "Contract",
            Map.of("title", List.of("Data integration"), "authority", List.of("ice"))));
    long before = index.watermark();
    IndexRun second = indexing.catchUp(ProgressListener.NONE);
    assertThat(second.full()).isFalse();
    assertThat(second.entities()).isEqualTo(2);
    assertThat(second.watermark()).isGreaterThan(before);
    assertThat(index.watermark()).isEqualTo(second.watermark());
    assertThat(ids("holdings")).containsExactly("acme");
    // the award names its supplier in its caption, as it was when the award was indexed
    assertThat(ids("analytics")).containsExactlyInAnyOrder("acme", "a1");
    assertThat(ids("agency:\"immigration and customs enforcement\" AND integration"))
        .containsExactly("k2");
    assertThat(index.count()).isEqualTo(6);
  }

  @Test
  void rebuild_clears_what_the_store_no_longer_yields() throws IOException {
    procurement();
    indexing.rebuild(ProgressListener.NONE);
    index.upsert(
        List.of(
            org.vigilance.core.search.IndexDocument.entity("stale", "Company")
                .caption("Stale")
                .build()));
    index.commit(index.watermark());
    assertThat(ids("stale")).containsExactly("stale");
    indexing.rebuild(ProgressListener.NONE);
    assertThat(ids("stale")).isEmpty();
    assertThat(index.count()).isEqualTo(5);
  }
}
