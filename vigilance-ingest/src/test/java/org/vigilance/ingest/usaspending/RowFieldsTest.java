package org.vigilance.ingest.usaspending;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fields cut from the scanner's bytes read as FastCSV reads the same row. */
class RowFieldsTest {
  private static final String[] PIECES = {
    "a", "Bc", " ", ",", "\"", "\"\"", "\n", "\r\n", "é", "€", "𝄞", "", "12.50", "2024-01-31"
  };

  @Test
  void fields_are_read_as_fastcsv_reads_them() throws IOException {
    Random random = new Random(42);
    CsvReader.CsvReaderBuilder csv = CsvReader.builder();
    for (int n = 0; n < 2_000; n++) {
      String row = randomRow(random);
      if (row.isEmpty()) {
        continue; // no row at all, for the scanner as for a file
      }
      CsvRowScanner scanner =
          new CsvRowScanner(new ByteArrayInputStream(row.getBytes(UTF_8)), 1 << 20);
      assertThat(scanner.next()).isTrue();
      List<String> expected = csv.ofSingleCsvRecord(row).getFields();
      RowFields fields = new RowFields(scanner);
      assertThat(fields).as(row).containsExactlyElementsOf(expected);
      // asked again (cached) and out of order, the same
      for (int i = fields.size() - 1; i >= 0; i--) {
        assertThat(fields.get(i)).isEqualTo(expected.get(i));
      }
    }
  }

  @Test
  void an_empty_quoted_field_and_an_empty_field_are_both_empty() throws IOException {
    CsvRowScanner scanner =
        new CsvRowScanner(new ByteArrayInputStream("\"\",,\"x\"\"y\"".getBytes(UTF_8)), 1 << 20);
    assertThat(scanner.next()).isTrue();
    assertThat(new RowFields(scanner)).containsExactly("", "", "x\"y");
  }

  private static String randomRow(Random random) {
    int count = 1 + random.nextInt(8);
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder value = new StringBuilder();
      int pieces = random.nextInt(5);
      for (int p = 0; p < pieces; p++) {
        value.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = value.toString();
      boolean special =
          text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
      if (special || random.nextInt(4) == 0) {
        fields.add("\"" + text.replace("\"", "\"\"") + "\"");
      } else {
        fields.add(text);
      }
    }
    return String.join(",", fields);
  }
}
