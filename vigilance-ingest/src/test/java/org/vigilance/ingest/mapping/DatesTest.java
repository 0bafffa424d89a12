package org.vigilance.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "2021|2021",
        "2021-02|2021-02",
        "2021-2-6|2021-02-06",
        "2021-02-16|2021-02-16",
        "2021-02-16 21|2021-02-16T21",
        "2021-02-16T21:48|2021-02-16T21:48",
        "2021-02-16T21:48:52.123456Z|2021-02-16T21:48:52",
        "2021-02-16T01:48:52+0200|2021-02-15T23:48:52",
        "2021-00-00|2021",
        "2021-02-16 (approx.)|2021-02-16",
        "2021-02-30|NULL",
        "16/02/2021|NULL",
        "0999|NULL",
      })
  void parses_iso_prefixes_as_prefixdate_does(String text, String expected) {
    assertThat(Dates.parseIso(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "%d/%m/%Y|16/02/2021|2021-02-16",
        "%d.%m.%y|6.2.21|2021-02-06",
        "%d.%m.%y|6.2.69|1969-02-06",
        "%B %Y|february   2021|2021-02",
        "%d %b %Y %H:%M|16 Feb 2021 21:48|2021-02-16T21:48",
        "%I:%M %p %d/%m/%Y|9:48 PM 16/02/2021|2021-02-16T21:48",
        "%Y|2021|2021",
        "%d/%m/%Y|30/02/2021|NULL",
        "%d/%m/%Y|16/02/2021 extra|NULL",
        "%x|02/16/21|2021-02-16",
      })
  void parses_strptime_formats(String format, String text, String expected) {
    assertThat(Dates.Format.compile(format).parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"%e", "%d/%d", "%"})
  void refuses_formats_it_cannot_read(String format) {
    assertThatThrownBy(() -> Dates.Format.compile(format))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + format + "'");
  }
}
