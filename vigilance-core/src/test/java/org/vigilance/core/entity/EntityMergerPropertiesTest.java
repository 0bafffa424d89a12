package org.vigilance.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vigilance.core.evidence.SourceId;

/** Laws of the merged view. */
class EntityMergerPropertiesTest {
  private static final Model MODEL = TestModel.build();
  private static final EntityMerger MERGER = new EntityMerger(MODEL);
  private static final List<SourceId> SOURCES =
      List.of(
          SourceId.of("src-aaaaaaaaaaaaaaaaaaaaaaaa"),
          SourceId.of("src-bbbbbbbbbbbbbbbbbbbbbbbb"),
          SourceId.of("src-cccccccccccccccccccccccc"));

  @Provide
  Arbitrary<List<Fragment>> fragments() {
    Arbitrary<String> schema = Arbitraries.of("LegalEntity", "Organization", "Company", "Asset");
    Arbitrary<String> value = Arbitraries.of("ACME", "Acme Inc", "ACME Corp.", "us", "fr", "x");
    Arbitrary<Map<String, List<String>>> properties =
        Arbitraries.maps(Arbitraries.of("name", "alias", "notes"), value.list().ofMaxSize(3))
            .ofMaxSize(3);
    Arbitrary<Fragment> fragment =
        Combinators.combine(
                schema,
                properties,
                Arbitraries.of(SOURCES),
                Arbitraries.longs().between(1, 50),
                Arbitraries.longs().between(0, 1_000))
            .as(
                (s, p, source, line, second) ->
                    new Fragment(
                        new EntityDraft(EntityId.of("acme"), s, p),
                        source,
                        Locator.line(line),
                        Instant.ofEpochSecond(1_700_000_000L + second),
                        "tester"));
    return fragment.list().ofMinSize(1).ofMaxSize(8);
  }

  @Property
  void the_order_of_fragments_does_not_change_the_merged_view(
      @ForAll("fragments") List<Fragment> fragments, @ForAll long seed) {
    List<Fragment> shuffled = new ArrayList<>(fragments);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(MERGER.merge(shuffled)).isEqualTo(MERGER.merge(fragments));
  }

  @Property
  void every_value_lists_exactly_the_fragments_that_assert_it(
      @ForAll("fragments") List<Fragment> fragments) {
    MergedEntity merged = MERGER.merge(fragments);
    Map<String, List<String>> expected = new TreeMap<>();
    for (Fragment f : fragments) {
      f.properties()
          .forEach(
              (name, values) ->
                  values.forEach(
                      v -> expected.computeIfAbsent(name, k -> new ArrayList<>()).add(v)));
    }
    merged
        .properties()
        .forEach(
            (name, values) -> {
              for (MergedEntity.Value value : values) {
                List<Provenance> asserting =
                    fragments.stream()
                        .filter(
                            f ->
                                f.properties()
                                    .getOrDefault(name, List.of())
                                    .contains(value.value()))
                        .map(Provenance::of)
                        .distinct()
                        .sorted()
                        .toList();
                assertThat(value.assertedBy()).isEqualTo(asserting);
              }
            });
    assertThat(merged.properties().keySet()).isEqualTo(expected.keySet());
  }

  @Property
  void merging_with_itself_changes_nothing(@ForAll("fragments") List<Fragment> fragments) {
    List<Fragment> doubled = new ArrayList<>(fragments);
    doubled.addAll(fragments);
    assertThat(MERGER.merge(doubled)).isEqualTo(MERGER.merge(fragments));
  }
}
