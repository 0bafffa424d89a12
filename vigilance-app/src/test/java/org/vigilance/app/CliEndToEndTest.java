package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.cli.ExitCodes;
import org.vigilance.core.evidence.ContentHash;

/** The commands of the foundation issue, end to end on a real workspace. */
class CliEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static final String GOOD =
      """
      {"id":"acme","schema":"Company","properties":{"name":["ACME Analytics Inc."],"country":["us"]}}
      {"id":"agency","schema":"PublicBody","properties":{"name":["Border Agency"],"country":["us"]}}

      {"id":"acme","schema":"Company","properties":{"name":["ACME Analytics"],"incorporationDate":["2003-05-06"]}}
      """;

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private CliRunner cli() {
    return new CliRunner(dir.resolve("ws"));
  }

  @Test
  void demo_builds_the_case_workspace_and_prints_its_report() {
    CliRunner.Result r = cli().run("demo");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("Building the case:")
        .contains("Contracts by agency unit")
        .contains("HSCETC14C00002")
        .contains("[E1 ice-awards-palantir.csv row:2]")
        .contains("Mission Support Washington < U.S. Immigration and")
        .contains("OK: the journal chain, every batch and every blob match.");
    CliRunner.Result again = cli().run("demo");
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(again.out()).isEqualTo(r.out());
  }

  @Test
  void the_command_list_gives_each_command_one_whole_line() {
    CliRunner.Result r = cli().run("--help");
    assertThat(r.exit()).isZero();
    String list = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Exit codes"));
    List<String> lines = list.lines().skip(1).filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSizeGreaterThan(20);
    for (String line : lines) {
      // a summary cut at the width would go on, unnamed, on the next line
      assertThat(line).as("one line per command").matches("  [a-z-]+ +\\S.*");
      assertThat(line.strip()).as("a whole sentence").endsWith(".");
    }
  }

  @Test
  void every_subcommand_answers_help() {
    for (String[] args :
        List.of(
            new String[] {"show", "--help"},
            new String[] {"claim", "add", "--help"},
            new String[] {"letter", "respond", "--help"},
            new String[] {"flags", "-h"})) {
      CliRunner.Result r = cli().run(args);
      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(r.out()).contains("Usage: vigilance " + args[0]);
    }
  }

  @Test
  void init_creates_the_workspace_folder() {
    CliRunner.Result r = cli().run("init");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Created workspace at");
    assertThat(dir.resolve("ws/vigilance.db")).exists();
    assertThat(dir.resolve("ws/blobs")).isDirectory();
    assertThat(cli().run("init").out()).contains("already exists");
  }

  @Test
  void the_workspace_comes_from_the_environment_when_no_option_names_it() {
    Path fromEnv = dir.resolve("from-env");
    CliRunner.Result r =
        new CliRunner(null).env("VIGILANCE_WORKSPACE", fromEnv.toString()).run("init");
    assertThat(r.exit()).isZero();
    assertThat(fromEnv.resolve("vigilance.db")).exists();
  }

  @Test
  void import_records_each_value_with_file_and_line() throws Exception {
    Path file = write("good.ftm.jsonl", GOOD);
    CliRunner.Result r =
        cli().run("import", "ftm", file.toString(), "--grade", "E1", "--sensitivity", "public");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Recorded 3 fragments; rejected 0 records.");

    JsonNode show = JSON.readTree(cli().run("show", "acme", "--json").out());
    assertThat(show.get("schema").asText()).isEqualTo("Company");
    JsonNode names = show.get("properties").get("name");
    assertThat(names).hasSize(2);
    assertThat(names.get(0).get("value").asText()).isEqualTo("ACME Analytics");
    JsonNode cite = names.get(0).get("sources").get(0);
    assertThat(cite.get("name").asText()).isEqualTo("good.ftm.jsonl");
    assertThat(cite.get("locator").asText()).isEqualTo("line:4");
    assertThat(cite.get("grade").asText()).isEqualTo("E1");
    assertThat(names.get(1).get("sources").get(0).get("locator").asText()).isEqualTo("line:1");

    JsonNode stats = JSON.readTree(cli().run("stats", "--json").out());
    assertThat(stats.get("entities").asLong()).isEqualTo(2);
    assertThat(stats.get("fragments").asLong()).isEqualTo(3);
    assertThat(stats.get("entitiesBySchema").get("PublicBody").asLong()).isEqualTo(1);

    JsonNode sources = JSON.readTree(cli().run("sources", "--json").out());
    assertThat(sources).hasSize(1);
    assertThat(sources.get(0).get("sha256").asText())
        .isEqualTo(ContentHash.of(Files.readAllBytes(file)).hex());
    assertThat(sources.get(0).get("sensitivity").asText()).isEqualTo("public");
    assertThat(sources.get(0).get("status").asText()).isEqualTo("complete");

    CliRunner.Result text = cli().run("show", "acme");
    assertThat(text.out()).contains("ACME Analytics Inc.").contains("<- good.ftm.jsonl line:1");
  }

  @Test
  void importing_the_same_file_again_adds_nothing() throws Exception {
    Path file = write("good.ftm.jsonl", GOOD);
    cli().run("import", "ftm", file.toString());
    long journal = JSON.readTree(cli().run("stats", "--json").out()).get("journalEntries").asLong();
    CliRunner.Result again = cli().run("import", "ftm", file.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("Already imported: nothing added");
    JsonNode stats = JSON.readTree(cli().run("stats", "--json").out());
    assertThat(stats.get("fragments").asLong()).isEqualTo(3);
    assertThat(stats.get("journalEntries").asLong()).isEqualTo(journal);
  }

  @Test
  void standard_input_is_stored_as_a_source_too() {
    CliRunner.Result r =
        cli().runWithInput(GOOD.getBytes(StandardCharsets.UTF_8), "import", "ftm", "-");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains(": stdin (sha256:");
    assertThat(cli().run("show", "agency").out()).contains("<- stdin line:2");
  }

  @Test
  void every_reject_reason_is_kept_with_its_line() throws Exception {
    String lines =
        String.join(
            "\n",
            "{\"id\":\"ok-1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Fine Ltd\"]}}",
            "this is not json",
            "{\"schema\":\"Company\",\"properties\":{\"name\":[\"No Id\"]}}",
            "{\"id\":\"no-schema\",\"properties\":{\"name\":[\"No Schema\"]}}",
            "{\"id\":\"x1\",\"schema\":\"Spaceship\",\"properties\":{}}",
            "{\"id\":\"x2\",\"schema\":\"Company\",\"properties\":{\"colour\":[\"red\"]}}",
            "{\"id\":\"x3\",\"schema\":\"Company\",\"properties\":{\"incorporationDate\":[\"yesterday\"]}}",
            "{\"id\":\"x4\",\"schema\":\"Company\",\"properties\":{\"country\":[\"atlantis\"]}}",
            "{\"id\":\"x5\",\"schema\":\"Company\",\"properties\":{\"name\":[42]}}",
            "{\"id\":\"ok-2\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Also Fine\"]}}");
    Path file = write("mixed.ftm.jsonl", lines + "\n");
    CliRunner.Result r = cli().run("import", "ftm", file.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.REJECTS);
    assertThat(r.out()).contains("Recorded 2 fragments; rejected 8 records.");
    Matcher m = Pattern.compile("Rejected records with line and reason: (.+)").matcher(r.out());
    assertThat(m.find()).isTrue();
    String rejects = Files.readString(Path.of(m.group(1).trim()));
    assertThat(rejects)
        .contains("# line 2: not JSON")
        .contains("\nthis is not json\n")
        .contains("# line 3, field id:")
        .contains("# line 4, field schema:")
        .contains("# line 5, field schema: unknown schema 'Spaceship'")
        .contains("# line 6, field properties.colour: schema 'Company' has no property 'colour'")
        .contains("# line 7, field properties.incorporationDate[0]: wrong value for date property")
        .contains("# line 8, field properties.country[0]: wrong value for country property")
        .contains("# line 9, field properties.name[0]:")
        .doesNotContain("# line 1:")
        .doesNotContain("# line 10");
    JsonNode stats = JSON.readTree(cli().run("stats", "--json").out());
    assertThat(stats.get("entities").asLong()).isEqualTo(2);
  }

  @Test
  void a_zero_byte_file_and_a_blank_file_are_nothing_to_import() throws Exception {
    Path empty = write("empty.jsonl", "");
    CliRunner.Result r = cli().run("import", "ftm", empty.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.EMPTY);
    assertThat(r.err()).contains("empty.jsonl is empty (0 bytes): nothing to import");
    Path blank = write("blank.jsonl", "\n   \n\n");
    CliRunner.Result b = cli().run("import", "ftm", blank.toString());
    assertThat(b.exit()).isEqualTo(ExitCodes.EMPTY);
    assertThat(b.err()).contains("holds no records");
  }

  @Test
  void lines_that_are_not_utf8_are_rejected_and_the_rest_imported() throws Exception {
    byte[] latin1 =
        ("{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Soci\u00e9t\u00e9 A\"]}}\n"
                + "{\"id\":\"b\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Plain B\"]}}\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("latin1.jsonl");
    Files.write(file, latin1);
    CliRunner.Result r = cli().run("import", "ftm", file.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.REJECTS);
    assertThat(r.out()).contains("Recorded 1 fragments; rejected 1 records.");
    Matcher m = Pattern.compile("Rejected records with line and reason: (.+)").matcher(r.out());
    assertThat(m.find()).isTrue();
    byte[] rejects = Files.readAllBytes(Path.of(m.group(1).trim()));
    String text = new String(rejects, StandardCharsets.ISO_8859_1);
    assertThat(text).contains("# line 1: not valid UTF-8");
    assertThat(text).contains("Soci\u00e9t\u00e9 A"); // the original bytes, unaltered
  }

  @Test
  void export_then_import_into_a_new_workspace_then_export_gives_the_same_entities()
      throws Exception {
    cli().run("demo");
    cli().run("import", "ftm", write("good.ftm.jsonl", GOOD).toString());
    Path first = dir.resolve("first.jsonl");
    CliRunner.Result e1 = cli().run("export", "ftm", "--output", first.toString());
    assertThat(e1.exit()).as(e1.toString()).isZero();
    CliRunner other = new CliRunner(dir.resolve("ws2"));
    CliRunner.Result i2 = other.run("import", "ftm", first.toString());
    assertThat(i2.exit()).as(i2.toString()).isZero();
    Path second = dir.resolve("second.jsonl");
    other.run("export", "ftm", "-o", second.toString());
    assertThat(Files.readAllLines(second))
        .isEqualTo(Files.readAllLines(first))
        .hasSizeGreaterThan(30);
    assertThat(Files.readString(first)).contains("\"id\":\"acme\"");
    CliRunner.Result toStdout = other.run("export", "ftm");
    assertThat(toStdout.out()).isEqualTo(Files.readString(second));
  }

  @Test
  void verify_passes_an_intact_workspace_and_names_a_tampered_blob() throws Exception {
    Path file = write("good.ftm.jsonl", GOOD);
    cli().run("import", "ftm", file.toString());
    assertThat(cli().run("verify").exit()).isZero();
    String hex = ContentHash.of(Files.readAllBytes(file)).hex();
    Path blob =
        dir.resolve("ws/blobs")
            .resolve(hex.substring(0, 2))
            .resolve(hex.substring(2, 4))
            .resolve(hex);
    blob.toFile().setWritable(true);
    try (RandomAccessFile raf = new RandomAccessFile(blob.toFile(), "rw")) {
      raf.seek(10);
      raf.write('X');
    }
    CliRunner.Result r = cli().run("verify");
    assertThat(r.exit()).isEqualTo(ExitCodes.TAMPERED);
    assertThat(r.out()).contains("DAMAGED").contains("blob sha256:" + hex + " was altered");
    JsonNode json = JSON.readTree(cli().run("verify", "--json").out());
    assertThat(json.get("intact").asBoolean()).isFalse();
  }

  @Test
  void a_workspace_from_a_newer_version_is_refused_with_a_clear_error() throws Exception {
    cli().run("init");
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ws/vigilance.db"));
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 42");
    }
    CliRunner.Result r = cli().run("stats");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("newer version of Vigilance").contains("store version 42");
  }

  @Test
  void unknown_format_missing_file_and_unknown_entity_get_clear_errors() {
    assertThat(cli().run("import", "xml", "x.xml").exit()).isEqualTo(ExitCodes.USAGE);
    CliRunner.Result missing = cli().run("import", "ftm", dir.resolve("nope.jsonl").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(missing.err()).contains("no such file");
    CliRunner.Result unknown = cli().run("show", "nobody");
    assertThat(unknown.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(unknown.err()).contains("no entity with id 'nobody'");
    assertThat(cli().run("--no-such-option").exit()).isEqualTo(ExitCodes.USAGE);
  }
}
