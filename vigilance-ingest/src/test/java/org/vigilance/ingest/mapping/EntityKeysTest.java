package org.vigilance.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EntityKeysTest {

  @Test
  void hashes_the_sorted_non_empty_key_values_after_prefix_and_literal() {
    // python: hashlib.sha1(b"ds" + b"lit" + b"Zed" + b"abc").hexdigest()
    assertThat(EntityKeys.hash("ds", "lit", Arrays.asList("abc", null, "", "Zed")))
        .isEqualTo("dfee662cfdb15a19215a3e8b9767b5236d406bfa");
    assertThat(EntityKeys.hash("ds", "lit", Arrays.asList("Zed", "abc")))
        .isEqualTo(EntityKeys.hash("ds", "lit", Arrays.asList("abc", "Zed")));
  }

  @Test
  void gives_no_id_when_every_key_value_is_empty() {
    assertThat(EntityKeys.hash("ds", "lit", Arrays.asList(null, ""))).isNull();
  }

  @Test
  void signs_like_ftms_namespace_replacing_an_earlier_signature() {
    // python: "abc." + hmac.new(b"ds", b"abc", "sha1").hexdigest()
    String signed = "abc.2a7a9c18346e41ed8f45385fa5d06cf363b5e5f4";
    assertThat(EntityKeys.sign("ds", "abc")).isEqualTo(signed);
    assertThat(EntityKeys.sign("ds", "abc.0123")).isEqualTo(signed);
    assertThat(EntityKeys.sign("ds", "not an id")).isNull();
  }
}
