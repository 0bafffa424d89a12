package org.vigilance.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigilance.core.resolution.Deduplication;
import org.vigilance.core.resolution.EntityMatcher;
import org.vigilance.core.resolution.Identifier;
import org.vigilance.core.resolution.MatchRecord;
import org.vigilance.core.resolution.PairScore;

/** The deduplication of core over the real ICU normaliser and Commons Text similarities. */
class DeduplicationTest {
  private static final EntityMatcher MATCHER =
      new EntityMatcher(IcuNameNormaliser.standard(), new CommonsTextSimilarity());

  private static Deduplication dedup(int threads) {
    return new Deduplication(MATCHER, new Deduplication.Settings(0.70, 0.95, 3, threads));
  }

  private static MatchRecord org(String id, String name, String country, String... more) {
    List<String> addresses = new ArrayList<>();
    List<Identifier> ids = new ArrayList<>();
    for (String m : more) {
      if (m.contains(":")) {
        ids.add(Identifier.parse(m).orElseThrow());
      } else {
        addresses.add(m);
      }
    }
    return new MatchRecord(
        id,
        "Company",
        List.of(name),
        country.isEmpty() ? Set.of() : Set.of(country),
        addresses,
        ids,
        Set.of());
  }

  private static boolean paired(long[] pairs, int a, int b) {
    return Arrays.binarySearch(pairs, Deduplication.pair(a, b)) >= 0;
  }

  @Test
  void blocking_pairs_shared_words_run_together_names_and_identifiers_but_not_strangers() {
    List<MatchRecord> records =
        List.of(
            org("a", "Acme Widgets Inc", "us"),
            org("b", "ACME WIDGETS, INC.", "us"),
            org("c", "Goodwill Industries", "us"),
            org("d", "Good Will Industries", "us"),
            org("e", "Zenith Partners", "gb", "lei:HWUPKR0MPOU8FGXBT394"),
            org("f", "Totally Different Name", "fr", "lei:HWUPKR0MPOU8FGXBT394"),
            org("g", "Quuxbar Holdings", "de"));
    Deduplication d = dedup(2);
    EntityMatcher.Prepared[] prepared = d.prepare(records);
    long[] pairs = d.candidates(prepared);
    assertThat(paired(pairs, 0, 1)).isTrue();
    assertThat(paired(pairs, 2, 3)).isTrue();
    assertThat(paired(pairs, 4, 5)).as("shared LEI").isTrue();
    for (int i = 1; i < pairs.length; i++) {
      assertThat(pairs[i]).isGreaterThan(pairs[i - 1]); // sorted, each once
    }
  }

