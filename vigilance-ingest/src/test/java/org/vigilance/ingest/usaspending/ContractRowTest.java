package org.vigilance.ingest.usaspending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractRowTest {
  private static final ContractHeader HEADER =
      ContractHeader.of(
          List.of("contract_award_unique_key", "award_id_piid", "total_obligated_amount", "when"));

  @ParameterizedTest
  @CsvSource({
    "2020-05-07, 2020-05-07",
    "2021-05-11 00:00:00, 2021-05-11",
    "2025-03-21 19:57:23+00, 2025-03-21",
    "2025-03-21T19:57:23Z, 2025-03-21",
    "5/7/20, 2020-05-07",
    "12/22/17, 2017-12-22",
    "5/31/21 0:00, 2021-05-31",
    "8/8/98, 1998-08-08",
    "10/01/2049, 2049-10-01",
    "2/29/2024 3:15 PM, 2024-02-29",
  })
  void writes_dates_as_iso_when_they_are_iso_or_month_day_year(String cell, String expected)
      throws ContractRow.Problem {
    assertThat(row(cell).date("when")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2020-02-30", "13/01/2020", "2020/05/07", "07.05.2020", "yesterday", "20200507"})
  void rejects_a_date_naming_the_column_when_it_does_not_parse(String cell) {
    assertThatThrownBy(() -> row(cell).date("when"))
        .isInstanceOfSatisfying(
            ContractRow.Problem.class,
            problem -> {
              assertThat(problem.column()).isEqualTo("when");
              assertThat(problem.reason()).contains("'" + cell + "'");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "16000.00, 16000.00",
    "7391976, 7391976",
    "-22545.78, -22545.78",
    "+5, 5",
    ".5, 0.5",
    "1.5E+07, 15000000",
  })
  void writes_amounts_as_plain_decimals(String cell, String expected) throws ContractRow.Problem {
    assertThat(row(cell).amount("when")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'1,234.00'", "$100", "12;50", "NaN", "-", "1e999999"})
  void rejects_an_amount_that_is_not_a_plain_number(String cell) {
    assertThatThrownBy(() -> row(cell).amount("when"))
        .isInstanceOfSatisfying(
            ContractRow.Problem.class, problem -> assertThat(problem.column()).isEqualTo("when"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void gives_no_value_when_a_cell_is_empty_or_blank(String cell) throws ContractRow.Problem {
    ContractRow row = row(cell);
    assertThat(row.text("when")).isNull();
    assertThat(row.date("when")).isNull();
    assertThat(row.amount("when")).isNull();
    assertThat(row.text("no_such_column")).isNull();
  }

  private static ContractRow row(String cell) {
    return new ContractRow(HEADER, List.of("A", "P", "1", cell));
  }
}
