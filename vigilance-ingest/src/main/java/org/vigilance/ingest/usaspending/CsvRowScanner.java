package org.vigilance.ingest.usaspending;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a CSV byte stream into rows, keeping each row's bytes exactly as read.
 *
 * <p>A row ends at a line break ({@code \n}, {@code \r\n} or {@code \r}) outside a quoted field;
 * the line break is not part of the row. A field is quoted when it starts with {@code "}; inside
 * it, {@code ""} is a quote and line breaks belong to the field. A UTF-8 byte order mark at the
 * start of the stream is skipped. A row longer than the limit is cut: its first bytes are kept, the
 * rest is scanned (so that the next row starts at the right place) but dropped, and {@link
 * #truncated()} says so. Not thread-safe.
 *
 * <p>Implementation notes. Scanning bytes is safe for UTF-8: the bytes of {@code "}, {@code ,},
 * {@code \r} and {@code \n} never occur inside a multi-byte sequence. The states are those of
 * FastCSV's parser, so both agree on where rows end; a row that FastCSV then finds malformed (text
 * after a closing quote) is rejected by the caller. Memory is the input buffer plus one row.
 */
final class CsvRowScanner {
  private static final int INPUT_BUFFER_SIZE = 1 << 16;
  private static final int INITIAL_ROW_SIZE = 1 << 12;

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final InputStream in;
  private final int maxRowBytes;
  private final byte[] input = new byte[INPUT_BUFFER_SIZE];
  private int inputPosition;
  private int inputEnd;
  private boolean endOfInput;
  private boolean started;
  private boolean skipLineFeed;

  private byte[] row = new byte[INITIAL_ROW_SIZE];
  private int rowLength;
  private boolean truncated;
  private boolean unclosedQuote;
  private int fieldIndex;
  private int quotedFieldIndex;
  private int strayQuoteFieldIndex;
  private int[] fieldEnds = new int[64];

  CsvRowScanner(InputStream in, int maxRowBytes) {
    this.in = in;
    this.maxRowBytes = maxRowBytes;
  }

  /** Reads the next row; false at the end of the input. */
  boolean next() throws IOException {
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    rowLength = 0;
    truncated = false;
    unclosedQuote = false;
    fieldIndex = 0;
    quotedFieldIndex = -1;
    strayQuoteFieldIndex = -1;
    int state = FIELD_START;
    boolean any = false;
    while (true) {
      if (inputPosition == inputEnd && !fill()) {
        if (!any) {
          return false;
        }
        unclosedQuote = state == QUOTED;
        return true;
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (input[inputPosition] == '\n') {
          inputPosition++;
          continue;
        }
      }
      // a run of bytes that change nothing but the state of an unquoted field: copied at once
      int runStart = inputPosition;
      int runEnd = runStart;
      if (state == QUOTED) {
        while (runEnd < inputEnd && input[runEnd] != '"') {
          runEnd++;
        }
      } else {
        while (runEnd < inputEnd && isPlain(input[runEnd])) {
          runEnd++;
        }
        if (runEnd > runStart) {
          if (state == QUOTE_IN_QUOTED && strayQuoteFieldIndex < 0) {
            strayQuoteFieldIndex = fieldIndex;
          }
          state = UNQUOTED;
        }
      }
      if (runEnd > runStart) {
        any = true;
        append(runStart, runEnd);
        inputPosition = runEnd;
        continue;
      }
      byte b = input[inputPosition++];
      any = true;
      if (b == '\r' || b == '\n') {
        if (state != QUOTED) {
          skipLineFeed = b == '\r';
          return true;
        }
      } else if (b == '"') {
        state =
            switch (state) {
              case FIELD_START -> {
                quotedFieldIndex = fieldIndex;
                yield QUOTED;
              }
              case QUOTED -> QUOTE_IN_QUOTED;
              case QUOTE_IN_QUOTED -> QUOTED;
              default -> UNQUOTED;
            };
      } else if (b == ',') {
        if (state != QUOTED) {
          state = FIELD_START;
          if (fieldIndex == fieldEnds.length) {
            fieldEnds = Arrays.copyOf(fieldEnds, fieldEnds.length * 2);
          }
          fieldEnds[fieldIndex++] = rowLength;
        }
      } else if (state != QUOTED) {
        if (state == QUOTE_IN_QUOTED && strayQuoteFieldIndex < 0) {
          strayQuoteFieldIndex = fieldIndex;
        }
        state = UNQUOTED;
      }
      append(b);
    }
  }

  /** The bytes of the row, from 0 to {@link #length()}; valid until the next call to next. */
  byte[] bytes() {
    return row;
  }

  /** How many bytes of the row were kept. */
  int length() {
    return rowLength;
  }

  /** A copy of the row's bytes. */
  byte[] copy() {
    return Arrays.copyOf(row, rowLength);
  }

  /** How many fields the row has (commas outside quotes, plus one). */
  int fieldCount() {
    return fieldIndex + 1;
  }

  /**
   * Where field {@code index} starts in {@link #bytes()}, its opening quote included; valid until
   * the next call to next, for a row that was not cut.
   */
  int fieldStart(int index) {
    return index == 0 ? 0 : fieldEnds[index - 1] + 1;
  }

  /** Where field {@code index} ends (exclusive) in {@link #bytes()}, its closing quote included. */
  int fieldEnd(int index) {
    return index == fieldIndex ? rowLength : fieldEnds[index];
  }

  /** Whether the row was longer than the limit and cut. */
  boolean truncated() {
    return truncated;
  }

  /** Whether the input ended inside a quoted field. */
  boolean unclosedQuote() {
    return unclosedQuote;
  }

  /** The index (from 0) of the last field of the row that started with a quote, or -1. */
  int quotedFieldIndex() {
    return quotedFieldIndex;
  }

  /** The index (from 0) of the first field of the row with text after its closing quote, or -1. */
  int strayQuoteFieldIndex() {
    return strayQuoteFieldIndex;
  }

  private static boolean isPlain(byte b) {
    return b != ',' && b != '"' && b != '\r' && b != '\n';
  }

  private void append(int from, int to) {
    int length = Math.min(to - from, maxRowBytes - rowLength);
    if (length < to - from) {
      truncated = true;
    }
    if (rowLength + length > row.length) {
      row =
          Arrays.copyOf(
              row,
              (int)
                  Math.min(
                      Math.max((long) row.length * 2, (long) rowLength + length), maxRowBytes));
    }
    System.arraycopy(input, from, row, rowLength, length);
    rowLength += length;
  }

  private void append(byte b) {
    if (rowLength == maxRowBytes) {
      truncated = true;
      return;
    }
    if (rowLength == row.length) {
      row = Arrays.copyOf(row, (int) Math.min((long) row.length * 2, maxRowBytes));
    }
    row[rowLength++] = b;
  }

  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int count;
    do {
      count = in.read(input, 0, input.length);
    } while (count == 0);
    if (count < 0) {
      endOfInput = true;
      inputPosition = 0;
      inputEnd = 0;
      return false;
    }
    inputPosition = 0;
    inputEnd = count;
    return true;
  }

  private void skipByteOrderMark() throws IOException {
    while (inputEnd < 3 && !endOfInput) {
      int count = in.read(input, inputEnd, input.length - inputEnd);
      if (count < 0) {
        endOfInput = true;
      } else {
        inputEnd += count;
      }
    }
    if (inputEnd >= 3
        && input[0] == (byte) 0xEF
        && input[1] == (byte) 0xBB
        && input[2] == (byte) 0xBF) {
      inputPosition = 3;
    }
  }
}
