package org.vigilance.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.resolution.LabelledPair;

class CsvLabelledPairsTest {
  @TempDir Path dir;

  @Test
  void reads_names_labels_identifiers_and_countries() throws Exception {
    Path file = dir.resolve("pairs.csv");
    Files.writeString(
        file,
        "name1,name2,is_match,id1,id2,country1,country2\n"
            + "\"Acme, Inc.\",ACME,true,uei:KXXJ7L5JHMY9;duns:061377578,,us,US\n"
            + "Foo,Bar,false,,,,\n",
        StandardCharsets.UTF_8);
    List<LabelledPair> pairs = new CsvLabelledPairs().read(file, true);
    assertThat(pairs).hasSize(2);
    LabelledPair first = pairs.get(0);
    assertThat(first.name1()).isEqualTo("Acme, Inc.");
    assertThat(first.match()).isTrue();
    assertThat(first.identifiers1())
        .extracting(Object::toString)
        .containsExactly("uei:KXXJ7L5JHMY9", "duns:061377578");
    assertThat(first.countries2()).containsExactly("us");
    assertThat(pairs.get(1).match()).isFalse();
    assertThat(pairs.get(1).line()).isEqualTo(3);
  }

  @Test
  void reads_addresses_and_parent_names_when_the_file_has_them() throws Exception {
    Path file = dir.resolve("pairs.csv");
    Files.writeString(
        file,
        "name1,name2,is_match,address1,address2,parent1,parent2\n"
            + "\"Best Buy Gov, LLC\",Best Buy Government LLC,true,"
            + "\"7601 PENN AVE S, MINNEAPOLIS\",,\"BEST BUY CO., INC.\",\n",
        StandardCharsets.UTF_8);
    LabelledPair p = new CsvLabelledPairs().read(file, true).get(0);
    assertThat(p.first().addresses()).containsExactly("7601 PENN AVE S, MINNEAPOLIS");
    assertThat(p.first().parentNames()).containsExactly("BEST BUY CO., INC.");
    assertThat(p.second().addresses()).isEmpty();
    assertThat(p.second().parentNames()).isEmpty();
  }

  @Test
  void a_missing_column_or_a_bad_label_is_named() throws Exception {
    Path noLabel = dir.resolve("nolabel.csv");
    Files.writeString(noLabel, "name1,name2\nA,B\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new CsvLabelledPairs().read(noLabel, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 'is_match'");
    assertThat(new CsvLabelledPairs().read(noLabel, false)).hasSize(1);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "name1,name2,is_match\nA,B,maybe\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new CsvLabelledPairs().read(bad, true))
        .hasMessageContaining("line 2")
        .hasMessageContaining("maybe");
  }
}
