package org.vigilance.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void lei_check_digits_are_checked_mod_97() {
    assertThat(Identifier.validLei("HWUPKR0MPOU8FGXBT394")).isTrue();
    assertThat(Identifier.validLei("7LTWFZYICNSX8D621K86")).isTrue();
    assertThat(Identifier.validLei("HWUPKR0MPOU8FGXBT395")).isFalse();
    assertThat(Identifier.validLei("HWUPKR0MPOU8FGXBT39")).isFalse();
    assertThat(Identifier.of("lei", "hwupkr0mpou8fgxbt394").valid()).isTrue();
  }

  @Test
  void uei_duns_and_cage_have_their_shapes() {
    assertThat(Identifier.of("uei", "KXXJ7L5JHMY9").valid()).isTrue();
    assertThat(Identifier.of("uei", "KXXJ7L5JHMY").valid()).as("11 characters").isFalse();
    assertThat(Identifier.of("uei", "OXXJ7L5JHMY9").valid()).as("no letter O").isFalse();
    assertThat(Identifier.of("duns", "06-137-7578").value()).isEqualTo("061377578");
    assertThat(Identifier.of("duns", "06-137-7578").valid()).isTrue();
    assertThat(Identifier.of("duns", "12345").valid()).isFalse();
    assertThat(Identifier.of("cage", "1ab23").valid()).isTrue();
    assertThat(Identifier.of("cage", "1AB234").valid()).isFalse();
  }

  @Test
  void ocds_schemes_parse_as_scheme_and_value() {
    Identifier coh = Identifier.parse("GB-COH:01234567").orElseThrow();
    assertThat(coh.scheme()).isEqualTo("GB-COH");
    assertThat(coh.strong()).isTrue();
    assertThat(Identifier.parse("XI-LEI:HWUPKR0MPOU8FGXBT394").orElseThrow().scheme())
        .isEqualTo("lei");
    assertThat(Identifier.parse("no scheme")).isEmpty();
    assertThat(Identifier.parse("id:42").orElseThrow().strong()).isFalse();
  }
}
