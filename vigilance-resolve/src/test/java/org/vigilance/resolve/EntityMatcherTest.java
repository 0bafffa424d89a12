package org.vigilance.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigilance.core.resolution.EntityMatcher;
import org.vigilance.core.resolution.Feature;
import org.vigilance.core.resolution.Identifier;
import org.vigilance.core.resolution.MatchRecord;
import org.vigilance.core.resolution.MatchScore;

/** The matcher of core over the real ICU normaliser and Commons Text similarities. */
class EntityMatcherTest {
  private static final EntityMatcher MATCHER =
      new EntityMatcher(IcuNameNormaliser.standard(), new CommonsTextSimilarity());

  private static MatchRecord org(String id, String name, String... identifiers) {
    return MatchRecord.of(
        id,
        List.of(name),
        java.util.Arrays.stream(identifiers).map(i -> Identifier.parse(i).orElseThrow()).toList(),
        Set.of("us"));
  }

  private static double sum(MatchScore score) {
    return score.features().stream().mapToDouble(Feature::contribution).sum();
  }

  @Test
  void spellings_of_one_company_score_high_and_explain_themselves() {
    MatchScore s =
        MATCHER.score(org("a", "PALANTIR TECHNOLOGIES INC."), org("b", "Palantir Technologies"));
    assertThat(s.score()).isGreaterThan(0.95);
    assertThat(s.features()).extracting(Feature::name).contains("name.equal", "country");
    assertThat(sum(s)).isCloseTo(s.score(), within(1e-9));
  }

  @Test
  void different_companies_score_low() {
    MatchScore s =
        MATCHER.score(org("a", "Saudi Arabian Gas Company"), org("b", "Saudi Arabian Oil Company"));
    assertThat(s.score()).isLessThan(0.8);
    assertThat(MATCHER.score(org("a", "Volkswagen AG"), org("b", "Siemens AG")).score())
        .isLessThan(0.5);
  }

  @Test
  void equal_strong_identifiers_dominate() {
    MatchScore s =
        MATCHER.score(
            org("a", "Palantir USG Inc", "uei:KXXJ7L5JHMY9"),
            org("b", "PALANTIR TECHNOLOGIES", "uei:KXXJ7L5JHMY9"));
    assertThat(s.score()).isGreaterThanOrEqualTo(0.99);
    assertThat(s.identifiersAgree()).isTrue();
    assertThat(sum(s)).isCloseTo(s.score(), within(1e-9));
  }

  @Test
  void conflicting_strong_identifiers_veto_a_merge() {
    MatchScore s =
        MATCHER.score(
            org("a", "Palantir Technologies Inc", "lei:HWUPKR0MPOU8FGXBT394"),
            org("b", "Palantir Technologies Inc", "lei:7LTWFZYICNSX8D621K86"));
    assertThat(s.vetoed()).isTrue();
    assertThat(s.score()).isZero();
  }

  @Test
  void a_registration_number_counts_only_within_a_shared_country() {
    MatchRecord gb =
        MatchRecord.of(
            "a",
            List.of("Acme Holdings Ltd"),
            List.of(Identifier.of("registration", "01234567")),
            Set.of("gb"));
    MatchRecord ie =
        MatchRecord.of(
            "b",
            List.of("Zenith Trading Ltd"),
            List.of(Identifier.of("registration", "01234567")),
            Set.of("ie"));
    MatchRecord gb2 =
        MatchRecord.of(
            "c",
            List.of("Zenith Trading Ltd"),
            List.of(Identifier.of("registration", "01234567")),
            Set.of("gb"));
    assertThat(MATCHER.score(gb, ie).identifiersAgree()).isFalse();
    assertThat(MATCHER.score(gb, ie).score()).isLessThan(0.5);
    assertThat(MATCHER.score(gb, gb2).identifiersAgree()).isTrue();
  }

  @Test
  void an_invalid_identifier_decides_nothing() {
    MatchScore s =
        MATCHER.score(
            org("a", "Palantir Technologies Inc", "lei:HWUPKR0MPOU8FGXBT395"),
            org("b", "Palantir Technologies Inc", "lei:7LTWFZYICNSX8D621K86"));
    assertThat(s.vetoed()).isFalse();
    assertThat(s.score()).isGreaterThan(0.95);
  }

