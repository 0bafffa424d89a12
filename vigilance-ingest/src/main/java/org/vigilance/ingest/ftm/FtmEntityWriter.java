package org.vigilance.ingest.ftm;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.ingest.EntityWriter;

/**
 * Writes merged entities as FollowTheMoney entity JSON Lines, UTF-8: one line {@code {"id": ...,
 * "schema": ..., "properties": {"name": ["value", ...], ...}}} an entity, ended by {@code \n},
 * properties in name order and values in the merged entity's (sorted) order. Provenance is not
 * written. {@link FtmRecordReader} reads the output back into the same drafts.
 *
 * <p>Output is buffered: {@link #close()} flushes it but does not close the stream given to the
 * constructor. Not thread-safe.
 */
public final class FtmEntityWriter implements EntityWriter {
  private static final JsonFactory JSON =
      new JsonFactoryBuilder()
          .rootValueSeparator((String) null)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private final JsonGenerator generator;

  /** A writer to the given stream, which it does not close. */
  public FtmEntityWriter(OutputStream out) {
    try {
      this.generator = JSON.createGenerator(out, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(MergedEntity entity) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("id", entity.id().value());
    generator.writeStringField("schema", entity.schema());
    generator.writeObjectFieldStart("properties");
    for (Map.Entry<String, List<MergedEntity.Value>> property : entity.properties().entrySet()) {
      generator.writeArrayFieldStart(property.getKey());
      for (MergedEntity.Value value : property.getValue()) {
        generator.writeString(value.value());
      }
      generator.writeEndArray();
    }
    generator.writeEndObject();
    generator.writeEndObject();
    generator.writeRaw('\n');
  }

  /** Flushes what is buffered; leaves the stream open. */
  @Override
  public void close() throws IOException {
    generator.close();
  }
}