  @Test
  void scores_on_several_threads_equal_scores_on_one() {
    List<MatchRecord> records = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      records.add(org("r" + i, "Company " + (i % 37) + " Logistics", i % 2 == 0 ? "us" : "gb"));
    }
    Deduplication one = dedup(1);
    Deduplication two = dedup(2);
    EntityMatcher.Prepared[] p1 = one.prepare(records);
    EntityMatcher.Prepared[] p2 = two.prepare(records);
    long[] c1 = one.candidates(p1);
    assertThat(two.candidates(p2)).isEqualTo(c1);
    Deduplication.Scored s1 = one.score(p1, c1, code -> false);
    Deduplication.Scored s2 = two.score(p2, c1, code -> false);
    assertThat(s2.pairs()).isEqualTo(s1.pairs());
    assertThat(s2.scores()).isEqualTo(s1.scores());
    for (int k = 0; k < s1.pairs().length; k++) {
      PairScore quick = s1.scores()[k];
      long code = s1.pairs()[k];
      assertThat(quick.score())
          .isEqualTo(
              MATCHER.score(p1[Deduplication.left(code)], p1[Deduplication.right(code)]).score());
    }
  }

  @Test
  void clusters_equal_names_across_sources_but_keeps_one_source_and_legal_forms_apart() {
    List<MatchRecord> records =
        List.of(
            org("s1:1", "Acme Widgets Inc", "us", "1 Main Street, Springfield"),
            org("s2:1", "ACME WIDGETS", "us", "1 Main St, Springfield"),
            org("s3:1", "Acme Widgets LLC", "us", "1 Main Street, Springfield"),
            org("s1:2", "Zenith Trading Ltd", "gb"),
            org("s2:2", "Zenith Trading Limited", "gb"),
            org("s1:3", "Zenith Trading Ltd", "gb"),
            org("s4:1", "Acme Widgets Inc", "ca"));
    int[][] sources = {{1}, {2}, {3}, {1}, {2}, {1}, {4}};
    Deduplication d = dedup(2);
    EntityMatcher.Prepared[] prepared = d.prepare(records);
    Deduplication.Scored scored = d.score(prepared, d.candidates(prepared), code -> false);
    int[] component = d.cluster(prepared, scored, sources).component();

    // the record without a legal form joins one of Inc and LLC, never both
    assertThat(component[0] == component[2]).isFalse();
    assertThat(component[1] == component[0] || component[1] == component[2]).isTrue();
    // two records of source 1 named alike are never joined through a third
    assertThat(component[3] == component[5]).isFalse();
    assertThat(component[4] == component[3] || component[4] == component[5]).isTrue();
    // another country: not merged on names
    assertThat(component[6]).isEqualTo(6);
  }

  @Test
  void the_merge_rule_wants_countries_and_corroboration() {
    Deduplication d = dedup(1);
    EntityMatcher.Prepared[] p =
        d.prepare(
            List.of(
                org("a", "Acme Widgets Inc", "us"),
                org("b", "Acme Widgets", ""),
                org("c", "Acme Widgetts Inc", "us", "1 Main Street, Springfield"),
                org("d", "Acme Widgets Inc", "us", "1 Main St, Springfield")));
    PairScore noCountryNoForm = MATCHER.quickScore(p[0], p[1]);
    assertThat(noCountryNoForm.namesEqual()).isTrue();
    assertThat(
            Deduplication.mergeReason(noCountryNoForm, p[0].record(), p[1].record(), false, 0.95))
        .as("no country and no legal form on one side: nothing stands for the country")
        .isNull();
    PairScore misspelt = MATCHER.quickScore(p[2], p[3]);
    assertThat(misspelt.namesEqual()).isFalse();
    assertThat(Deduplication.mergeReason(misspelt, p[2].record(), p[3].record(), false, 0.95))
        .contains("addresses alike");
    assertThat(Deduplication.mergeReason(misspelt, p[2].record(), p[3].record(), true, 0.95))
        .as("one source")
        .isNull();
  }

  @Test
  void a_country_on_one_side_only_needs_an_alike_address_or_equal_legal_forms() {
    Deduplication d = dedup(1);
    EntityMatcher.Prepared[] p =
        d.prepare(
            List.of(
                org("a", "Vedyvabor Corp", "us", "6078 Park Boulevard, Franklin"),
                org("b", "VEDYVABOR CORPORATION", "", "6078 PARK BLVD SUITE 975, FRANKLIN"),
                org("c", "Vedyvabor Corp.", ""),
                org("d", "Vedyvabor LLC", ""),
                org("e", "Vedyvabor Corp", "", "12 Harbor Road, Salem"),
                org("f", "Vedyvabor", "")));
    PairScore address = MATCHER.quickScore(p[0], p[1]);
    assertThat(Deduplication.mergeReason(address, p[0].record(), p[1].record(), false, 0.95))
        .contains("a country on one side at most, addresses alike");
    PairScore forms = MATCHER.quickScore(p[0], p[2]);
    assertThat(forms.score()).isLessThan(0.95);
    assertThat(forms.legalFormsAgree()).isTrue();
    assertThat(Deduplication.mergeReason(forms, p[0].record(), p[2].record(), false, 0.95))
        .contains("equal normalised names and legal forms, a country on one side only");
    PairScore otherForm = MATCHER.quickScore(p[0], p[3]);
    assertThat(Deduplication.mergeReason(otherForm, p[0].record(), p[3].record(), false, 0.95))
        .as("Corp and LLC: a subsidiary may bear the parent's name")
        .isNull();
    PairScore otherAddress = MATCHER.quickScore(p[0], p[4]);
    assertThat(Deduplication.mergeReason(otherAddress, p[0].record(), p[4].record(), false, 0.95))
        .as("addresses on both sides that differ")
        .isNull();
    PairScore noForm = MATCHER.quickScore(p[0], p[5]);
    assertThat(Deduplication.mergeReason(noForm, p[0].record(), p[5].record(), false, 0.95))
        .isNull();
    PairScore neither = MATCHER.quickScore(p[2], p[4]);
    assertThat(Deduplication.mergeReason(neither, p[2].record(), p[4].record(), false, 0.95))
        .as("no country on either side, no address to stand for it")
        .isNull();
  }

  @Test
  void alike_names_merge_with_equal_countries_and_legal_forms_that_do_not_differ() {
    Deduplication d = dedup(1);
    EntityMatcher.Prepared[] p =
        d.prepare(
            List.of(
                org("a", "Gregodryx Construction Inc.", "us"),
                org("b", "Gregodryx Constructivon Inc.", "us"),
                org("c", "Gregodryx Constructivon LLC", "us"),
                org("d", "Gregodryx Constructivon Inc.", "ca"),
                org("e", "Gregodryx Constructivon Inc.", ""),
                org("f", "Gregodryx Constructivon", "")));
    PairScore typo = MATCHER.quickScore(p[0], p[1]);
    assertThat(typo.namesAlike()).isTrue();
    assertThat(typo.score()).isLessThan(0.95);
    assertThat(Deduplication.mergeReason(typo, p[0].record(), p[1].record(), false, 0.95))
        .contains("names alike (one word misspelt");
    assertThat(Deduplication.mergeReason(typo, p[0].record(), p[1].record(), true, 0.95))
        .as("one source")
        .isNull();
    PairScore forms = MATCHER.quickScore(p[0], p[2]);
    assertThat(forms.namesAlike()).isTrue();
    assertThat(Deduplication.mergeReason(forms, p[0].record(), p[2].record(), false, 0.95))
        .as("legal forms differ")
        .isNull();
    PairScore countries = MATCHER.quickScore(p[0], p[3]);
    assertThat(Deduplication.mergeReason(countries, p[0].record(), p[3].record(), false, 0.95))
        .isNull();
    PairScore noCountry = MATCHER.quickScore(p[0], p[4]);
    assertThat(Deduplication.mergeReason(noCountry, p[0].record(), p[4].record(), false, 0.95))
        .as("alike names and a country on one side only: the equal legal forms stand for it")
        .contains("equal legal forms, a country on one side only");
    PairScore noCountryNoForm = MATCHER.quickScore(p[0], p[5]);
    assertThat(noCountryNoForm.namesAlike()).isTrue();
    assertThat(
            Deduplication.mergeReason(noCountryNoForm, p[0].record(), p[5].record(), false, 0.95))
        .as("alike names, a country on one side only and no legal form to stand for it")
        .isNull();
  }

  @Test
  void a_record_without_a_country_never_bridges_two_countries() {
    List<MatchRecord> records =
        List.of(
            org("s1:1", "Zenith Trading Ltd", "gb"),
            org("s2:1", "Zenith Trading Limited", ""),
            org("s3:1", "Zenith Trading Ltd", "ie"));
    int[][] sources = {{1}, {2}, {3}};
    Deduplication d = dedup(1);
    EntityMatcher.Prepared[] prepared = d.prepare(records);
    Deduplication.Scored scored = d.score(prepared, d.candidates(prepared), code -> false);
    int[] component = d.cluster(prepared, scored, sources).component();
    assertThat(component[0] == component[2]).isFalse();
    assertThat(component[1] == component[0] || component[1] == component[2]).isTrue();
  }

  @Test
  void blocking_pairs_the_bgn_and_icao_romanisations_of_one_word() {
    List<MatchRecord> records = new ArrayList<>();
    records.add(org("a", "Khayrev Metall OOD", "bg"));
    // names that sort between the two, so that only the romanisation key pairs them
    for (int i = 0; i < 30; i++) {
      records.add(org("x" + i, "Khaj" + (char) ('a' + i % 26) + "ton Metall" + i, "bg"));
    }
    records.add(org("b", "Khairev Metall OOD", "bg"));
    Deduplication d = new Deduplication(MATCHER, new Deduplication.Settings(0.70, 0.95, 1, 1));
    EntityMatcher.Prepared[] prepared = d.prepare(records);
    long[] pairs = d.candidates(prepared);
    assertThat(paired(pairs, 0, records.size() - 1)).isTrue();
    Deduplication.Scored scored = d.score(prepared, pairs, code -> false);
    int k = Arrays.binarySearch(scored.pairs(), Deduplication.pair(0, records.size() - 1));
    assertThat(k).isGreaterThanOrEqualTo(0);
    assertThat(scored.scores()[k].namesAlike()).isTrue();
  }
}