  @Test
  void a_subsidiary_is_not_its_parent() {
    MatchRecord parent = org("uei:P", "Palantir Technologies Inc");
    MatchRecord child =
        new MatchRecord(
            "uei:C",
            "Company",
            List.of("Palantir Technologies"),
            Set.of("us"),
            List.of(),
            List.of(),
            Set.of("uei:P"));
    MatchScore s = MATCHER.score(child, parent);
    assertThat(s.score()).isLessThan(0.5);
    assertThat(s.features()).anyMatch(f -> f.name().equals("parent") && f.contribution() < 0);
  }

  @Test
  void a_subsidiary_named_by_its_parents_name_is_related_but_a_source_naming_itself_is_not() {
    MatchRecord parent =
        MatchRecord.of("p", List.of("ACME WIDGETS HOLDINGS, INC."), List.of(), Set.of("us"));
    MatchRecord child =
        MatchRecord.of(
            "c",
            List.of("Acme Widgets Inc"),
            List.of(),
            Set.of("us"),
            List.of("7601 PENN AVE S, MINNEAPOLIS"),
            List.of("ACME WIDGETS HOLDINGS, INC."));
    MatchScore related = MATCHER.score(child, parent);
    assertThat(related.score()).isLessThan(0.5);
    assertThat(MATCHER.quickScore(MATCHER.prepare(child), MATCHER.prepare(parent)).related())
        .isTrue();

    // USAspending names a top-level company as its own parent, with the raw name's number
    MatchRecord self =
        MatchRecord.of(
            "s",
            List.of("3M COMPANY (7775)"),
            List.of(),
            Set.of("us"),
            List.of(),
            List.of("3M COMPANY"));
    MatchRecord other = MatchRecord.of("o", List.of("3M Company"), List.of(), Set.of("us"));
    assertThat(MATCHER.score(self, other).features())
        .noneMatch(f -> f.name().equals("parent") && f.contribution() < 0);
  }

  @Test
  void a_subsidiary_bearing_its_parents_name_with_another_legal_form_is_related_to_it() {
    MatchRecord child =
        MatchRecord.of(
            "c",
            List.of("Acme Widgets LLC"),
            List.of(),
            Set.of("us"),
            List.of(),
            List.of("ACME WIDGETS, INC."));
    MatchRecord parent =
        MatchRecord.of("p", List.of("Acme Widgets Incorporated"), List.of(), Set.of("us"));
    MatchRecord sibling =
        MatchRecord.of("s", List.of("ACME WIDGETS L.L.C."), List.of(), Set.of("us"));
    MatchRecord formless = MatchRecord.of("f", List.of("Acme Widgets"), List.of(), Set.of("us"));
    assertThat(MATCHER.quickScore(MATCHER.prepare(child), MATCHER.prepare(parent)).related())
        .isTrue();
    // the subsidiary's other records, and a record without a form, are not its parent
    assertThat(MATCHER.quickScore(MATCHER.prepare(child), MATCHER.prepare(sibling)).related())
        .isFalse();
    assertThat(MATCHER.quickScore(MATCHER.prepare(child), MATCHER.prepare(formless)).related())
        .isFalse();
    // a record naming its own name and form as its parent has none above it
    MatchRecord self =
        MatchRecord.of(
            "x",
            List.of("Acme Widgets Inc"),
            List.of(),
            Set.of("us"),
            List.of(),
            List.of("ACME WIDGETS INCORPORATED"));
    assertThat(MATCHER.quickScore(MATCHER.prepare(self), MATCHER.prepare(parent)).related())
        .isFalse();
  }

