package org.vigilance.ingest.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Splits a CSV byte stream into rows and fields, keeping the bytes of the current row exactly as
 * read.
 *
 * <p>The dialect is the one FollowTheMoney reads mapped CSV files with (Python's {@code csv}
 * module, default dialect, {@code skipinitialspace=True}, the file opened in universal-newline
 * mode): comma separators; a field that starts with {@code "} (after any spaces) is quoted, may
 * hold commas and line breaks, and writes {@code ""} for a quote; a quote inside an unquoted field
 * is an ordinary character, and characters after a closing quote are kept; spaces after a separator
 * are skipped; rows end with {@code \n}, {@code \r\n} or {@code \r}, and inside quoted fields each
 * of these becomes {@code \n}. Rows are numbered from 1 (the header); a blank line is a row too, so
 * numbers match what a spreadsheet shows.
 *
 * <p>Implementation notes. The scan runs over bytes, not characters: every byte the syntax cares
 * about ({@code , " \r \n} and space) is ASCII, and in UTF-8 no byte of a multi-byte character is
 * below 0x80, so row and field boundaries are found without decoding, and a row's bytes are the
 * exact slice {@code [rowFrom, rowTo)} of the input, its line ending excluded, whatever line breaks
 * its quoted fields hold. A row that begins with the {@code \n} of a preceding {@code \r\n} does
 * not count that byte. Only the current row is kept: the buffer is compacted to the row's first
 * byte before more input is read, and grows when one row is longer than it. Field contents are
 * copied, unescaped, into a second buffer, and decoded only when asked for, after the caller has
 * checked the row's UTF-8. Not thread-safe.
 */
final class CsvRows {
  private static final int INITIAL_BUFFER_SIZE = 1 << 16;
  private static final int START_FIELD = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final InputStream in;
  private final CharsetDecoder decoder =
      UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private byte[] buffer = new byte[INITIAL_BUFFER_SIZE];
  private int end;
  private int pos;
  private boolean endOfInput;
  private boolean afterCarriageReturn;
  private long number;

  private int rowFrom;
  private int rowTo;
  private byte[] content = new byte[1024];
  private int contentLength;
  private int[] fieldEnds = new int[32];
  private int fieldCount;
  private boolean unterminatedQuote;

  CsvRows(InputStream in) {
    this.in = in;
  }

  /**
   * Reads the byte order mark, if any: skips UTF-8's, and returns why the input cannot be read when
   * it starts with a UTF-16 or UTF-32 one; null otherwise. Call once, before {@link #next}.
   */
  @Nullable String start() throws IOException {
    while (end < 4 && fill()) {
      // read at least four bytes, or the whole input when shorter
    }
    if (startsWith(0xEF, 0xBB, 0xBF)) {
      pos = 3;
      rowFrom = 3;
      return null;
    }
    if (startsWith(0xFE, 0xFF) || startsWith(0xFF, 0xFE) || startsWith(0x00, 0x00, 0xFE, 0xFF)) {
      return "is UTF-16 or UTF-32 (it starts with a byte order mark for it): save it as UTF-8";
    }
    return null;
  }

  private boolean startsWith(int... bytes) {
    if (end < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((buffer[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** Moves to the next row; false at the end of the input. */
  boolean next() throws IOException {
    contentLength = 0;
    fieldCount = 0;
    unterminatedQuote = false;
    rowFrom = pos;
    int state = START_FIELD;
    boolean carriageReturnInQuotes = false;
    boolean rowStarted = false;
    while (true) {
      if (pos == end) {
        if (!endOfInput && fill()) {
          continue;
        }
        endOfInput = true;
        if (!rowStarted) {
          return false;
        }
        unterminatedQuote = state == QUOTED;
        return endRow(pos);
      }
      byte b = buffer[pos];
      if (!rowStarted) {
        boolean secondHalfOfCrLf = afterCarriageReturn && b == '\n';
        afterCarriageReturn = false;
        if (secondHalfOfCrLf) {
          pos++;
          rowFrom = pos;
          continue;
        }
        rowStarted = true;
      }
      switch (state) {
        case START_FIELD -> {
          switch (b) {
            case '"' -> state = QUOTED;
            case ' ' -> {
              // skipinitialspace
            }
            case ',' -> endField();
            case '\n', '\r' -> {
              return endLine(b);
            }
            default -> {
              append(b);
              state = UNQUOTED;
            }
          }
        }
        case UNQUOTED -> {
          switch (b) {
            case ',' -> {
              endField();
              state = START_FIELD;
            }
            case '\n', '\r' -> {
              return endLine(b);
            }
            default -> append(b);
          }
        }
        case QUOTED -> {
          switch (b) {
            case '"' -> state = QUOTE_IN_QUOTED;
            case '\r' -> append((byte) '\n');
            case '\n' -> {
              if (!carriageReturnInQuotes) {
                append(b);
              }
            }
            default -> append(b);
          }
          carriageReturnInQuotes = b == '\r';
        }
        default -> { // QUOTE_IN_QUOTED
          switch (b) {
            case '"' -> {
              append(b);
              state = QUOTED;
            }
            case ',' -> {
              endField();
              state = START_FIELD;
            }
            case '\n', '\r' -> {
              return endLine(b);
            }
            default -> {
              append(b);
              state = UNQUOTED;
            }
          }
        }
      }
      pos++;
    }
  }

  private boolean endLine(byte terminator) {
    boolean more = endRow(pos);
    pos++;
    afterCarriageReturn = terminator == '\r';
    return more;
  }

  private boolean endRow(int to) {
    endField();
    rowTo = to;
    number++;
    return true;
  }

  private void append(byte b) {
    if (contentLength == content.length) {
      content = Arrays.copyOf(content, grownSize(content.length));
    }
    content[contentLength++] = b;
  }

  private void endField() {
    if (fieldCount == fieldEnds.length) {
      fieldEnds = Arrays.copyOf(fieldEnds, fieldEnds.length * 2);
    }
    fieldEnds[fieldCount++] = contentLength;
  }

  /** Keeps the current row's bytes, moved to the front of the buffer, and reads more. */
  private boolean fill() throws IOException {
    if (rowFrom > 0) {
      System.arraycopy(buffer, rowFrom, buffer, 0, end - rowFrom);
      end -= rowFrom;
      pos -= rowFrom;
      rowFrom = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, grownSize(buffer.length));
    }
    int count = in.read(buffer, end, buffer.length - end);
    if (count < 0) {
      return false;
    }
    end += count;
    return true;
  }

  private static int grownSize(int size) {
    if (size >= Integer.MAX_VALUE - 8) {
      throw new OutOfMemoryError("a CSV row is longer than the largest array");
    }
    return (int) Math.min((long) size * 2, Integer.MAX_VALUE - 8);
  }

  /** The number of the current row, from 1. */
  long number() {
    return number;
  }

  /** Whether the current row is blank: one field of nothing but spaces and tabs. */
  boolean isBlank() {
    if (fieldCount != 1) {
      return false;
    }
    for (int i = 0; i < contentLength; i++) {
      if (content[i] != ' ' && content[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Whether the current row ends inside a quoted field (which then runs to the end of input). */
  boolean hasUnterminatedQuote() {
    return unterminatedQuote;
  }

  /** The number of fields of the current row. */
  int fieldCount() {
    return fieldCount;
  }

  /** The fields of the current row; call after {@link #utf8Problem()} returned null. */
  List<String> fields() {
    List<String> fields = new ArrayList<>(fieldCount);
    int from = 0;
    for (int i = 0; i < fieldCount; i++) {
      fields.add(new String(content, from, fieldEnds[i] - from, UTF_8));
      from = fieldEnds[i];
    }
    return fields;
  }

  /** Why the current row is not well-formed UTF-8, or null when it is. */
  @Nullable String utf8Problem() {
    int i = rowFrom;
    while (i < rowTo && buffer[i] >= 0) {
      i++;
    }
    if (i == rowTo) {
      return null;
    }
    ByteBuffer bytes = ByteBuffer.wrap(buffer, rowFrom, rowTo - rowFrom);
    CharBuffer chars = CharBuffer.allocate(rowTo - rowFrom);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (!result.isError()) {
      return null;
    }
    int at = bytes.position();
    return String.format(
        Locale.ROOT,
        "not valid UTF-8: byte 0x%02X at byte %d of the row starts no valid UTF-8 sequence"
            + " (is the file in another encoding, such as Windows-1252? save it as UTF-8)",
        buffer[at] & 0xFF,
        at - rowFrom + 1);
  }

  /** A copy of the current row's bytes, its line ending excluded. */
  byte[] raw() {
    return Arrays.copyOfRange(buffer, rowFrom, rowTo);
  }
}
