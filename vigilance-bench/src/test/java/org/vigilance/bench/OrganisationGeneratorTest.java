package org.vigilance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigilance.core.resolution.Identifier;
import org.vigilance.core.resolution.MatchRecord;

class OrganisationGeneratorTest {
  private static final int RECORDS = 20_000;

  private static OrganisationGenerator.Generated generated =
      new OrganisationGenerator(0).generate(0);

  @BeforeAll
  static void generate() {
    generated = new OrganisationGenerator(7).generate(RECORDS);
  }

  @Test
  void gives_the_same_records_and_truth_when_seed_and_count_are_the_same() {
    OrganisationGenerator.Generated again = new OrganisationGenerator(7).generate(RECORDS);
    assertThat(again.records()).isEqualTo(generated.records());
    assertThat(again.truth()).isEqualTo(generated.truth());
    assertThat(again.parentOf()).isEqualTo(generated.parentOf());
    assertThat(new OrganisationGenerator(8).generate(RECORDS).records())
        .isNotEqualTo(generated.records());
  }

  @Test
  void gives_exactly_the_records_asked_for_each_with_an_organisation_and_one_source() {
    assertThat(generated.records()).hasSize(RECORDS);
    assertThat(generated.truth()).hasSize(RECORDS);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < RECORDS; i++) {
      MatchRecord r = generated.records().get(i);
      assertThat(ids.add(r.id())).as("ids are unique: %s", r.id()).isTrue();
      assertThat(generated.truth()[i]).isBetween(0, generated.organisations() - 1);
      assertThat(generated.sources()[i]).hasSize(1);
      assertThat(r.id()).startsWith(generated.sourceNames().get(generated.sources()[i][0]) + ":");
      assertThat(r.names()).isNotEmpty();
    }
  }

  @Test
  void an_organisation_appears_at_most_once_in_a_source() {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < RECORDS; i++) {
      long key = (long) generated.truth()[i] << 8 | generated.sources()[i][0];
      assertThat(seen.add(key)).isTrue();
    }
  }

  @Test
  void subsidiaries_are_organisations_of_their_own_and_name_only_their_parent() {
    int[] parentOf = generated.parentOf();
    assertThat(generated.subsidiaries()).isPositive();
    Map<String, Integer> organisationOf = new HashMap<>();
    for (int i = 0; i < RECORDS; i++) {
      organisationOf.put(generated.records().get(i).id(), generated.truth()[i]);
    }
    int named = 0;
    for (int i = 0; i < RECORDS; i++) {
      MatchRecord r = generated.records().get(i);
      int organisation = generated.truth()[i];
      if (parentOf[organisation] >= 0) {
        assertThat(parentOf[organisation]).isNotEqualTo(organisation);
        assertThat(parentOf[parentOf[organisation]]).as("one level of subsidiaries").isEqualTo(-1);
      }
      if (!r.parents().isEmpty() || !r.parentNames().isEmpty()) {
        assertThat(parentOf[organisation]).as("only a subsidiary names a parent").isNotNegative();
        named++;
      }
      for (String p : r.parents()) {
        assertThat(organisationOf.get(p)).isEqualTo(parentOf[organisation]);
        assertThat(p.substring(0, p.indexOf(':')))
            .isEqualTo(r.id().substring(0, r.id().indexOf(':')));
      }
    }
    assertThat(named).isPositive();
  }

  @Test
  void a_strong_identifier_belongs_to_one_organisation_and_leis_have_valid_check_digits() {
    Map<String, Integer> owner = new HashMap<>();
    for (int i = 0; i < RECORDS; i++) {
      for (Identifier id : generated.records().get(i).identifiers()) {
        assertThat(id.strong()).as(id.toString()).isTrue();
        Integer previous = owner.putIfAbsent(id.toString(), generated.truth()[i]);
        assertThat(previous == null || previous == generated.truth()[i]).as(id.toString()).isTrue();
      }
    }
    assertThat(owner.keySet()).anyMatch(id -> id.startsWith("lei:"));
    assertThat(owner.keySet()).anyMatch(id -> id.startsWith("uei:"));
  }

  @Test
  void varies_names_scripts_and_what_is_known() {
    List<MatchRecord> records = generated.records();
    assertThat(records)
        .anyMatch(r -> r.names().get(0).chars().anyMatch(c -> c >= 0x400 && c < 0x500));
    assertThat(records).anyMatch(r -> r.names().size() == 2); // native name and romanised alias
    assertThat(records).anyMatch(r -> r.countries().isEmpty());
    assertThat(records).anyMatch(r -> r.addresses().isEmpty());
    assertThat(records).anyMatch(r -> r.identifiers().isEmpty());
    assertThat(records)
        .anyMatch(
            r -> r.names().get(0).equals(r.names().get(0).toUpperCase(java.util.Locale.ROOT)));
    // more records than organisations: duplicates to find
    assertThat(generated.organisations()).isLessThan(RECORDS * 2 / 3);
  }

  @Test
  void romanises_cyrillic_as_bgn_or_icao() {
    assertThat(OrganisationGenerator.romanise("Жуковский Яр", true)).isEqualTo("Zhukovskiy Yar");
    assertThat(OrganisationGenerator.romanise("Жуковский Яр", false)).isEqualTo("Zhukovskii Iar");
    assertThat(OrganisationGenerator.romanise("ООО", true)).isEqualTo("OOO");
  }

  @Test
  void precision_and_recall_count_pairs_of_records() {
    // 4 records of 2 organisations; components {0, 1, 2} and {3}: 3 pairs merged, 1 of them true
    OrganisationGenerator.Generated g =
        new OrganisationGenerator.Generated(
            List.of(), new int[] {0, 0, 1, 1}, new int[4][], new int[] {-1, -1}, List.of());
    XrefBench.Quality q = XrefBench.quality(g, new int[] {0, 0, 0, 3});
    assertThat(q.truePairs()).isEqualTo(2);
    assertThat(q.predictedPairs()).isEqualTo(3);
    assertThat(q.correctPairs()).isEqualTo(1);
    assertThat(q.precision()).isEqualTo(1.0 / 3);
    assertThat(q.recall()).isEqualTo(0.5);
  }
}