  @Test
  void equal_names_alone_stay_below_the_auto_merge_threshold_and_corroboration_lifts_them() {
    MatchRecord a = MatchRecord.of("a", List.of("Acme Widgets Inc"), List.of(), Set.of());
    MatchRecord b = MatchRecord.of("b", List.of("ACME WIDGETS, INC."), List.of(), Set.of());
    assertThat(MATCHER.score(a, b).score()).isLessThan(0.95);
    assertThat(MATCHER.score(org("a", "Acme Widgets Inc"), org("b", "ACME WIDGETS, INC.")).score())
        .isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void quick_scores_equal_explained_scores() {
    List<MatchRecord> records =
        List.of(
            org("a", "Palantir Technologies Inc", "uei:KXXJ7L5JHMY9"),
            org("b", "PALANTIR TECHNOLGIES"),
            org("c", "Palantir USG, Inc.", "uei:LXXJ7L5JHMY9"),
            MatchRecord.of("d", List.of("PT"), List.of(), Set.of("gb")),
            org("e", "Saudi Arabian Oil Company"));
    for (MatchRecord x : records) {
      for (MatchRecord y : records) {
        MatchScore full = MATCHER.score(x, y);
        var quick = MATCHER.quickScore(MATCHER.prepare(x), MATCHER.prepare(y));
        assertThat(quick.score()).isEqualTo(full.score());
        assertThat(quick.vetoed()).isEqualTo(full.vetoed());
        assertThat(quick.identifiersAgree()).isEqualTo(full.identifiersAgree());
      }
    }
  }

  @Test
  void different_countries_lower_the_score() {
    MatchRecord us = org("a", "Acme Analytics");
    MatchRecord fr = MatchRecord.of("b", List.of("Acme Analytics"), List.of(), Set.of("FR"));
    assertThat(MATCHER.score(us, fr).score()).isLessThan(MATCHER.score(us, us).score());
  }

  @Test
  void acronyms_and_scripts() {
    assertThat(MATCHER.nameScore("PLA", "People's Liberation Army")).isGreaterThan(0.85);
    assertThat(MATCHER.nameScore("ООО АЯС 2000", "ООО \"АЯС 2000\"")).isEqualTo(1.0);
    assertThat(MATCHER.nameScore("OAO Gazprom", "Open Joint Stock Company Gazprom")).isEqualTo(1.0);
  }

  private static boolean alike(String a, String b) {
    return MATCHER
        .quickScore(MATCHER.prepare(org("a", a)), MATCHER.prepare(org("b", b)))
        .namesAlike();
  }

  @Test
  void names_alike_differ_by_one_misspelt_word_a_word_cut_short_or_a_romanisation() {
    // one edit in one word of five letters or more: changed, left out, added, two swapped
    assertThat(alike("Gregodryx Construction Inc.", "Gregodryx Constructivon Inc.")).isTrue();
    assertThat(alike("Saimjourer Corp", "Saijourer, Corporation")).isTrue();
    assertThat(alike("Rubyloiwail Co", "RUBYLIOWAIL, CO")).isTrue();
    assertThat(alike("Kodry Stigion Textiles", "Kodry Stigoin Textiles LLC")).isTrue();
    // a later word cut short, not the first
    assertThat(alike("Brycealais Sys Software LLC", "Brycealais Systems Software LLC")).isTrue();
    // BGN and ICAO 9303 romanisations, and the Cyrillic itself
    assertThat(alike("Khayrev Metall OOD", "Khairev Metall OOD")).isTrue();
    assertThat(alike("Tyoneyn Kholding AO", "АО \"Тёнейн Холдинг\"")).isTrue();
    assertThat(alike("Kheysayzay Neft Ltd", "The Kheisaizai Neft, Ltd")).isTrue();

    assertThat(alike("Acme Widgets Inc", "ACME WIDGETS")).as("equal, not alike").isFalse();
    assertThat(alike("Micro Inc", "Microsoft Inc")).as("the first word cut short").isFalse();
    assertThat(alike("Bank of Armenia", "Bank of America")).isFalse();
    assertThat(alike("Acme USA", "Acme UK")).as("short words").isFalse();
    assertThat(alike("Acme Division 1", "Acme Division 4")).as("numbers").isFalse();
    assertThat(alike("Gregodryx Constructivon", "Gregodyrx Construction"))
        .as("two words misspelt")
        .isFalse();
    assertThat(alike("Eastern Logistics Services", "Western Logistics Services")).isFalse();
    assertThat(alike("Acme Logistics", "Acme Logistics Services")).as("a word more").isFalse();
  }
}
