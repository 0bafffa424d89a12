package org.vigilance.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyTypeTest {
  @ParameterizedTest
  @CsvSource({
    "date, 2020, true",
    "date, 2020-02-29, true",
    "date, 2021-02-29, false",
    "date, 2020-04-31, false",
    "date, 2020-00-10, false",
    "date, 2020-1a-01, false",
    "date, 2020-12-31, true",
    "date, 2020-13, false",
    "date, 2020-01-02T03:04:05Z, true",
    "date, 2020-01-02T25:00, false",
    "date, 02/03/2020, false",
    "number, 1500, true",
    "number, '1,500.25', true",
    "number, -3e5, true",
    "number, twelve, false",
    "number, -0.75, true",
    "number, 12., false",
    "number, -, false",
    "number, 1.2.3, false",
    "email, press@example.org, true",
    "email, no-at-sign, false",
    "url, https://example.org/a?b=c, true",
    "url, 'http://exa mple', false",
    "ip, 192.168.1.143, true",
    "ip, 999.1.1.1, false",
    "ip, 0:0:0:0:0:ffff:c0a8:18f, true",
    "iban, GB82WEST12345698765432, true",
    "iban, GB00WEST12345698765432, false",
    "checksum, da39a3ee5e6b4b0d3255bfef95601890afd80709, true",
    "checksum, xyz, false",
    "mimetype, application/pdf, true",
    "mimetype, pdf, false",
    "phone, +38760183628, true",
    "phone, call me, false",
    "entity, some-id:1, true",
    "entity, 'has space', false",
    "name, anything at all, true",
  })
  void checks_values_like_followthemoney(String type, String value, boolean valid) {
    PropertyType t = PropertyType.fromFtmName(type);
    assertThat(t.problem(value, Set.of()))
        .as(type + " " + value)
        .satisfies(problem -> assertThat(problem == null).isEqualTo(valid));
  }

  @ParameterizedTest
  @CsvSource({"country, us, true", "country, US, false", "gender, female, true", "topic, x, false"})
  void checks_closed_vocabularies(String type, String value, boolean valid) {
    Set<String> vocabulary = Set.of("us", "female", "role.pep");
    assertThat(PropertyType.fromFtmName(type).problem(value, vocabulary) == null).isEqualTo(valid);
  }
}
