package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.cli.ExitCodes;

/** {@code vigilance import csv FILE --mapping MAPPING.yml}, end to end. */
class CsvMappingImportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ICE = Path.of("../../shared/demo-case/ice-awards-palantir.csv");
  private static final Path EXPERTS =
      Path.of("../../shared/data/documents/aleph-fixtures/aleph/tests/fixtures");

  @TempDir Path dir;

  private Path demoMapping() throws Exception {
    Path mapping = dir.resolve("ice-awards.yml");
    try (InputStream in = Wiring.class.getResourceAsStream("demo/ice-awards.yml")) {
      assertThat(in).isNotNull();
      Files.copy(in, mapping);
    }
    return mapping;
  }

  @Test
  void the_demo_case_rows_become_contracts_with_supplier_parent_and_office() throws Exception {
    assumeTrue(Files.exists(ICE), "../shared is absent");
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    CliRunner.Result r =
        cli.run(
            "import",
            "csv",
            ICE.toString(),
            "--mapping",
            demoMapping().toString(),
            "--grade",
            "E1");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode contracts = JSON.readTree(cli.run("contracts", "--json").out()).get("contracts");
    List<String> names = new ArrayList<>();
    contracts.forEach(c -> names.add(c.get("name").asText()));
    assertThat(names)
        .containsExactlyInAnyOrder("HSCETC14C00002", "HSCETC15C00001", "70CMSD18FR0000094");
    JsonNode subsidiary =
        JSON.readTree(
            cli.run(
                    "contracts",
                    "--json",
                    "--supplier",
                    "Palantir Technologies",
                    "--include-subsidiaries")
                .out());
    assertThat(subsidiary.get("contracts")).hasSize(3);
    JsonNode parentOnly =
        JSON.readTree(cli.run("contracts", "--json", "--supplier", "Palantir Technologies").out());
    assertThat(parentOnly.get("contracts")).hasSize(2);
  }

  @Test
  void the_aleph_experts_mapping_works_unchanged() throws Exception {
    assumeTrue(Files.exists(EXPERTS), "../shared is absent");
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    CliRunner.Result r =
        cli.run(
            "import",
            "csv",
            EXPERTS.resolve("experts.csv").toString(),
            "--mapping",
            EXPERTS.resolve("experts.yml").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode stats = JSON.readTree(cli.run("stats", "--json").out());
    assertThat(stats.get("entitiesBySchema").get("Membership").asLong()).isEqualTo(14);
  }

  @Test
  void a_bad_mapping_or_no_mapping_fails_before_anything_is_imported() throws Exception {
    Path csv = dir.resolve("rows.csv");
    Files.writeString(csv, "name,country\nACME,us\n");
    Path mapping = dir.resolve("bad.yml");
    Files.writeString(
        mapping,
        """
        rows:
          queries:
            - entities:
                company:
                  schema: Company
                  key: name
                  properties:
                    name:
                      column: nmae
        """);
    CliRunner cli = new CliRunner(dir.resolve("ws"));
    CliRunner.Result bad =
        cli.run("import", "csv", csv.toString(), "--mapping", mapping.toString());
    assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("bad.yml").contains("'nmae'").contains("rows.csv");
    CliRunner.Result none = cli.run("import", "csv", csv.toString());
    assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("needs --mapping");
    assertThat(JSON.readTree(cli.run("sources", "--json").out())).isEmpty();
  }
}
