package org.vigilance.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LanguagesTest {
  @Example
  void tells_the_language_of_a_page() {
    assertThat(
            Languages.detect(
                "The agency awarded the contract for the case management system to the company"
                    + " after a competition in which three vendors submitted proposals."))
        .contains("eng");
    assertThat(
            Languages.detect(
                "Le ministère a attribué le marché du système de gestion des dossiers à la"
                    + " société après une mise en concurrence de trois fournisseurs."))
        .contains("fra");
    assertThat(Languages.detect("Too short.")).isEmpty();
  }

  @Example
  void blanks_addresses_and_urls_before_telling_the_language() {
    String text = "see https://example.org/a?b=c and write to someone@example.org";
    assertThat(Languages.Holder.TEXTS.forText(text).toString())
        .doesNotContain("example")
        .isNotEqualTo(Languages.Holder.PLAIN_TEXTS.forText(text).toString());
  }

  /** Without {@code http} and {@code @}, the plain factory makes the same text as the full one. */
  @Property(tries = 1000)
  void the_plain_factory_changes_nothing_without_urls_or_addresses(@ForAll("texts") String text) {
    assertThat(Languages.Holder.PLAIN_TEXTS.forText(text).toString())
        .isEqualTo(Languages.Holder.TEXTS.forText(text).toString());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                "contract",
                "Vertrag",
                "marché",
                "www.example.org",
                "example.org",
                "ftp://x",
                "HTTPS",
                "Москва",
                "北京",
                "١٢٣",
                " ",
                "\n",
                ".",
                "-",
                "_",
                "/",
                ":",
                "?",
                "#"),
            Arbitraries.strings().alpha().numeric().ofMaxLength(12))
        .list()
        .ofMaxSize(60)
        .map(list -> String.join(" ", list));
  }
}
