package org.vigilance.ingest.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;

/**
 * Reads FollowTheMoney entity JSON Lines: one JSON object a line, {@code {"id": ..., "schema": ...,
 * "properties": {"name": ["value", ...], ...}}}.
 *
 * <p>Records are numbered by line, from 1. Lines end with {@code \n} or {@code \r\n}. A blank line
 * (nothing, or only spaces and tabs) is not a record: it is skipped but keeps its number. Lines
 * numbered at or below {@link RecordSink#resumeAfter()} are skipped without being parsed. A last
 * line without {@code \n} is read like the others; lines of any length are read.
 *
 * <p>A line is rejected, with the field at fault when there is one, when it is not valid UTF-8
 * (reason {@code "not valid UTF-8 ..."}), not JSON ({@code "not JSON: ..."} with the parser's
 * message and the column, counted in bytes from 1), not a JSON object, followed by more content,
 * without a string {@code id} that is a valid {@link EntityId} (field {@code id}), without a string
 * {@code schema} (field {@code schema}), with {@code properties} that are not an object (field
 * {@code properties}), or with a property value that is neither a string nor an array of strings
 * (field {@code properties.NAME} or {@code properties.NAME[i]}). Empty strings are dropped; other
 * top-level keys ({@code datasets}, {@code referents}, {@code caption}, ...) are ignored. Whether
 * the schema and properties exist and the values fit their types is left to the sink, which checks
 * the draft against the model.
 *
 * <p>The {@link RecordSink.RawRecord} handed to {@link RecordSink#accept} reads from the reader's
 * buffer, which is reused: call it during {@code accept}, not after (it then throws {@link
 * IllegalStateException}). Rejected lines come with their own copy of the bytes. The bytes never
 * include the line ending.
 *
 * <p>Not thread-safe: use one instance per thread; an instance may read several streams in turn.
 *
 * <p>Implementation notes. The stream is read as bytes into one growing buffer and split on {@code
 * \n} there, so a line is never decoded into a {@code String} as a whole: Jackson parses the byte
 * slice in place ({@link JsonFactory#createParser(byte[], int, int)} with a shared factory, whose
 * buffers are recycled), and only ids, schema names, property names and values become strings.
 * UTF-8 is checked by this class ({@code Utf8}), not left to Jackson, because Jackson decodes some
 * ill-formed sequences (overlong forms, surrogates) without complaint and need not decode the
 * values it skips; on a line that is pure ASCII the check is one scan for a byte above 0x7F. A
 * problem with the fields is noted and parsing goes on to the end of the line, so that a syntax
 * error later in the line wins: the reason then names the real defect.
 */
public final class FtmRecordReader implements RecordReader {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  private static final int INITIAL_BUFFER_SIZE = 1 << 16;

  /** Property values of the line being parsed; {@link EntityDraft} copies them. */
  private final Map<String, List<String>> values = new HashMap<>();

  private @Nullable String id;
  private @Nullable String schema;
  private @Nullable String problemField;
  private @Nullable String problemReason;

  /** The line whose bytes a {@link RecordSink.RawRecord} may read now, or 0. */
  private long lineInHand;

  /** A reader. */
  public FtmRecordReader() {}

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException {
    long resumeAfter = sink.resumeAfter();
    byte[] buffer = new byte[INITIAL_BUFFER_SIZE];
    int start = 0; // first byte of the current line
    int end = 0; // end of the bytes read so far
    int scanned = 0; // bytes before this contain no '\n' of the current line
    long line = 0;
    boolean endOfInput = false;
    while (true) {
      int newline = indexOfNewline(buffer, scanned, end);
      if (newline >= 0) {
        line++;
        if (line > resumeAfter) {
          readLine(buffer, start, newline, line, sink);
        }
        start = newline + 1;
        scanned = start;
        continue;
      }
      if (endOfInput) {
        if (start < end) {
          line++;
          if (line > resumeAfter) {
            readLine(buffer, start, end, line, sink);
          }
        }
        return;
      }
      if (start > 0) {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
      }
      if (end == buffer.length) {
        buffer = Arrays.copyOf(buffer, grownSize(buffer.length));
      }
      scanned = end;
      int count = in.read(buffer, end, buffer.length - end);
      if (count < 0) {
        endOfInput = true;
      } else {
        end += count;
      }
    }
  }

