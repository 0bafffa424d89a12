package org.vigilance.ingest.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  /** Each row as number, fields and raw text. */
  private static List<String> rows(InputStream in) throws IOException {
    CsvRows rows = new CsvRows(in);
    assertThat(rows.start()).isNull();
    List<String> out = new ArrayList<>();
    while (rows.next()) {
      out.add(rows.number() + " " + rows.fields() + " <" + new String(rows.raw(), UTF_8) + ">");
    }
    return out;
  }

  private static List<String> rows(String text) throws IOException {
    return rows(new ByteArrayInputStream(text.getBytes(UTF_8)));
  }

  @Test
  void splits_rows_at_any_line_ending_and_numbers_blank_lines() throws IOException {
    assertThat(rows("a,b\r\nc,d\n\re,f\r\n\ng,h"))
        .containsExactly(
            "1 [a, b] <a,b>",
            "2 [c, d] <c,d>",
            "3 [] <>",
            "4 [e, f] <e,f>",
            "5 [] <>",
            "6 [g, h] <g,h>");
  }

  @Test
  void keeps_line_breaks_and_quotes_inside_quoted_fields() throws IOException {
    assertThat(rows("\"a\r\nb\",\"say \"\"hi\"\"\",\"x\ry\"\n"))
        .containsExactly("1 [a\nb, say \"hi\", x\ny] <\"a\r\nb\",\"say \"\"hi\"\"\",\"x\ry\">");
  }

  @Test
  void skips_spaces_after_separators_as_ftm_does() throws IOException {
    assertThat(rows("id, name, colours\n1, Wile, \"brown; blue\"\n"))
        .containsExactly(
            "1 [id, name, colours] <id, name, colours>",
            "2 [1, Wile, brown; blue] <1, Wile, \"brown; blue\">");
  }

  @Test
  void treats_stray_quotes_as_python_csv_does() throws IOException {
    assertThat(rows("ab\"c,\"d\"e\n")).containsExactly("1 [ab\"c, de] <ab\"c,\"d\"e>");
  }

  @Test
  void reads_rows_longer_than_its_buffer_arriving_in_small_pieces() throws IOException {
    String longField = "x".repeat(200_000);
    byte[] bytes = ("\"" + longField + "\n\",2\r\n3,4").getBytes(UTF_8);
    InputStream trickle =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 7));
          }
        };

    List<String> rows = rows(trickle);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).startsWith("1 [" + longField + "\n, 2]");
    assertThat(rows.get(1)).isEqualTo("2 [3, 4] <3,4>");
  }

  @Test
  void reports_the_first_byte_that_is_not_utf8() throws IOException {
    CsvRows rows = new CsvRows(new ByteArrayInputStream(new byte[] {'o', 'k', ',', (byte) 0xC3}));
    rows.start();
    rows.next();

    assertThat(rows.utf8Problem()).startsWith("not valid UTF-8: byte 0xC3 at byte 4 of the row");
  }
}
