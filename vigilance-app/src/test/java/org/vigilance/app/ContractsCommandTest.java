package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigilance contracts} over a small hierarchy of agencies, a parent and a subsidiary. */
class ContractsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String DATA =
      """
      {"id":"parent","schema":"Company","properties":{"name":["Parent Analytics Inc."]}}
      {"id":"sub","schema":"Company","properties":{"name":["Parent Analytics Government LLC"]}}
      {"id":"other","schema":"Company","properties":{"name":["Other Vendor Ltd"]}}
      {"id":"own","schema":"Ownership","properties":{"owner":["parent"],"asset":["sub"]}}
      {"id":"dept","schema":"PublicBody","properties":{"name":["Department of Borders"]}}
      {"id":"agency","schema":"PublicBody","properties":{"name":["Enforcement Agency"]}}
      {"id":"office-w","schema":"PublicBody","properties":{"name":["Office West"]}}
      {"id":"office-e","schema":"PublicBody","properties":{"name":["Office East"]}}
      {"id":"m1","schema":"Membership","properties":{"member":["agency"],"organization":["dept"]}}
      {"id":"m2","schema":"Membership","properties":{"member":["office-w"],"organization":["agency"]}}
      {"id":"m3","schema":"Membership","properties":{"member":["office-e"],"organization":["agency"]}}
      {"id":"c1","schema":"Contract","properties":{"name":["C-1"],"title":["Case management"],"authority":["office-w"],"amount":["100.50","1000"],"currency":["USD"],"contractDate":["2014-03-01"]}}
      {"id":"c2","schema":"Contract","properties":{"name":["C-2"],"title":["Licences"],"authority":["office-e"],"amount":["200"],"contractDate":["2018-07-15"]}}
      {"id":"c3","schema":"Contract","properties":{"name":["C-3"],"title":["Hosting"],"authority":["office-e"],"amount":["50"],"contractDate":["2018-01-02"]}}
      {"id":"a1","schema":"ContractAward","properties":{"supplier":["sub"],"contract":["c1"],"amount":["1000"]}}
      {"id":"a2","schema":"ContractAward","properties":{"supplier":["parent"],"contract":["c2"],"amount":["200"]}}
      {"id":"a3","schema":"ContractAward","properties":{"supplier":["other"],"contract":["c3"],"amount":["50"]}}
      """;

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void importData() throws Exception {
    cli = new CliRunner(dir.resolve("ws"));
    Path file = dir.resolve("contracts.ftm.jsonl");
    Files.writeString(file, DATA, StandardCharsets.UTF_8);
    assertThat(cli.run("import", "ftm", file.toString()).exit()).isZero();
  }

  private List<String> names(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("contracts", "--json"));
    all.addAll(List.of(args));
    JsonNode json = JSON.readTree(cli.run(all.toArray(String[]::new)).out());
    List<String> names = new ArrayList<>();
    json.get("contracts").forEach(c -> names.add(c.get("name").asText()));
    return names;
  }

  @Test
  void lists_every_contract_by_date_with_supplier_unit_and_value() throws Exception {
    JsonNode json = JSON.readTree(cli.run("contracts", "--json").out());
    JsonNode first = json.get("contracts").get(0);
    assertThat(first.get("name").asText()).isEqualTo("C-1");
    assertThat(first.get("value").asText()).isEqualTo("1000");
    assertThat(first.get("suppliers").get(0).get("name").asText())
        .isEqualTo("Parent Analytics Government LLC");
    assertThat(first.get("unitPath").toString())
        .isEqualTo("[\"Office West\",\"Enforcement Agency\",\"Department of Borders\"]");
    assertThat(names()).containsExactly("C-1", "C-3", "C-2");
  }

  @Test
  void a_contract_known_from_its_transactions_takes_its_dates_and_value_from_them()
      throws Exception {
    CliRunner own = new CliRunner(dir.resolve("ws-transactions"));
    Path file = dir.resolve("transactions.ftm.jsonl");
    Files.writeString(
        file,
        """
        {"id":"office","schema":"PublicBody","properties":{"name":["Office North"]}}
        {"id":"vendor","schema":"Company","properties":{"name":["Vendor Corp"]}}
        {"id":"c9","schema":"Contract","properties":{"name":["C-9"],"title":["Beds"],"authority":["office"]}}
        {"id":"a9","schema":"ContractAward","properties":{"supplier":["vendor"],"contract":["c9"]}}
        {"id":"t1","schema":"ContractTransaction","properties":{"contract":["c9"],"date":["2019-02-01"],"startDate":["2019-01-15"],"endDate":["2020-01-14"],"obligation":["1000"]}}
        {"id":"t2","schema":"ContractTransaction","properties":{"contract":["c9"],"date":["2019-06-01"],"endDate":["2021-01-14"],"obligation":["-250.50"]}}
        {"id":"c10","schema":"Contract","properties":{"name":["C-10"],"authority":["office"]}}
        {"id":"t3","schema":"ContractTransaction","properties":{"contract":["c10"],"date":["2021-03-01"],"obligation":["20"],"totalObligation":["7000"]}}
        {"id":"t4","schema":"ContractTransaction","properties":{"contract":["c10"],"date":["2020-03-01"],"obligation":["10"],"totalObligation":["5000"]}}
        """,
        StandardCharsets.UTF_8);
    assertThat(own.run("import", "ftm", file.toString()).exit()).isZero();

    JsonNode json = JSON.readTree(own.run("contracts", "--json").out());
    JsonNode c9 = json.get("contracts").get(0);
    assertThat(c9.get("name").asText()).isEqualTo("C-9");
    assertThat(c9.get("date").asText()).isEqualTo("2019-01-15");
    assertThat(c9.get("endDate").asText()).isEqualTo("2021-01-14");
    assertThat(c9.get("value").asText()).as("the sum of the obligations").isEqualTo("749.50");
    JsonNode c10 = json.get("contracts").get(1);
    assertThat(c10.get("date").asText()).isEqualTo("2020-03-01");
    assertThat(c10.get("value").asText()).as("the total as of the latest action").isEqualTo("7000");
    assertThat(json.get("totals").toString())
        .contains(
            "{\"unit\":\"Office North\",\"year\":\"2019\",\"contracts\":1,\"value\":\"749.50\"}")
        .contains(
            "{\"unit\":\"Office North\",\"year\":\"2020\",\"contracts\":1,\"value\":\"7000\"}");
  }

  @Test
  void totals_by_unit_and_year() throws Exception {
    JsonNode totals = JSON.readTree(cli.run("contracts", "--json").out()).get("totals");
    assertThat(totals.toString())
        .contains("{\"unit\":\"Office East\",\"year\":\"2018\",\"contracts\":2,\"value\":\"250\"}")
        .contains(
            "{\"unit\":\"Office West\",\"year\":\"2014\",\"contracts\":1,\"value\":\"1000\"}");
  }

  @Test
  void a_supplier_includes_its_subsidiaries_only_when_asked() throws Exception {
    assertThat(names("--supplier", "Parent Analytics Inc")).containsExactly("C-2");
    assertThat(names("--supplier", "parent", "--include-subsidiaries"))
        .containsExactly("C-1", "C-2");
    assertThat(names("--supplier", "other")).containsExactly("C-3");
  }

  @Test
  void an_agency_matches_its_units_and_dates_bound_the_list() throws Exception {
    assertThat(names("--agency", "Enforcement Agency")).containsExactly("C-1", "C-3", "C-2");
    assertThat(names("--agency", "office-e")).containsExactly("C-3", "C-2");
    assertThat(names("--from", "2018", "--to", "2018-06")).containsExactly("C-3");
    assertThat(names("--to", "2014")).containsExactly("C-1");
  }

  @Test
  void the_text_listing_shows_the_hierarchy_and_totals() {
    CliRunner.Result r = cli.run("contracts");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Office West < Enforcement Agency")
        .contains("Totals by agency unit and year")
        .contains("1,000.00 USD");
  }
}
