package org.vigilance.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SourceIdTest {
  private static final Pattern FORM = Pattern.compile("src-[0-9a-f]{24}");

  @Example
  void takes_src_and_24_lowercase_hex_digits() {
    assertThat(SourceId.of("src-032faefda9821021269d6cb2").value())
        .isEqualTo("src-032faefda9821021269d6cb2");
    for (String bad :
        new String[] {
          "",
          "src-",
          "src-032FAEFDA9821021269D6CB2",
          "src-032faefda9821021269d6cb",
          "src-032faefda9821021269d6cb21",
          "SRC-032faefda9821021269d6cb2",
          "doc-032faefda9821021269d6cb2",
          "src-032faefda9821021269d6cbg"
        }) {
      assertThatThrownBy(() -> SourceId.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a source id");
    }
  }

  @Example
  void derived_ids_are_valid_and_stable() {
    ContentHash blob = ContentHash.ofUtf8("bytes");
    SourceId id = SourceId.derive("ftm", CollectionName.of("default"), blob);
    assertThat(id.value()).matches(FORM);
    assertThat(SourceId.derive("ftm", CollectionName.of("default"), blob)).isEqualTo(id);
  }

  @Property(tries = 2000)
  void accepts_exactly_the_documented_form(@ForAll("candidates") String value) {
    boolean accepted;
    try {
      SourceId.of(value);
      accepted = true;
    } catch (IllegalArgumentException e) {
      accepted = false;
    }
    assertThat(accepted).isEqualTo(FORM.matcher(value).matches());
  }

  @Provide
  Arbitrary<String> candidates() {
    Arbitrary<String> hex =
        Arbitraries.strings()
            .withChars("0123456789abcdefABCDEFgz-")
            .ofMinLength(22)
            .ofMaxLength(26);
    return Arbitraries.oneOf(
        hex.map(h -> "src-" + h), hex.map(h -> "src" + h), Arbitraries.strings().ofMaxLength(30));
  }
}
