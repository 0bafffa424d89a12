package org.vigilance.ingest.usaspending;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowScannerTest {

  @Test
  void ends_rows_at_every_kind_of_line_break_outside_quotes() throws IOException {
    assertThat(rows("a,b\r\nc,d\ne,f\rg,h", 100)).containsExactly("a,b", "c,d", "e,f", "g,h");
  }

  @Test
  void keeps_line_breaks_and_doubled_quotes_inside_a_quoted_field() throws IOException {
    assertThat(rows("a,\"one\r\ntwo \"\"2\"\"\nthree\",b\r\nc,d\r\n", 100))
        .containsExactly("a,\"one\r\ntwo \"\"2\"\"\nthree\",b", "c,d");
  }

  @Test
  void skips_a_byte_order_mark_only_at_the_start() throws IOException {
    assertThat(rows("\uFEFFa,b\n\uFEFFc\n", 100)).containsExactly("a,b", "\uFEFFc");
  }

  @Test
  void keeps_blank_rows_so_that_rows_keep_their_numbers() throws IOException {
    assertThat(rows("a\n\n\r\nb\n", 100)).containsExactly("a", "", "", "b");
  }

  @Test
  void cuts_a_row_longer_than_the_limit_and_goes_on_with_the_next_row() throws IOException {
    CsvRowScanner scanner = scanner("0123456789ABCDEF\nnext\n", 8);

    assertThat(scanner.next()).isTrue();
    assertThat(scanner.truncated()).isTrue();
    assertThat(new String(scanner.copy(), UTF_8)).isEqualTo("01234567");
    assertThat(scanner.next()).isTrue();
    assertThat(scanner.truncated()).isFalse();
    assertThat(new String(scanner.copy(), UTF_8)).isEqualTo("next");
    assertThat(scanner.next()).isFalse();
  }

  @Test
  void says_which_field_is_malformed_when_quotes_are_wrong() throws IOException {
    CsvRowScanner stray = scanner("a,\"b\"x,c\n", 100);
    assertThat(stray.next()).isTrue();
    assertThat(stray.strayQuoteFieldIndex()).isEqualTo(1);
    assertThat(stray.unclosedQuote()).isFalse();

    CsvRowScanner open = scanner("a,b,\"c\nd", 100);
    assertThat(open.next()).isTrue();
    assertThat(open.unclosedQuote()).isTrue();
    assertThat(open.quotedFieldIndex()).isEqualTo(2);
    assertThat(open.next()).isFalse();
  }

  @Test
  void reads_rows_that_span_the_input_buffer() throws IOException {
    String longField = "x".repeat(200_000);
    String csv = "a,\"" + longField + "\"\r\nb\r\n";
    InputStream trickle = new TrickleInputStream(csv.getBytes(UTF_8));
    CsvRowScanner scanner = new CsvRowScanner(trickle, 1 << 20);

    assertThat(scanner.next()).isTrue();
    assertThat(scanner.length()).isEqualTo(longField.length() + 4);
    assertThat(scanner.next()).isTrue();
    assertThat(new String(scanner.copy(), UTF_8)).isEqualTo("b");
    assertThat(scanner.next()).isFalse();
  }

  private static List<String> rows(String csv, int max) throws IOException {
    CsvRowScanner scanner = scanner(csv, max);
    List<String> rows = new ArrayList<>();
    while (scanner.next()) {
      rows.add(new String(scanner.copy(), UTF_8));
    }
    return rows;
  }

  private static CsvRowScanner scanner(String csv, int max) {
    return new CsvRowScanner(new ByteArrayInputStream(csv.getBytes(UTF_8)), max);
  }

  /** Hands out at most 7 bytes a read, to cross every buffer boundary. */
  private static final class TrickleInputStream extends InputStream {
    private final byte[] bytes;
    private int position;

    TrickleInputStream(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position == bytes.length) {
        return -1;
      }
      int count = Math.min(Math.min(length, 7), bytes.length - position);
      System.arraycopy(bytes, position, buffer, offset, count);
      position += count;
      return count;
    }
  }
}
