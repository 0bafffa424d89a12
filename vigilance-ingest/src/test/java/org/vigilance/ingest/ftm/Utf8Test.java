package org.vigilance.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {

  private static int firstInvalid(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    return Utf8.firstInvalid(bytes, 0, bytes.length);
  }

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "41",
        "7f",
        "c2a9",
        "dfbf",
        "e0a080",
        "e282ac",
        "ed9fbf",
        "ee8080",
        "efbfbf",
        "f0908080",
        "f09f9a80",
        "f48fbfbf",
        "41c3a9e282acf09f9a8041"
      })
  void accepts_well_formed_sequences(String hex) {
    assertThat(firstInvalid(hex)).isEqualTo(-1);
  }

  @ParameterizedTest
  @CsvSource({
    "80, 0", // lone continuation byte
    "41c0af, 1", // overlong
    "c1bf, 0", // overlong
    "e08080, 0", // overlong
    "eda080, 0", // surrogate
    "f08f8080, 0", // overlong
    "f4908080, 0", // above U+10FFFF
    "f5808080, 0", // above U+10FFFF
    "ff, 0",
    "4141e282, 2", // truncated
    "e24141, 0", // missing continuation
    "436166e9, 3", // ISO-8859-1 e-acute at the end
    "436166e922, 3" // ISO-8859-1 e-acute before a quote
  })
  void finds_first_ill_formed_sequence(String hex, int index) {
    assertThat(firstInvalid(hex)).isEqualTo(index);
  }

  @Test
  void agrees_with_the_jdk_decoder_on_random_bytes() {
    Random random = new Random(42);
    for (int run = 0; run < 50_000; run++) {
      byte[] bytes = new byte[random.nextInt(8)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] =
            (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(0x100));
      }
      assertThat(Utf8.firstInvalid(bytes, 0, bytes.length) == -1)
          .as("%s", HexFormat.of().formatHex(bytes))
          .isEqualTo(jdkAccepts(bytes));
    }
  }

  @Test
  void checks_only_the_given_range() {
    byte[] bytes = HexFormat.of().parseHex("ff41c3a9ff");

    assertThat(Utf8.firstInvalid(bytes, 1, 4)).isEqualTo(-1);
    assertThat(Utf8.firstInvalid(bytes, 1, 3)).isEqualTo(2);
  }
}
