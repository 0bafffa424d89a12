package org.vigilance.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The values of the search port: documents, requests, snippets, syntax errors. */
class SearchValuesTest {

  @Test
  void takes_years_from_full_and_partial_dates() {
    IndexDocument doc =
        IndexDocument.entity("k1", "Contract")
            .dates(List.of("2021-03-04", "2019", "2021-05", "n/a"))
            .build();
    assertThat(doc.years()).containsExactly("2021", "2019");
    assertThat(doc.caption()).isEqualTo("k1");
    assertThat(doc.kind()).isEqualTo(IndexDocument.Kind.ENTITY);
  }

  @Test
  void keeps_names_once_in_order() {
    IndexDocument doc = IndexDocument.entity("c", "Company").names(List.of("B", "A", "B")).build();
    assertThat(doc.names()).containsExactly("B", "A");
  }

  @Test
  void refuses_a_document_without_key() {
    assertThatThrownBy(() -> IndexDocument.page("", "e", "Page").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checks_limit_and_facets_of_a_request() {
    assertThatThrownBy(() -> new SearchRequest("x", List.of(), 0, null))
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> new SearchRequest("x", List.of(), 10_001, null))
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> new SearchRequest("x", List.of("colour"), 10, null))
        .hasMessageContaining("unknown facet 'colour'");
    assertThat(SearchRequest.of("x").after("c").after()).isEqualTo("c");
  }

  @Test
  void marks_highlights_of_a_snippet() {
    Snippet snippet =
        new Snippet(
            "the agency used the platform",
            List.of(new Snippet.Highlight(4, 10), new Snippet.Highlight(20, 28)));
    assertThat(snippet.marked("<b>", "</b>"))
        .isEqualTo("the <b>agency</b> used the <b>platform</b>");
    assertThat(new Snippet("plain", List.of()).marked("[", "]")).isEqualTo("plain");
  }

  @Test
  void points_at_the_column_of_a_syntax_error() {
    QuerySyntaxException e = new QuerySyntaxException("a AND", 6, "the query ends too early");
    assertThat(e.column()).isEqualTo(6);
    assertThat(e.getMessage())
        .isEqualTo("bad query at column 6: the query ends too early\n  a AND\n       ^");
    assertThat(new QuerySyntaxException("ab", 99, "x").column()).isEqualTo(3);
    assertThat(new QuerySyntaxException("ab", -1, "x").column()).isEqualTo(1);
  }
}
