package org.vigilance.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.resolution.CrossReference;
import org.vigilance.core.resolution.EntityMatcher;
import org.vigilance.core.resolution.LabelledPair;
import org.vigilance.core.resolution.ThresholdMetrics;
import org.vigilance.resolve.CommonsTextSimilarity;
import org.vigilance.resolve.CsvLabelledPairs;
import org.vigilance.resolve.IcuNameNormaliser;

/** The gold set from the real USAspending files of {@code ../shared/data}, when it is there. */
class UsaspendingGoldSetTest {
  private static final Path DATA = Path.of("../../shared/data/usaspending");
  private static final IcuNameNormaliser NORMALISER = IcuNameNormaliser.standard();

  @TempDir Path dir;

  @Test
  void precision_at_the_auto_merge_threshold_of_xref_is_at_least_0_98() throws Exception {
    assumeTrue(Files.isDirectory(DATA), "../shared/data/usaspending is absent");
    UsaspendingGoldSet.Gold gold = new UsaspendingGoldSet(NORMALISER).build(DATA);
    Path file = dir.resolve("gold.csv");
    UsaspendingGoldSet.write(gold, file);

    // read back as xref-eval reads it, scored by the matcher xref uses
    List<LabelledPair> pairs = new CsvLabelledPairs().read(file, true);
    assertThat(pairs).hasSize(gold.pairs().size());
    XrefGoldBench.Evaluation e =
        XrefGoldBench.evaluate(pairs, new EntityMatcher(NORMALISER, new CommonsTextSimilarity()));
    ThresholdMetrics at = e.at(CrossReference.Options.defaults().autoMerge());

    assertThat(gold.matches()).isGreaterThan(300);
    assertThat(pairs.size() - gold.matches()).isGreaterThan(1_000);
    assertThat(at.precision()).as(at.toString()).isGreaterThanOrEqualTo(0.98);
    // not trivially precise: most matches are found
    assertThat(at.recall()).as(at.toString()).isGreaterThan(0.75);
  }

  @Test
  void the_truth_is_withheld_from_the_matcher_and_the_labels_follow_the_uei() throws Exception {
    assumeTrue(Files.isDirectory(DATA), "../shared/data/usaspending is absent");
    UsaspendingGoldSet.Gold gold = new UsaspendingGoldSet(NORMALISER).build(DATA);
    Path file = dir.resolve("gold.csv");
    UsaspendingGoldSet.write(gold, file);
    for (LabelledPair p : new CsvLabelledPairs().read(file, true)) {
      assertThat(p.identifiers1()).isEmpty();
      assertThat(p.identifiers2()).isEmpty();
      String uei1 = p.column("truth_uei1");
      String uei2 = p.column("truth_uei2");
      assertThat(p.match()).isEqualTo(uei1.equals(uei2));
      for (String column : List.of("name1", "name2", "address1", "address2", "parent1")) {
        assertThat(p.column(column)).doesNotContain(uei1).doesNotContain(uei2);
      }
    }
  }

  @Test
  void the_same_files_give_the_same_gold_set() throws Exception {
    assumeTrue(Files.isDirectory(DATA), "../shared/data/usaspending is absent");
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    UsaspendingGoldSet.write(new UsaspendingGoldSet(NORMALISER).build(DATA), a);
    UsaspendingGoldSet.write(new UsaspendingGoldSet(NORMALISER).build(DATA), b);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  @Test
  void country_codes_become_alpha_2() {
    assertThat(UsaspendingGoldSet.alpha2("USA")).isEqualTo("us");
    assertThat(UsaspendingGoldSet.alpha2("gbr")).isEqualTo("gb");
    assertThat(UsaspendingGoldSet.alpha2("")).isEmpty();
    assertThat(UsaspendingGoldSet.alpha2("XXX")).isEmpty();
  }
}
