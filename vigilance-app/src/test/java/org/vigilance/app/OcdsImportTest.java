package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.cli.ExitCodes;

/** {@code vigilance import ocds}, end to end. */
class OcdsImportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path OCDS = Path.of("../../shared/data/ocds");

  @TempDir Path dir;

  @Test
  void the_releases_of_a_contracting_process_compile_into_a_contract_with_its_supplier()
      throws Exception {
    Path releases = OCDS.resolve("examples/fictional-example/1.1");
    assumeTrue(Files.isDirectory(releases), "../shared is absent");
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    try (var files = Files.list(releases)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        CliRunner.Result r = cli.run("import", "ocds", file.toString(), "--grade", "E1");
        assertThat(r.exit()).as(file + "\n" + r).isZero();
      }
    }
    JsonNode contracts = JSON.readTree(cli.run("contracts", "--json").out()).get("contracts");
    assertThat(contracts).hasSize(1);
    JsonNode contract = contracts.get(0);
    assertThat(contract.get("suppliers").get(0).get("name").asText())
        .isEqualTo("AnyCorp Cycle Provision");
    assertThat(contract.get("unit").get("name").asText()).isEqualTo("London Borough of Barnet");
    assertThat(contract.get("currency").asText()).isEqualTo("GBP");
    String id = contract.get("id").asText();
    assertThat(cli.run("show", id).out()).contains(" release:").contains(" record:");
  }

  @Test
  void input_that_is_not_ocds_is_refused_before_anything_is_imported() throws Exception {
    Path number = dir.resolve("number.json");
    Files.writeString(number, "42\n");
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    CliRunner.Result r = cli.run("import", "ocds", number.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("not OCDS: the file holds a JSON number");
    assertThat(JSON.readTree(cli.run("sources", "--json").out())).isEmpty();
  }
}
