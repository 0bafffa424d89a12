package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.cli.ExitCodes;

/** {@code vigilance import usaspending} on real downloads, end to end. */
class UsaspendingImportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path REAL =
      Path.of(
          "../../shared/data/usaspending/ice-minnesota/data/umn/"
              + "Contracts_PrimeAwardSummaries_2025-03-28_H02M59S08_1.csv");

  @TempDir Path dir;

  @Test
  void a_real_download_and_its_zip_import_and_list_as_contracts() throws Exception {
    assumeTrue(Files.exists(REAL), "../shared is absent");
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    CliRunner.Result r = cli.run("import", "usaspending", REAL.toString(), "--grade", "E1");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode contracts = JSON.readTree(cli.run("contracts", "--json").out()).get("contracts");
    assertThat(contracts).hasSize(5);
    assertThat(contracts.get(0).get("unitPath").size()).isGreaterThanOrEqualTo(2);
    assertThat(contracts.get(0).get("suppliers")).isNotEmpty();

    Path zip = dir.resolve("download.zip");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry(REAL.getFileName().toString()));
      Files.copy(REAL, out);
      out.closeEntry();
      out.putNextEntry(new ZipEntry("Data_Dictionary.txt"));
      out.write("not a contracts file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }
    CliRunner other = new CliRunner(dir.resolve("ws-zip"));
    CliRunner.Result z = other.run("import", "usaspending", zip.toString());
    assertThat(z.exit()).as(z.toString()).isZero();
    JsonNode sources = JSON.readTree(other.run("sources", "--json").out());
    assertThat(sources.get(0).get("mediaType").asText()).isEqualTo("application/zip");
    String id = contracts.get(0).get("id").asText();
    assertThat(other.run("show", id).out())
        .contains("download.zip row:" + REAL.getFileName() + ":");
  }

  /** Four real rows of a transactions download (in the ingest module's test data). */
  private static final Path TRANSACTIONS =
      Path.of(
          "../vigilance-ingest/src/test/resources/org/vigilance/ingest/usaspending/"
              + "Contracts_PrimeTransactions_2017-05-01_sample.csv");

  @Test
  void a_transactions_download_lists_its_contracts_with_dates_and_values() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("ws-transactions"));
    CliRunner.Result r = cli.run("import", "usaspending", TRANSACTIONS.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode contracts = JSON.readTree(cli.run("contracts", "--json").out()).get("contracts");
    assertThat(contracts).hasSize(3);
    JsonNode twoActions = contracts.get(0);
    for (JsonNode c : contracts) {
      assertThat(c.get("date").isNull()).as("a date for %s", c).isFalse();
      assertThat(c.get("value").isNull()).as("a value for %s", c).isFalse();
      if (c.get("name").asText().equals("DJB200247")) {
        twoActions = c;
      }
    }
    assertThat(twoActions.get("name").asText()).isEqualTo("DJB200247");
    // no total obligated in these rows: the sum of the two actions' obligations
    assertThat(twoActions.get("value").asText()).isEqualTo("12113.25");
    assertThat(twoActions.get("date").asText()).isEqualTo("2017-05-02");
  }

  @Test
  void a_newer_download_adds_the_changed_values_and_keeps_the_history() throws Exception {
    assumeTrue(Files.exists(REAL), "../shared is absent");
    String original = Files.readString(REAL);
    assertThat(original).contains("16000.00");
    Path newer = dir.resolve("Contracts_PrimeAwardSummaries_2025-06-01_newer_1.csv");
    Files.writeString(newer, original.replaceFirst("16000\\.00", "17500.00"));
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    assertThat(cli.run("import", "usaspending", REAL.toString()).exit()).isZero();
    assertThat(cli.run("import", "usaspending", REAL.toString()).out())
        .contains("Already imported: nothing added");
    assertThat(cli.run("import", "usaspending", newer.toString()).exit()).isZero();
    String id = "usaspending-award:CONT_AWD_70CDCR20P00000053_7012_-NONE-_-NONE-";
    JsonNode amounts =
        JSON.readTree(cli.run("show", id, "--json").out()).get("properties").get("amount");
    assertThat(amounts).hasSize(2);
    assertThat(amounts.get(0).get("value").asText()).isEqualTo("16000.00");
    assertThat(amounts.get(0).get("sources").get(0).get("name").asText())
        .isEqualTo(REAL.getFileName().toString());
    assertThat(amounts.get(1).get("value").asText()).isEqualTo("17500.00");
    assertThat(amounts.get(1).get("sources").get(0).get("name").asText())
        .isEqualTo(newer.getFileName().toString());
  }

  @Test
  void a_file_that_is_not_a_usaspending_download_is_refused_before_anything_is_imported()
      throws Exception {
    Path headerless = dir.resolve("headerless.csv");
    Files.writeString(headerless, "CONT_AWD_1,70CDCR18P00000012,1000.00\n");
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    CliRunner.Result r = cli.run("import", "usaspending", headerless.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("lacks the columns").contains("contract_award_unique_key");
    assertThat(JSON.readTree(cli.run("sources", "--json").out())).isEmpty();
  }
}
