package org.vigilance.ingest.ftm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.testing.RecordingSink;

class FtmEntityWriterTest {
  private static final SourceId SOURCE = SourceId.of("src-0123456789abcdef01234567");
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  private final EntityMerger merger = new EntityMerger(FtmSchemaLoader.loadDefault());

  private MergedEntity merged(EntityDraft... drafts) {
    List<Fragment> fragments = new ArrayList<>();
    for (int i = 0; i < drafts.length; i++) {
      fragments.add(new Fragment(drafts[i], SOURCE, Locator.line(i + 1), AT, "test"));
    }
    return merger.merge(fragments);
  }

  private static EntityDraft draft(String id, String schema, Map<String, List<String>> properties) {
    return new EntityDraft(EntityId.of(id), schema, properties);
  }

  private static String write(List<MergedEntity> entities) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FtmEntityWriter writer = new FtmEntityWriter(out)) {
      for (MergedEntity entity : entities) {
        writer.write(entity);
      }
    }
    return out.toString(UTF_8);
  }

  @Test
  void writes_one_line_per_entity_with_properties_and_values_in_order() throws IOException {
    MergedEntity acme =
        merged(
            draft("acme", "Company", Map.of("name", List.of("ACME"), "country", List.of("us"))),
            draft(
                "acme",
                "Company",
                Map.of("country", List.of("fr"), "alias", List.of("Acme \"Inc\""))));
    MergedEntity agency =
        merged(draft("agency", "PublicBody", Map.of("name", List.of("Agence fran\u00e7aise"))));

    String text = write(List.of(acme, agency));

    assertThat(text)
        .isEqualTo(
            "{\"id\":\"acme\",\"schema\":\"Company\",\"properties\":{\"alias\":[\"Acme \\\"Inc\\\"\"],"
                + "\"country\":[\"fr\",\"us\"],\"name\":[\"ACME\"]}}\n"
                + "{\"id\":\"agency\",\"schema\":\"PublicBody\",\"properties\":"
                + "{\"name\":[\"Agence fran\u00e7aise\"]}}\n");
  }

  @Test
  void writes_empty_properties_object_when_entity_has_none() throws IOException {
    assertThat(write(List.of(merged(draft("x", "Company", Map.of())))))
        .isEqualTo("{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{}}\n");
  }

  @Test
  void reads_back_the_same_drafts() throws IOException {
    List<MergedEntity> entities =
        List.of(
            merged(
                draft(
                    "acme",
                    "Company",
                    Map.of(
                        "name", List.of("ACME", "\u00c9tablissements ACME \u2014 \ud83d\ude80"),
                        "notes", List.of("line one\nline two\ttab \\ backslash \u0001")))),
            merged(
                draft(
                    "deployment-1",
                    "Deployment",
                    Map.of("product", List.of("product-1"), "unit", List.of("agency")))),
            merged(draft("empty", "Company", Map.of())));

    String text = write(entities);
    RecordingSink sink = new RecordingSink();
    new FtmRecordReader().read(new ByteArrayInputStream(text.getBytes(UTF_8)), sink);

    List<EntityDraft> expected = new ArrayList<>();
    for (MergedEntity entity : entities) {
      expected.add(new EntityDraft(entity.id(), entity.schema(), entity.plainProperties()));
    }
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.drafts()).isEqualTo(expected);
  }

  @Test
  void flushes_on_close_but_leaves_the_stream_open() throws IOException {
    CloseTrackingStream out = new CloseTrackingStream();
    FtmEntityWriter writer = new FtmEntityWriter(out);
    writer.write(merged(draft("x", "Company", Map.of("name", List.of("X")))));

    writer.close();

    assertThat(out.closed).isFalse();
    assertThat(out.toString(UTF_8)).endsWith("}\n");
    out.write('!');
    assertThat(out.toString(UTF_8)).endsWith("}\n!");
  }

  private static final class CloseTrackingStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
