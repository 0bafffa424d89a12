package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled demo case end to end: {@code vigilance demo} builds the workspace from the case's
 * data through the real commands, and what it prints follows from the evidence and its grades.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCaseTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CliRunner cli;
  private CliRunner.Result demo;

  @BeforeAll
  void runTheDemo(@TempDir Path dir) {
    cli =
        new CliRunner(dir.resolve("ws"))
            .clock(Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));
    demo = cli.run("demo");
    assertThat(demo.exit()).as(demo.toString()).isZero();
  }

  @Test
  void every_step_ran_and_the_evidence_verifies() {
    assertThat(demo.out())
        .contains("Building the case:")
        .doesNotContain("FAILED")
        .contains("OK: the journal chain, every batch and every blob match.");
  }

  @Test
  void contracts_are_listed_by_agency_unit_with_totals_and_citations() throws Exception {
    assertThat(demo.out())
        .contains("Mission Support Washington < U.S. Immigration and")
        .contains("[E1 ice-awards-palantir.csv row:2]")
        .contains("92,489,289.21");
    JsonNode contracts =
        JSON.readTree(
            cli.run(
                    "contracts",
                    "--supplier",
                    "palantir-technologies",
                    "--include-subsidiaries",
                    "--json")
                .out());
    assertThat(contracts.get("contracts")).hasSize(3);
    for (JsonNode c : contracts.get("contracts")) {
      // cross-referencing joined the mapping's offices with the hierarchy DHS > ICE
      assertThat(c.get("unitPath").toString())
          .contains("U.S. Immigration and Customs Enforcement")
          .contains("U.S. Department of Homeland Security");
    }
  }

  @Test
  void the_only_hsi_claim_is_contested_as_its_e3_evidence_dictates() throws Exception {
    JsonNode ledger =
        JSON.readTree(cli.run("claims", "--about", "palantir-technologies", "--json").out());
    JsonNode c1 = JSON.createObjectNode();
    for (JsonNode claim : ledger.get("claims")) {
      if (claim.get("id").asText().equals("claim:C1-only-hsi")) {
        c1 = claim;
      }
    }
    assertThat(c1.has("status")).as(ledger.toPrettyString()).isTrue();
    // contradicted only by credible third parties (E3), not by an official record (E1)
    assertThat(c1.get("status").asText()).isEqualTo("contested");
    assertThat(c1.toString()).contains("\"grade\":\"E3\"").doesNotContain("\"grade\":\"E1\"");
    assertThat(demo.out()).contains("claim:C1-only-hsi  CONTESTED");
  }

  @Test
  void the_letter_was_answered_and_the_assessment_is_scored() {
    assertThat(demo.out())
        .contains("letter:amnesty-2020-09-10")
        .contains("claims taken from it: claim:C1-only-hsi (contested)")
        .contains("2020-09-28  vigilance-hrdd@2026.1")
        .contains("C-04  level 1")
        .contains("I-01  level 0");
  }

  @Test
  void the_recommendation_names_its_reasons_with_their_evidence() {
    String out = demo.out();
    assertThat(out)
        .contains(
            "RF-01 Product able to identify or track people at a unit with documented impacts")
        .contains("Recommendation (RC-1): Suspend services pending due diligence")
        .contains("[severe-contribution]")
        .contains("[no-impact-assessment]")
        .contains("[scope-claim-disputed]");
    String reasons = out.substring(out.indexOf("Recommendation (RC-1)"));
    assertThat(reasons).contains("press-release-2020-09-28-fr.txt").contains("E3");
  }

  @Test
  void running_the_demo_again_adds_nothing() {
    CliRunner.Result again = cli.run("demo");
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(again.out()).isEqualTo(demo.out());
  }

  @Test
  void no_affected_person_is_recorded() throws Exception {
    JsonNode stats = JSON.readTree(cli.run("stats", "--json").out());
    assertThat(stats.toString()).doesNotContain("\"Person\"");
  }
}