  private static int indexOfNewline(byte[] buffer, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int grownSize(int size) {
    if (size >= Integer.MAX_VALUE - 8) {
      throw new OutOfMemoryError("a line is longer than the largest array");
    }
    return (int) Math.min((long) size * 2, Integer.MAX_VALUE - 8);
  }

  /** Reads the line in {@code buffer[from, to)}, the {@code \n} excluded. */
  private void readLine(byte[] buffer, int from, int to, long line, RecordSink sink) {
    int length = to - from;
    if (length > 0 && buffer[to - 1] == '\r') {
      length--;
    }
    if (isBlank(buffer, from, length)) {
      return;
    }
    int invalid = Utf8.firstInvalid(buffer, from, from + length);
    if (invalid >= 0) {
      sink.reject(
          line,
          null,
          String.format(
              Locale.ROOT,
              "not valid UTF-8: byte 0x%02X at column %d starts no valid UTF-8 sequence"
                  + " (is the file in another encoding, such as ISO-8859-1?)",
              buffer[invalid] & 0xFF,
              invalid - from + 1),
          Arrays.copyOfRange(buffer, from, from + length));
      return;
    }
    resetLine();
    try (JsonParser parser = JSON.createParser(buffer, from, length)) {
      parseLine(parser, buffer, from, length);
    } catch (JsonProcessingException e) {
      sink.reject(line, null, notJson(e), Arrays.copyOfRange(buffer, from, from + length));
      return;
    } catch (IOException e) {
      // a parser over an array does no I/O; treat anything else it throws as a syntax problem
      sink.reject(
          line,
          null,
          "not JSON: " + e.getMessage(),
          Arrays.copyOfRange(buffer, from, from + length));
      return;
    }
    String reason = problemReason;
    String entityId = id;
    String schemaName = schema;
    String idProblem = entityId == null ? "'id' is missing" : EntityId.problem(entityId);
    if (reason != null) {
      reject(sink, line, problemField, reason, buffer, from, length);
    } else if (idProblem != null || entityId == null) {
      reject(sink, line, "id", String.valueOf(idProblem), buffer, from, length);
    } else if (schemaName == null) {
      reject(sink, line, "schema", "'schema' is missing", buffer, from, length);
    } else if (schemaName.isEmpty()) {
      reject(sink, line, "schema", "'schema' is empty", buffer, from, length);
    } else {
      EntityDraft draft = new EntityDraft(new EntityId(entityId), schemaName, values);
      int rawFrom = from;
      int rawTo = from + length;
      lineInHand = line;
      try {
        sink.accept(
            line,
            draft,
            () -> {
              if (lineInHand != line) {
                throw new IllegalStateException(
                    "the bytes of line " + line + " were asked for after the reader moved on");
              }
              return Arrays.copyOfRange(buffer, rawFrom, rawTo);
            });
      } finally {
        lineInHand = 0;
      }
    }
  }

  private static void reject(
      RecordSink sink,
      long line,
      @Nullable String field,
      String reason,
      byte[] buffer,
      int from,
      int length) {
    sink.reject(line, field, reason, Arrays.copyOfRange(buffer, from, from + length));
  }

  private static boolean isBlank(byte[] buffer, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (!isJsonWhitespace(buffer[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isJsonWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  private void resetLine() {
    values.clear();
    id = null;
    schema = null;
    problemField = null;
    problemReason = null;
  }

  private void parseLine(JsonParser parser, byte[] buffer, int from, int length)
      throws IOException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_OBJECT) {
      note(null, "not a JSON object: the line holds " + describe(token));
      parser.skipChildren();
    } else {
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        token = parser.nextToken();
        switch (key) {
          case "id" -> id = readTopLevelString(parser, token, "id", id);
          case "schema" -> schema = readTopLevelString(parser, token, "schema", schema);
          case "properties" -> readProperties(parser, token);
          default -> parser.skipChildren();
        }
      }
    }
    long objectEnd = parser.currentLocation().getByteOffset();
    boolean trailing;
    try {
      trailing = parser.nextToken() != null;
    } catch (JsonProcessingException e) {
      trailing = true;
    }
    if (trailing) {
      // this defect takes precedence over any noted in the fields: the line is not one JSON value
      int column = (int) objectEnd + 1;
      while (column <= length && isJsonWhitespace(buffer[from + column - 1])) {
        column++;
      }
      problemField = null;
      problemReason = "trailing content after the JSON object at column " + column;
    }
  }

  private @Nullable String readTopLevelString(
      JsonParser parser, @Nullable JsonToken token, String key, @Nullable String previous)
      throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      note(key, "expected a string, got " + describe(token));
      parser.skipChildren();
      return previous;
    }
    if (previous != null) {
      note(key, "'" + key + "' is given twice");
    }
    return parser.getText();
  }

  private void readProperties(JsonParser parser, @Nullable JsonToken token) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      note("properties", "expected an object, got " + describe(token));
      parser.skipChildren();
      return;
    }
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      token = parser.nextToken();
      if (token == JsonToken.VALUE_STRING) {
        addValue(name, parser.getText());
      } else if (token == JsonToken.START_ARRAY) {
        int index = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
          if (token == JsonToken.VALUE_STRING) {
            addValue(name, parser.getText());
          } else {
            note(
                "properties." + name + "[" + index + "]",
                "expected a string, got " + describe(token));
            parser.skipChildren();
          }
          index++;
        }
      } else {
        note("properties." + name, "expected an array of strings, got " + describe(token));
        parser.skipChildren();
      }
    }
  }

  private void addValue(String property, String value) {
    if (!value.isEmpty()) {
      values.computeIfAbsent(property, name -> new ArrayList<>(2)).add(value);
    }
  }

  /** Notes the first problem of the line. */
  private void note(@Nullable String field, String reason) {
    if (problemReason == null) {
      problemField = field;
      problemReason = reason;
    }
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String notJson(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    JsonLocation location = e.getLocation();
    String column =
        location != null && location.getColumnNr() > 0
            ? " (column " + location.getColumnNr() + ")"
            : "";
    return "not JSON: " + message + column;
  }
}
