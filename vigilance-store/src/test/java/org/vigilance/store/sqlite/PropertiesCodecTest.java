package org.vigilance.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.CanonicalJson;

class PropertiesCodecTest {
  private static String jackson(Map<String, List<String>> properties) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, List<String>> p : properties.entrySet()) {
        g.writeArrayFieldStart(p.getKey());
        for (String v : p.getValue()) {
          g.writeString(v);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return out.toString();
  }

  @Test
  void core_canonical_json_is_what_jackson_writes_and_reads_back() throws Exception {
    Map<String, List<String>> tricky = new TreeMap<>();
    tricky.put("name", List.of("Quote \" and backslash \\", "Ünïcødé 東京 \uD83D\uDE00 /slash"));
    tricky.put("notes", List.of("line\nbreak\ttab\r\b\f \u0001 \u001f control", ""));
    tricky.put("alias", List.of("plain"));
    String canonical = CanonicalJson.properties(tricky);
    assertThat(canonical).isEqualTo(jackson(tricky));
    assertThat(PropertiesCodec.decode(canonical)).isEqualTo(tricky);
    assertThat(CanonicalJson.properties(Map.of())).isEqualTo("{}");
  }
}
