package org.vigilance.ingest.usaspending;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one CSV row, cut where {@link CsvRowScanner} found the commas and decoded only when
 * asked for: a mapping reads a few dozen of a download's ~300 columns. A quoted field loses its
 * quotes and has each {@code ""} turned into {@code "}, as FastCSV reads it (a row with text after
 * a closing quote is rejected before, as FastCSV would refuse it). The row's bytes must be valid
 * UTF-8. Valid until the scanner moves to the next row; not thread-safe.
 */
final class RowFields extends AbstractList<String> implements RandomAccess {
  private final byte[] row;
  private final CsvRowScanner scanner;
  private final @Nullable String[] decoded;

  RowFields(CsvRowScanner scanner) {
    this.scanner = scanner;
    this.row = scanner.bytes();
    this.decoded = new String[scanner.fieldCount()];
  }

  @Override
  public String get(int index) {
    String value = decoded[index];
    if (value == null) {
      value = decode(scanner.fieldStart(index), scanner.fieldEnd(index));
      decoded[index] = value;
    }
    return value;
  }

  @Override
  public int size() {
    return decoded.length;
  }

  private String decode(int start, int end) {
    if (start < end && row[start] == '"') {
      // the scanner saw the closing quote last (a stray one makes the row a reject before this)
      String inner =
          new String(row, start + 1, Math.max(end - start - 2, 0), StandardCharsets.UTF_8);
      return inner.indexOf('"') < 0 ? inner : inner.replace("\"\"", "\"");
    }
    return new String(row, start, end - start, StandardCharsets.UTF_8);
  }
}
