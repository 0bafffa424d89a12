package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.cli.ExitCodes;

/**
 * {@code vigilance letter add|respond|list} end to end, on a fixed clock: every state, the overdue
 * flag, the claims taken from a response, response rates, idempotence and bad input.
 */
class LetterCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** "Today" for these tests: 10 October 2020. */
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2020-10-10T12:00:00Z"), ZoneOffset.UTC);

  private static final String ACTORS =
      """
      {"id":"org:vendor","schema":"Company","properties":{"name":["Vendor Analytics Inc."]}}
      {"id":"org:other","schema":"Company","properties":{"name":["Other Corp."]}}
      {"id":"org:counsel","schema":"Company","properties":{"name":["Vendor's Counsel LLP"]}}
      {"id":"org:ngo","schema":"Organization","properties":{"name":["Rights Watch"]}}
      """;

  @TempDir Path dir;

  private CliRunner cli;

  private CliRunner.Result ok(String... args) {
    CliRunner.Result r = cli.run(args);
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }

  private CliRunner.Result refused(String... args) {
    CliRunner.Result r = cli.run(args);
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    return r;
  }

  @BeforeEach
  void actors() throws Exception {
    cli = new CliRunner(dir.resolve("ws")).clock(TODAY);
    Path actors = dir.resolve("actors.ftm.jsonl");
    Files.writeString(actors, ACTORS, StandardCharsets.UTF_8);
    ok("import", "ftm", actors.toString(), "--grade", "E3");
    ok("cite", "--id", "doc:reply", "--title", "Reply of Vendor Analytics", "--grade", "E2");
  }

  /**
   * L1 answered late (with a claim taken from the reply), L2 overdue, L3 awaiting, L4 answered (no
   * deadline, answered by counsel).
   */
  private void letters() {
    ok(
        "letter",
        "add",
        "--id",
        "L1",
        "--from",
        "org:ngo",
        "--to",
        "org:vendor",
        "--date",
        "2020-09-01",
        "--deadline",
        "2020-09-15",
        "--subject",
        "Due diligence on agency contracts",
        "--questions",
        "Which units use your products?",
        "--questions",
        "Did you assess the risks?");
    ok("letter", "respond", "L1", "--id", "R1", "--date", "2020-09-20", "--document", "doc:reply");
    ok(
        "claim",
        "add",
        "--id",
        "C1",
        "--speaker",
        "org:vendor",
        "--date",
        "2020-09-20",
        "--text",
        "We serve only the investigations unit.",
        "--about",
        "org:vendor",
        "--source",
        "doc:reply");
    ok(
        "letter",
        "add",
        "--id",
        "L2",
        "--from",
        "org:ngo",
        "--to",
        "org:vendor",
        "--date",
        "2020-09-16",
        "--deadline",
        "2020-09-30");
    ok(
        "letter",
        "add",
        "--id",
        "L3",
        "--from",
        "org:ngo",
        "--to",
        "org:other",
        "--date",
        "2020-10-01",
        "--deadline",
        "2020-10-20");
    ok(
        "letter",
        "add",
        "--id",
        "L4",
        "--from",
        "org:ngo",
        "--to",
        "org:vendor",
        "--date",
        "2020-09-17");
    ok("letter", "respond", "L4", "--id", "R4", "--date", "2020-10-01", "--from", "org:counsel");
  }

  @Test
  void list_shows_each_letter_state_the_overdue_flag_replies_claims_and_rates() {
    letters();
    String text = ok("letter", "list").out();
    assertThat(text)
        .contains("Letters as of 2020-10-10: 4 letter(s), 1 overdue")
        .contains(
            "L1  2020-09-01  Rights Watch -> Vendor Analytics Inc.  [E4 letter add L1 line:1]")
        .contains("subject: Due diligence on agency contracts")
        .contains("question: Which units use your products?")
        .contains("deadline 2020-09-15: answered late (5 days after the deadline)")
        .contains("reply R1  2020-09-20  from Vendor Analytics Inc.  [E2 letter respond L1 R1")
        .contains("response: \"Reply of Vendor Analytics\" (doc:reply)  [E2 cite doc:reply line:1]")
        .contains("claims taken from it: C1 (unverified)")
        .contains("deadline 2020-09-30: !! OVERDUE: no reply, 10 days past the deadline")
        .contains("deadline 2020-10-20: awaiting a reply (10 days left)")
        .contains("no deadline: answered")
        .contains("reply R4  2020-10-01  from Vendor's Counsel LLP")
        .containsPattern("Vendor Analytics Inc\\. \\(org:vendor\\)\\s+3\\s+2\\s+1\\s+1\\s+0\\s+67%")
        .containsPattern("Other Corp\\. \\(org:other\\)\\s+1\\s+0\\s+0\\s+0\\s+1\\s+-");
  }

  @Test
  void list_as_json_gives_states_replies_claims_and_rates() throws Exception {
    letters();
    JsonNode json = JSON.readTree(ok("letter", "list", "--json").out());
    assertThat(json.get("today").asText()).isEqualTo("2020-10-10");
    Map<String, JsonNode> letters = new HashMap<>();
    json.get("letters").forEach(l -> letters.put(l.get("id").asText(), l));
    java.util.function.Function<String, JsonNode> byId =
        id -> java.util.Objects.requireNonNull(letters.get(id), id);
    assertThat(byId.apply("L1").get("state").asText()).isEqualTo("answered_late");
    assertThat(byId.apply("L2").get("state").asText()).isEqualTo("overdue");
    assertThat(byId.apply("L2").get("overdue").asBoolean()).isTrue();
    assertThat(byId.apply("L3").get("state").asText()).isEqualTo("awaiting");
    assertThat(byId.apply("L4").get("state").asText()).isEqualTo("answered");
    JsonNode r1 = byId.apply("L1").get("replies").get(0);
    assertThat(r1.get("id").asText()).isEqualTo("R1");
    assertThat(r1.get("senders").get(0).get("id").asText()).isEqualTo("org:vendor");
    assertThat(r1.get("documents").get(0).get("grade").asText()).isEqualTo("E2");
    assertThat(r1.get("claims").get(0).get("id").asText()).isEqualTo("C1");
    assertThat(r1.get("citation").get("grade").asText()).isEqualTo("E2");
    assertThat(byId.apply("L1").get("questions")).hasSize(2);
    JsonNode vendor = json.get("responseRates").get(0);
    assertThat(vendor.get("recipient").get("id").asText()).isEqualTo("org:vendor");
    assertThat(vendor.get("letters").asInt()).isEqualTo(3);
    assertThat(vendor.get("overdue").asInt()).isEqualTo(1);
    assertThat(vendor.get("rate").asDouble())
        .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json.get("responseRates").get(1).get("rate").isNull()).isTrue();
  }

  @Test
  void today_comes_from_the_clock() {
    letters();
    CliRunner earlier =
        new CliRunner(dir.resolve("ws"))
            .clock(Clock.fixed(Instant.parse("2020-09-25T00:00:00Z"), ZoneOffset.UTC));
    String text = earlier.run("letter", "list").out();
    assertThat(text)
        .contains("Letters as of 2020-09-25: 4 letter(s), 0 overdue")
        .contains("deadline 2020-09-30: awaiting a reply (5 days left)");
  }

  @Test
  void the_same_letter_twice_is_recorded_once() {
    String[] add = {
      "letter",
      "add",
      "--id",
      "L1",
      "--from",
      "org:ngo",
      "--to",
      "org:vendor",
      "--date",
      "2020-09-01",
      "--deadline",
      "2020-09-15"
    };
    assertThat(ok(add).out()).contains("recorded: Correspondence L1");
    assertThat(ok(add).out()).contains("already recorded: Correspondence L1");
    String[] respond = {"letter", "respond", "L1", "--id", "R1", "--date", "2020-09-10"};
    ok(respond);
    assertThat(ok(respond).out()).contains("already recorded: Correspondence R1");
    assertThat(ok("letter", "list").out()).containsOnlyOnce("reply R1");
  }

  @Test
  void bad_input_names_the_field_and_value_and_writes_nothing() {
    ok(
        "letter",
        "add",
        "--id",
        "L1",
        "--from",
        "org:ngo",
        "--to",
        "org:vendor",
        "--date",
        "2020-09-01",
        "--deadline",
        "2020-09-15");
    ok("letter", "respond", "L1", "--id", "R1", "--date", "2020-09-10");
    ok("cite", "--id", "doc:other", "--title", "Another document", "--grade", "E3");
    ok(
        "claim",
        "add",
        "--id",
        "C2",
        "--speaker",
        "org:vendor",
        "--date",
        "2020-09-20",
        "--text",
        "Elsewhere.",
        "--about",
        "org:vendor",
        "--source",
        "doc:other");
    String before = ok("sources").out();
    String[] letter = {"letter", "add", "--id", "L9", "--from", "org:ngo", "--to"};
    assertThat(refused(concat(letter, "org:nobody", "--date", "2020-09-01")).err())
        .contains("--to: no entity 'org:nobody' in the workspace");
    assertThat(refused(concat(letter, "doc:reply", "--date", "2020-09-01")).err())
        .contains("--to: 'doc:reply' is a Document, not a LegalEntity");
    assertThat(refused(concat(letter, "org:vendor", "--date", "2020-09")).err())
        .contains("--date: '2020-09' is not a date in the form YYYY-MM-DD");
    assertThat(
            refused(
                    concat(
                        letter, "org:vendor", "--date", "2020-09-01", "--deadline", "2020-08-31"))
                .err())
        .contains("--deadline: 2020-08-31 is before the letter's date 2020-09-01");
    assertThat(refused(concat(letter, "org:ngo", "--date", "2020-09-01")).err())
        .contains("--to: 'org:ngo' is also the sender");
    assertThat(refused("letter", "add", "--id", "L9", "--from", "org:ngo").err())
        .contains("Missing required options");
    String[] respond = {"letter", "respond"};
    assertThat(refused(concat(respond, "org:vendor", "--id", "R9", "--date", "2020-09-20")).err())
        .contains("LETTER: 'org:vendor' is a Company, not a Correspondence");
    assertThat(refused(concat(respond, "R1", "--id", "R9", "--date", "2020-09-20")).err())
        .contains("LETTER: 'R1' is itself a response (to L1)");
    assertThat(refused(concat(respond, "L1", "--id", "R9", "--date", "2020-08-20")).err())
        .contains("--date: 2020-08-20 is before the letter's date 2020-09-01");
    assertThat(
            refused(concat(respond, "L1", "--id", "R9", "--date", "2020-09-20", "--claim", "C2"))
                .err())
        .contains("--claim: needs --document");
    assertThat(
            refused(
                    concat(
                        respond,
                        "L1",
                        "--id",
                        "R9",
                        "--date",
                        "2020-09-20",
                        "--document",
                        "doc:reply",
                        "--claim",
                        "C2"))
                .err())
        .contains("--claim: 'C2' was not made in doc:reply (its source is doc:other)");
    assertThat(refused("letter").err()).contains("Usage: vigilance letter");
    assertThat(ok("sources").out()).isEqualTo(before);
    // a claim made in the response's document is accepted by --claim
    ok(
        "claim",
        "add",
        "--id",
        "C3",
        "--speaker",
        "org:vendor",
        "--date",
        "2020-09-20",
        "--text",
        "In the reply.",
        "--about",
        "org:vendor",
        "--source",
        "doc:reply");
    ok(
        concat(
            respond,
            "L1",
            "--id",
            "R9",
            "--date",
            "2020-09-20",
            "--document",
            "doc:reply",
            "--claim",
            "C3"));
  }

  private static String[] concat(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
