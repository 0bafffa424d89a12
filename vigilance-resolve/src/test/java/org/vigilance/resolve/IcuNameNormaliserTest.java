package org.vigilance.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.vigilance.core.resolution.NormalisedName;

class IcuNameNormaliserTest {
  private static final IcuNameNormaliser NORMALISER = IcuNameNormaliser.standard();

  private static NormalisedName n(String name) {
    return NORMALISER.normalise(name);
  }

  @Test
  void legal_forms_become_one_canonical_form_and_leave_the_distinctive_words() {
    assertThat(n("PALANTIR TECHNOLOGIES INC.").core()).isEqualTo("palantir technologies");
    assertThat(n("Palantir Technologies, Incorporated").normalised())
        .isEqualTo("palantir technologies inc");
    assertThat(n("Siemens Aktiengesellschaft").normalised()).isEqualTo("siemens ag");
    assertThat(n("Volkswagen Gesellschaft mit beschränkter Haftung").normalised())
        .isEqualTo("volkswagen gmbh");
    assertThat(n("Bowne International de Mexico S.A. de C.V.").legalForms())
        .containsExactly("sadecv");
    assertThat(n("Lloyds Banking Group Public Limited Company").legalForms())
        .containsExactly("plc");
    assertThat(n("FABERLIC EUROPE Sp. z o.o.").legalForms()).containsExactly("spzoo");
    assertThat(n("Mendez Norge A/S").legalForms()).containsExactly("as");
    assertThat(n("Stripe Limited Liability Company").normalised()).isEqualTo("stripe llc");
    assertThat(NORMALISER.legalForms()).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void long_legal_forms_are_found_misspelt_or_cut_short() {
    assertThat(n("Siemens Aktiengeselschaft").normalised()).isEqualTo("siemens ag");
    assertThat(n("TACTICAL MISSILES CORPORATION JOYNT STOCK COMPANY").legalForms())
        .containsExactly("corp", "jsc");
    assertThat(n("TACTICAL MISSILES CORPORATION JOINT STOCK COMPAN").legalForms())
        .containsExactly("corp", "jsc");
    assertThat(n("Vale Inco").legalForms()).as("too short to be a cut-off form").isEmpty();
  }

  @Test
  void other_scripts_are_transliterated_to_ascii_latin() {
    assertThat(n("ООО \"Газпром\"").normalised()).isEqualTo("ooo gazprom");
    assertThat(n("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"БАЙ\"").normalised())
        .isEqualTo("ooo bay");
    assertThat(n("Αθήνα Α.Ε.").normalised()).isEqualTo("athena sa");
    assertThat(n("中国石油天然气集团公司").normalised()).startsWith("zhong guo shi you");
    assertThat(n("شركة").normalised()).isEqualTo("shrkt");
    assertThat(n("Société Générale").normalised()).isEqualTo("societe generale");
  }

  @Test
  void cyrillic_is_romanised_as_english_language_sources_write_it() {
    assertThat(n("Яблоко").normalised()).isEqualTo(n("Yabloko").normalised());
    assertThat(n("ЗАО Жуковский Хлебозавод").normalised())
        .isEqualTo(n("ZAO Zhukovskiy Khlebozavod").normalised());
    assertThat(n("Объединение Детский Мир").core()).isEqualTo("obedineniye detskiy mir");
    assertThat(n("Открытое акционерное общество Цветмет").normalised()).isEqualTo("jsc tsvetmet");
  }

  @Test
  void bulgarian_and_ukrainian_legal_forms_in_cyrillic_and_romanised() {
    // ЕАД and ЕООД become YEAD and YEOOD in BGN/PCGN (the normaliser's own transliteration)
    assertThat(n("ЕАД \"Щёда\"").legalForms()).containsExactly("ad");
    assertThat(n("Shchyoda Torgovyy Dom YEAD").legalForms()).containsExactly("ad");
    assertThat(n("ЕООД Ала").legalForms()).containsExactly("ood");
    // Ukrainian АТ, in Cyrillic anywhere, romanised only as the last word
    assertThat(n("АТ \"ДЕЙПУРЯ ИНВЕСТ\"").tokens()).containsExactly("deypurya", "invest");
    assertThat(n("АТ \"ДЕЙПУРЯ ИНВЕСТ\"").legalForms()).containsExactly("jsc");
    assertThat(n("Deypurya Invest AT").legalForms()).containsExactly("jsc");
    assertThat(n("AT&T Inc").tokens()).containsExactly("at", "t");
    assertThat(n("At Home Group").tokens()).containsExactly("at", "home", "group");
    // Ltd is of the llc kind: Bulgarian ООД and Russian ООО are written both ways in English
    IcuNameNormaliser normaliser = IcuNameNormaliser.standard();
    assertThat(normaliser.legalFormKind("ltd")).isEqualTo("llc");
    assertThat(normaliser.legalFormKind("ood")).isEqualTo("llc");
    assertThat(normaliser.legalFormKind("plc")).isEqualTo("plc");
  }

  @Test
  void assoc_associates_and_association_are_one_word() {
    assertThat(n("Teagrumea Assoc, Incorporated").core())
        .isEqualTo(n("TEAGRUMEA ASSOCIATES, INC").core());
    assertThat(n("Smith & Assoc").core()).isEqualTo(n("Smith and Association").core());
  }

  @Test
  void address_words_are_abbreviated_one_way_and_units_left_out() {
    IcuNameNormaliser n = IcuNameNormaliser.standard();
    assertThat(n.addressWords("5600 Rowland Road, Suite 205, Minnetonka"))
        .isEqualTo(n.addressWords("5600 ROWLAND RD, MINNETONKA"));
    assertThat(n.addressWords("1 Saint Paul Street North"))
        .containsExactly("1", "st", "paul", "st", "n");
  }

  @Test
  void punctuation_numbers_stop_words_and_spellings() {
    assertThat(n("A.B.C. Company").core()).isEqualTo("abc");
    assertThat(n("Procter & Gamble Co.").core()).isEqualTo("procter gamble");
    assertThat(n("The World Bank").core()).isEqualTo("world bank");
    assertThat(n("Brigade Forty-Four").core()).isEqualTo("brigade 44");
    assertThat(n("1st International Bank").core()).isEqualTo("1 international bank");
    assertThat(n("First Bank Int'l").core()).isEqualTo("1 bank international");
    assertThat(n("World Health Organisation").core()).isEqualTo("world health organization");
    assertThat(n("Motor Toyota Corp").sortedTokens()).isEqualTo("motor toyota");
    assertThat(n("  ").tokens()).isEmpty();
  }

  @Property(tries = 300)
  void normalising_twice_changes_nothing(@ForAll("names") String name) {
    String once = n(name).normalised();
    assertThat(n(once).normalised()).isEqualTo(once);
  }

  @Property(tries = 300)
  void case_never_matters(@ForAll("names") String name) {
    assertThat(n(name.toUpperCase(Locale.ROOT)).normalised()).isEqualTo(n(name).normalised());
    assertThat(n(name.toLowerCase(Locale.ROOT)).normalised()).isEqualTo(n(name).normalised());
  }

  @Property(tries = 300)
  void accents_never_matter(@ForAll("names") String name) {
    // the breve excepted: it makes Cyrillic й (BGN y) a letter of its own, not an accented и
    String stripped =
        Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[\\p{M}&&[^\\x{0306}]]+", "");
    assertThat(n(stripped).normalised()).isEqualTo(n(name).normalised());
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> words =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Inc.",
                "LLC",
                "Limited",
                "S.A. de C.V.",
                "GmbH",
                "Aktiengesellschaft",
                "the",
                "&",
                "forty",
                "four",
                "Int'l",
                "A/S",
                "Sp. z o.o.",
                "ООО",
                "Газпром",
                "Αθήνα",
                "Société",
                "Générale",
                "Crédit",
                "Ærø",
                "Straße",
                "İstanbul",
                "公司",
                "joint",
                "stock",
                "company",
                "co",
                "ltd",
                "united",
                "states",
                "-",
                ",",
                "(",
                ")"),
            Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.'")
                .withChars("éèêëáàâäãåçñóòôöõúùûüíìîïýÿÉÈÁÀÇÑÓÖÚÜ")
                .withChars("абвгдежзийклмнопрстуфхцчшщыэюяёЁАБВГДЕЖЗИЙКЛМН")
                .withChars("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕ")
                .ofMinLength(1)
                .ofMaxLength(10));
    return words.list().ofMinSize(0).ofMaxSize(6).map(list -> String.join(" ", list));
  }
}
