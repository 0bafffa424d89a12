package org.vigilance.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Property;
import org.vigilance.ingest.ftm.FtmSchemaLoader;

class ValueCleanerTest {
  private static final Model MODEL = FtmSchemaLoader.loadDefault();
  private static final ValueCleaner CLEANER = new ValueCleaner(MODEL);

  private static @Nullable String clean(String schema, String property, String value)
      throws UncleanValueException {
    Property p = MODEL.require(schema).property(property).orElseThrow();
    return CLEANER.clean(p, value, null, null);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Germany|de",
        "DE|de",
        "deu|de",
        " united   kingdom |gb",
        "UK|gb",
        "U.S.A.|us",
        "Côte d'Ivoire|ci",
        "Cote d Ivoire|ci",
        "Russian Federation|ru",
        "Kosovo|xk",
        "gb-sct|gb-sct",
      })
  void makes_country_names_and_codes_ftm_codes(String text, String code)
      throws UncleanValueException {
    assertThat(clean("Person", "nationality", text)).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Person|gender|M|male",
        "Person|gender|Weiblich|female",
        "Document|language|de|deu",
        "Document|language|German|deu",
        "Document|language|ENG|eng",
        "Person|name|'  \"Ada  Lovelace\" '|Ada Lovelace",
        "Person|address|'1 Main St;\tSpringfield'|1 Main St, Springfield",
        "Payment|amount|'1,000.50'|1,000.50",
        "BankAccount|iban|de89 3704 0044 0532 0130 00|DE89370400440532013000",
      })
  void cleans_values_as_ftm_types_do(String schema, String property, String text, String clean)
      throws UncleanValueException {
    assertThat(clean(schema, property, text)).isEqualTo(clean);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Person|nationality|Atlantis|'Atlantis' is not a country name or code that FtM knows",
        "Person|gender|unknown|'unknown' is not a known gender code",
        "Payment|amount|USD 5|'USD 5' is not a number",
        "Person|birthDate|yesterday|'yesterday' is not an ISO date",
      })
  void refuses_values_the_type_cannot_take(
      String schema, String property, String text, String reason) {
    assertThatThrownBy(() -> clean(schema, property, text))
        .isInstanceOf(UncleanValueException.class)
        .hasMessageStartingWith(reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"''", "'   '", "'\u0000\t'"})
  void drops_values_that_are_empty_once_cleaned(String text) throws UncleanValueException {
    assertThat(clean("Person", "name", text)).isNull();
  }
}
