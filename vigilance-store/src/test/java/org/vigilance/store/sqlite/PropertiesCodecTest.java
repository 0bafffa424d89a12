package org.vigilance.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertiesCodecTest {
  @Test
  void the_fast_encoder_writes_the_same_json_as_the_generator_and_decodes_back() {
    Map<String, List<String>> tricky = new LinkedHashMap<>();
    tricky.put("name", List.of("Quote \" and backslash \\", "Ünïcødé 東京 \uD83D\uDE00"));
    tricky.put("notes", List.of("line\nbreak\ttab \u0001 control", ""));
    tricky.put("alias", List.of());
    Map<String, List<String>> plain = Map.of("country", List.of("us"));
    String[] fast = PropertiesCodec.encodeAll(List.of(tricky, plain, Map.of()));
    assertThat(fast[0]).isEqualTo(PropertiesCodec.encode(tricky));
    assertThat(fast[1]).isEqualTo(PropertiesCodec.encode(plain));
    assertThat(fast[2]).isEqualTo("{}");
    assertThat(PropertiesCodec.decode(fast[0])).isEqualTo(tricky);
  }
}
