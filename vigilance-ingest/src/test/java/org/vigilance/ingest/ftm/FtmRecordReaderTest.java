package org.vigilance.ingest.ftm;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.ingest.RecordSink;
import org.vigilance.testing.RecordingSink;

class FtmRecordReaderTest {

  private static final String ACME =
      "{\"id\":\"acme\",\"schema\":\"Company\",\"properties\":{\"name\":[\"ACME\"]}}";

  private static RecordingSink read(String text) throws IOException {
    return read(text.getBytes(UTF_8), 0);
  }

  private static RecordingSink read(byte[] bytes, long resumeAfter) throws IOException {
    RecordingSink sink = new RecordingSink(resumeAfter);
    new FtmRecordReader().read(new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  private static EntityDraft draft(String id, String schema, Map<String, List<String>> properties) {
    return new EntityDraft(EntityId.of(id), schema, properties);
  }

  private static RecordingSink.Event rejectOf(String line) throws IOException {
    RecordingSink.Event event = read(line + "\n").single();
    assertThat(event.draft).as("draft of %s", line).isNull();
    return event;
  }

  @Test
  void reads_entity_when_line_is_valid() throws IOException {
    RecordingSink sink =
        read(
            "{\"id\": \"acme\", \"schema\": \"Company\", \"properties\": "
                + "{\"name\": [\"ACME Inc\"], \"country\": [\"us\", \"fr\"]}}\n");

    assertThat(sink.drafts())
        .containsExactly(
            draft(
                "acme",
                "Company",
                Map.of("name", List.of("ACME Inc"), "country", List.of("us", "fr"))));
    assertThat(sink.single().record).isEqualTo(1);
  }

  @Test
  void ignores_unknown_top_level_keys() throws IOException {
    RecordingSink sink =
        read(
            "{\"datasets\":[\"a\",{\"b\":[1,2]}],\"id\":\"acme\",\"referents\":[],\"caption\":\"ACME\","
                + "\"first_seen\":\"2020-01-01\",\"last_seen\":null,\"target\":true,\"origin\":{},"
                + "\"schema\":\"Company\",\"properties\":{\"name\":[\"ACME\"]}}\n");

    assertThat(sink.drafts())
        .containsExactly(draft("acme", "Company", Map.of("name", List.of("ACME"))));
  }

  @Test
  void reads_entity_when_properties_are_absent() throws IOException {
    assertThat(read("{\"id\":\"acme\",\"schema\":\"Company\"}").drafts())
        .containsExactly(draft("acme", "Company", Map.of()));
  }

  @Test
  void accepts_bare_string_as_one_value() throws IOException {
    assertThat(
            read("{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":\"ACME\"}}\n")
                .drafts())
        .containsExactly(draft("a", "Company", Map.of("name", List.of("ACME"))));
  }

  @Test
  void drops_empty_strings() throws IOException {
    RecordingSink sink =
        read(
            "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":"
                + "{\"name\":[\"\",\"ACME\",\"\"],\"alias\":[\"\"],\"country\":\"\"}}\n");

    assertThat(sink.drafts())
        .containsExactly(draft("a", "Company", Map.of("name", List.of("ACME"))));
  }

  @Test
  void leaves_unknown_schema_and_properties_to_the_sink() throws IOException {
    assertThat(
            read("{\"id\":\"a\",\"schema\":\"Spaceship\",\"properties\":{\"warp\":[\"9\"]}}")
                .drafts())
        .containsExactly(draft("a", "Spaceship", Map.of("warp", List.of("9"))));
  }

  @Test
  void skips_blank_lines_but_counts_them() throws IOException {
    RecordingSink sink = read("\n   \n" + ACME + "\n\t\n\r\n" + ACME + "\n\n");

    assertThat(sink.records()).containsExactly(3L, 6L);
    assertThat(sink.rejects()).isEmpty();
  }

  @Test
  void strips_carriage_return_before_newline() throws IOException {
    RecordingSink sink = read(ACME + "\r\n" + ACME + "\r\n");

    assertThat(sink.records()).containsExactly(1L, 2L);
    assertThat(sink.events.get(0).raw()).isEqualTo(ACME.getBytes(UTF_8));
  }

  @Test
  void reads_last_line_without_newline() throws IOException {
    RecordingSink sink = read(ACME + "\n" + ACME);

    assertThat(sink.records()).containsExactly(1L, 2L);
    assertThat(sink.events.get(1).raw()).isEqualTo(ACME.getBytes(UTF_8));
  }

  @Test
  void reads_nothing_when_input_is_empty() throws IOException {
    assertThat(read("").events).isEmpty();
  }

  @Test
  void skips_lines_up_to_resume_point_without_parsing_them() throws IOException {
    String text = "not json\n{broken\n\n" + ACME + "\nnot json either\n" + ACME + "\n";

    RecordingSink sink = read(text.getBytes(UTF_8), 4);

    assertThat(sink.records()).containsExactly(5L, 6L);
    assertThat(sink.events.get(0).reason).startsWith("not JSON: ");
  }

  @Test
  void hands_over_raw_bytes_of_accepted_line() throws IOException {
    RecordingSink sink = read("  " + ACME + "  \n");

    assertThat(new String(sink.single().raw(), UTF_8)).isEqualTo("  " + ACME + "  ");
  }

  @Test
  void refuses_raw_bytes_after_the_line_was_handed_over() throws IOException {
    List<RecordSink.RawRecord> kept = new ArrayList<>();
    RecordSink sink =
        new RecordSink() {
          @Override
          public long resumeAfter() {
            return 0;
          }

          @Override
          public void accept(long record, EntityDraft draft, RawRecord raw) {
            kept.add(raw);
          }

          @Override
          public void reject(long record, @Nullable String field, String reason, byte[] raw) {}
        };

    new FtmRecordReader()
        .read(new ByteArrayInputStream((ACME + "\n" + ACME).getBytes(UTF_8)), sink);

    assertThat(kept).hasSize(2);
    assertThatThrownBy(() -> kept.get(0).bytes())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void rejects_line_with_iso_8859_1_byte_and_reads_the_others() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((ACME + "\n").getBytes(UTF_8));
    byte[] latin1 =
        "{\"id\":\"cafe\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Caf\u00e9\"]}}"
            .getBytes(ISO_8859_1);
    bytes.writeBytes(latin1);
    bytes.write('\n');
    bytes.writeBytes(
        "{\"id\":\"cafe2\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Caf\u00e9\"]}}\n"
            .getBytes(UTF_8));

    RecordingSink sink = read(bytes.toByteArray(), 0);

    assertThat(sink.records()).containsExactly(1L, 2L, 3L);
    RecordingSink.Event reject = sink.events.get(1);
    assertThat(reject.draft).isNull();
    assertThat(reject.field).isNull();
    assertThat(reject.reason).startsWith("not valid UTF-8").contains("0xE9").contains("column 59");
    assertThat(reject.raw()).isEqualTo(latin1);
    assertThat(sink.events.get(2).draft)
        .isEqualTo(draft("cafe2", "Company", Map.of("name", List.of("Caf\u00e9"))));
  }

  @Test
  void rejects_invalid_utf8_inside_an_ignored_value() throws IOException {
    byte[] line =
        "{\"id\":\"a\",\"schema\":\"Company\",\"caption\":\"\u00e9\"}".getBytes(ISO_8859_1);

    RecordingSink sink = read(line, 0);

    assertThat(sink.single().reason).startsWith("not valid UTF-8");
  }

  @Test
  void rejects_line_that_is_not_json() throws IOException {
    RecordingSink.Event reject = rejectOf("{\"id\":\"a\",\"schema\":\"Company\",}");

    assertThat(reject.field).isNull();
    assertThat(reject.reason)
        .startsWith("not JSON: ")
        .endsWith("(column 30)")
        .doesNotContain("Source")
        .doesNotContain("line:");
  }

  @Test
  void counts_columns_from_the_start_of_the_line() throws IOException {
    RecordingSink sink = read(ACME + "\n{\"id\":\"a\",\"schema\":\"Company\",}\n" + ACME + "} x");

    assertThat(sink.events.get(1).reason).startsWith("not JSON: ").endsWith("(column 30)");
    assertThat(sink.events.get(2).reason)
        .isEqualTo("trailing content after the JSON object at column " + (ACME.length() + 1));
  }

  @Test
  void points_at_trailing_content() throws IOException {
    assertThat(rejectOf("{\"id\":\"a\",\"schema\":\"Company\"}  x").reason)
        .isEqualTo("trailing content after the JSON object at column 32");
  }

  @Test
  void rejects_line_that_is_truncated() throws IOException {
    RecordingSink.Event reject =
        rejectOf("{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A");

    assertThat(reject.reason).startsWith("not JSON: ");
  }

  @Test
  void prefers_syntax_error_over_field_problem() throws IOException {
    RecordingSink.Event reject = rejectOf("{\"id\":5,\"schema\":\"Company\" oops}");

    assertThat(reject.reason).startsWith("not JSON: ");
    assertThat(reject.field).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[1, 2]|array",
        "\"just a string\"|string",
        "42|number",
        "null|null",
      })
  void rejects_line_that_is_not_an_object(String line, String kind) throws IOException {
    RecordingSink.Event reject = rejectOf(line);

    assertThat(reject.field).isNull();
    assertThat(reject.reason).isEqualTo("not a JSON object: the line holds " + kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\":\"a\",\"schema\":\"Company\"} {\"id\":\"b\",\"schema\":\"Company\"}",
        "{\"id\":\"a\",\"schema\":\"Company\"}{}",
        "{\"id\":\"a\",\"schema\":\"Company\"} x",
        "{\"id\":\"a\",\"schema\":\"Company\"},",
      })
  void rejects_trailing_content_after_the_object(String line) throws IOException {
    RecordingSink.Event reject = rejectOf(line);

    assertThat(reject.field).isNull();
    assertThat(reject.reason).startsWith("trailing content after the JSON object");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"schema\":\"Company\"}|id|'id' is missing",
        "{\"id\":42,\"schema\":\"Company\"}|id|expected a string, got number",
        "{\"id\":null,\"schema\":\"Company\"}|id|expected a string, got null",
        "{\"id\":[\"a\"],\"schema\":\"Company\"}|id|expected a string, got array",
        "{\"id\":\"\",\"schema\":\"Company\"}|id|entity id is empty",
        "{\"id\":\"a b\",\"schema\":\"Company\"}|id|entity id contains whitespace or a control character at position 2",
        "{\"id\":\"a\",\"id\":\"b\",\"schema\":\"Company\"}|id|'id' is given twice",
        "{\"id\":\"a\"}|schema|'schema' is missing",
        "{\"id\":\"a\",\"schema\":\"\"}|schema|'schema' is empty",
        "{\"id\":\"a\",\"schema\":true}|schema|expected a string, got boolean",
        "{\"id\":\"a\",\"schema\":{\"name\":\"Company\"}}|schema|expected a string, got object",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":[]}|properties|expected an object, got array",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":\"name\"}|properties|expected an object, got string",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":null}|properties|expected an object, got null",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\",5]}}|properties.name[1]|expected a string, got number",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[1.5]}}|properties.name[0]|expected a string, got number",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"\",true]}}|properties.name[1]|expected a string, got boolean",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[null]}}|properties.name[0]|expected a string, got null",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[{\"v\":\"A\"}]}}|properties.name[0]|expected a string, got object",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[[\"A\"]]}}|properties.name[0]|expected a string, got array",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":7}}|properties.name|expected an array of strings, got number",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":null}}|properties.name|expected an array of strings, got null",
        "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":{}}}|properties.name|expected an array of strings, got object",
      })
  void rejects_field_with_reason(String line, String field, String reason) throws IOException {
    RecordingSink.Event reject = rejectOf(line);

    assertThat(reject.field).isEqualTo(field);
    assertThat(reject.reason).isEqualTo(reason);
    assertThat(reject.raw()).isEqualTo(line.getBytes(UTF_8));
  }

  @Test
  void reports_the_first_field_problem_of_a_line() throws IOException {
    RecordingSink.Event reject =
        rejectOf(
            "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[1],\"alias\":[null]}}");

    assertThat(reject.field).isEqualTo("properties.name[0]");
  }

  @Test
  void reads_lines_longer_than_the_buffer() throws IOException {
    String longName = "x".repeat(3_000_000);
    String longLine =
        "{\"id\":\"long\",\"schema\":\"Company\",\"properties\":{\"name\":[\"" + longName + "\"]}}";

    RecordingSink sink = read(ACME + "\n" + longLine + "\n" + ACME);

    assertThat(sink.records()).containsExactly(1L, 2L, 3L);
    assertThat(sink.drafts().get(1).properties().get("name")).containsExactly(longName);
    assertThat(sink.rejects()).isEmpty();
  }

  @Test
  void reads_every_line_in_order_when_the_stream_trickles() throws IOException {
    StringBuilder text = new StringBuilder();
    int lines = 5_000;
    for (int i = 1; i <= lines; i++) {
      if (i % 7 == 0) {
        text.append("\r\n");
      } else if (i % 11 == 0) {
        text.append("{\"id\":").append(i).append("}\n");
      } else {
        text.append("{\"id\":\"e")
            .append(i)
            .append("\",\"schema\":\"Company\",\"properties\":{\"name\":[\"")
            .append("n".repeat(i % 300))
            .append("\u00e9\"]}}\r\n");
      }
    }
    RecordingSink sink = new RecordingSink();

    new FtmRecordReader().read(new TricklingInputStream(text.toString().getBytes(UTF_8)), sink);

    List<Long> expected = new ArrayList<>();
    for (long i = 1; i <= lines; i++) {
      if (i % 7 != 0) {
        expected.add(i);
      }
    }
    assertThat(sink.records()).isEqualTo(expected);
    assertThat(sink.rejects()).allSatisfy(r -> assertThat(r.record % 11).isZero());
    assertThat(sink.drafts())
        .allSatisfy(
            d ->
                assertThat(d.properties().getOrDefault("name", List.of()))
                    .singleElement()
                    .asString()
                    .endsWith("\u00e9"));
  }

  @Test
  void reads_two_streams_in_turn_with_one_reader() throws IOException {
    FtmRecordReader reader = new FtmRecordReader();
    RecordingSink first = new RecordingSink();
    RecordingSink second = new RecordingSink();

    reader.read(new ByteArrayInputStream(("{\"id\":5}\n" + ACME).getBytes(UTF_8)), first);
    reader.read(new ByteArrayInputStream(ACME.getBytes(UTF_8)), second);

    assertThat(first.records()).containsExactly(1L, 2L);
    assertThat(second.drafts()).hasSize(1);
    assertThat(second.single().record).isEqualTo(1);
  }

  /** Hands out at most a few bytes a call, so that lines straddle every buffer boundary. */
  private static final class TricklingInputStream extends FilterInputStream {
    private int calls;

    TricklingInputStream(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      calls++;
      int chunk = calls % 5 == 0 ? len : Math.min(len, 1 + calls % 13);
      return in.read(b, off, chunk);
    }

    @Override
    public int read(byte[] b) throws IOException {
      return read(b, 0, b.length);
    }

    @Override
    public long skip(long n) throws IOException {
      return in.skip(n);
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
