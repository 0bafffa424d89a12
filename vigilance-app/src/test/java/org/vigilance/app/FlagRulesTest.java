package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.redflag.ChangeAfterImpact;
import org.vigilance.core.redflag.ContradictedClaim;
import org.vigilance.core.redflag.HighRiskProductAtImpactedUnit;
import org.vigilance.core.redflag.NonCompetitiveAward;
import org.vigilance.core.redflag.OverdueLetter;
import org.vigilance.core.redflag.RedFlag;
import org.vigilance.core.redflag.Step;
import org.vigilance.core.redflag.VendorCase;

/** Each red-flag rule on a small graph, with a case that raises it and one that does not. */
class FlagRulesTest {
  @TempDir Path dir;

  private static final String CLAIM =
      """
      {"id":"cl:1","schema":"Claim","properties":{"speaker":["co:acme"],"text":["Our contracts serve only the Investigations Unit."],"date":["2020-09-20"],"indicators":["A-04"]}}
      {"id":"el:1","schema":"EvidenceLink","properties":{"claim":["cl:1"],"relation":["contradicts"],"document":["DOC"],"quote":["the system is used by the Removals Unit"]}}
      """;

  private static final String LETTER =
      """
      {"id":"let:1","schema":"Correspondence","properties":{"sender":["org:ngo"],"recipient":["co:acme-gov"],"subject":["Concerns about the contracts"],"date":["2020-09-10"],"deadline":["2020-09-20"]}}
      """;

  private static List<Step.Kind> kinds(RedFlag flag) {
    return flag.path().stream().map(Step::kind).toList();
  }

  private FlagCase withReport(String report) throws Exception {
    return new FlagCase(dir)
        .add("records.ftm.jsonl", EvidenceGrade.E1, FlagCase.BASE_RECORDS)
        .add("report.ftm.jsonl", EvidenceGrade.E3, report);
  }

  // ---- RF-01

  @Test
  void rf01_flags_a_product_able_to_identify_people_when_an_impact_names_it() throws Exception {
    VendorCase vendor = FlagCase.base(dir).vendor("co:acme", "2026-01-01");
    List<RedFlag> flags = new HighRiskProductAtImpactedUnit().apply(vendor);
    assertThat(flags).hasSize(1);
    RedFlag flag = flags.get(0);
    assertThat(flag.rule()).isEqualTo("RF-01");
    assertThat(flag.explanation())
        .contains("CaseSys (identify-persons) is deployed at Investigations Unit")
        .contains("family life")
        .contains("Workplace raids");
    assertThat(kinds(flag))
        .containsExactly(
            Step.Kind.VENDOR,
            Step.Kind.SUBSIDIARY,
            Step.Kind.CONTRACT,
            Step.Kind.UNIT,
            Step.Kind.PRODUCT,
            Step.Kind.UNIT,
            Step.Kind.EVENT,
            Step.Kind.IMPACT);
    // every step is cited; the award and the hierarchy by the official records
    assertThat(flag.path()).allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
    assertThat(flag.path().get(2).citations().get(0).grade()).isEqualTo(EvidenceGrade.E1);
    assertThat(flag.path().get(5).note()).contains("includes Investigations Unit");
    assertThat(flag.path().get(5).citations())
        .anySatisfy(c -> assertThat(c.grade()).isEqualTo(EvidenceGrade.E1));
    assertThat(flag.path().get(7).evidence())
        .singleElement()
        .satisfies(e -> assertThat(e.document().id().value()).isEqualTo("doc:report"));
  }

  @Test
  void rf01_does_not_flag_a_product_without_an_identifying_capability() throws Exception {
    String report =
        FlagCase.report(List.of("case-management"), "pb:inv", "pb:agency", true, "2019-08");
    VendorCase vendor = withReport(report).vendor("co:acme", "2026-01-01");
    assertThat(new HighRiskProductAtImpactedUnit().apply(vendor)).isEmpty();
  }

  @Test
  void rf01_relates_units_up_and_down_the_hierarchy_but_not_siblings() throws Exception {
    List<String> caps = List.of("identify-persons");
    // the product at the Investigations Unit, the impact at the Removals Unit: siblings
    VendorCase siblings =
        withReport(FlagCase.report(caps, "pb:inv", "pb:rem", false, "2019-08"))
            .vendor("co:acme", "2026-01-01");
    assertThat(new HighRiskProductAtImpactedUnit().apply(siblings)).isEmpty();

    // the impact documented at the agency, above the unit the product is deployed at
    VendorCase above =
        new FlagCase(dir.resolve("above"))
            .add("records.ftm.jsonl", EvidenceGrade.E1, FlagCase.BASE_RECORDS)
            .add(
                "report.ftm.jsonl",
                EvidenceGrade.E3,
                FlagCase.report(caps, "pb:inv", "pb:agency", false, "2019-08"))
            .vendor("co:acme", "2026-01-01");
    List<RedFlag> flags = new HighRiskProductAtImpactedUnit().apply(above);
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).explanation())
        .contains("documented at a unit above the product's unit");

    // the product deployed at the agency, the impact at a unit within it
    VendorCase within =
        new FlagCase(dir.resolve("within"))
            .add("records.ftm.jsonl", EvidenceGrade.E1, FlagCase.BASE_RECORDS)
            .add(
                "report.ftm.jsonl",
                EvidenceGrade.E3,
                FlagCase.report(caps, "pb:agency", "pb:rem", false, "2019-08"))
            .vendor("co:acme", "2026-01-01");
    flags = new HighRiskProductAtImpactedUnit().apply(within);
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).explanation()).contains("within the product's unit");
    assertThat(flags.get(0).path().get(5).note()).contains("part of Enforcement Agency");
  }

  @Test
  void rf01_places_a_product_at_the_awarding_unit_of_the_contract_it_is_deployed_under()
      throws Exception {
    // a deployment that names only the contract: the product is where the contract was awarded
    String report =
        FlagCase.report(List.of("track-location"), "pb:inv", "pb:agency", false, "2019-08")
            .replace("\"unit\":[\"pb:inv\"],", "");
    List<RedFlag> flags =
        new HighRiskProductAtImpactedUnit()
            .apply(withReport(report).vendor("co:acme", "2026-01-01"));
    assertThat(flags)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.explanation())
                  .contains("is supplied under contract C-1, awarded by Mission Support Office");
              assertThat(f.path().get(3).note()).isEqualTo("awarded the contract");
            });
  }

  // ---- RF-02

  @Test
  void rf02_flags_a_claim_of_the_vendor_contradicted_by_an_official_record() throws Exception {
    VendorCase vendor =
        FlagCase.base(dir)
            .add("reply.ftm.jsonl", EvidenceGrade.E2, CLAIM.replace("DOC", "doc:record"))
            .vendor("co:acme", "2026-01-01");
    List<RedFlag> flags = new ContradictedClaim().apply(vendor);
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).explanation())
        .contains("Acme Analytics Inc. said \"Our contracts serve only the Investigations Unit.\"")
        .contains("official record (E1)")
        .contains("Agency privacy impact assessment");
    assertThat(kinds(flags.get(0)))
        .containsExactly(Step.Kind.VENDOR, Step.Kind.CLAIM, Step.Kind.EVIDENCE);
    assertThat(flags.get(0).path().get(2).evidence().get(0).grade()).isEqualTo(EvidenceGrade.E1);
  }

  @Test
  void rf02_does_not_flag_a_claim_only_contested_by_credible_sources() throws Exception {
    VendorCase vendor =
        FlagCase.base(dir)
            .add("reply.ftm.jsonl", EvidenceGrade.E2, CLAIM.replace("DOC", "doc:report"))
            .vendor("co:acme", "2026-01-01");
    assertThat(new ContradictedClaim().apply(vendor)).isEmpty();
  }

  // ---- RF-03

  @Test
  void rf03_flags_a_letter_to_a_subsidiary_unanswered_after_its_deadline() throws Exception {
    FlagCase c = FlagCase.base(dir).add("letter.ftm.jsonl", EvidenceGrade.E3, LETTER);
    List<RedFlag> flags = new OverdueLetter().apply(c.vendor("co:acme", "2020-10-01"));
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).explanation())
        .contains("Rights Watchers wrote to Acme Government LLC on 2020-09-10")
        .contains("by 2020-09-20")
        .contains("11 days after the deadline");
    assertThat(kinds(flags.get(0)))
        .containsExactly(Step.Kind.VENDOR, Step.Kind.SUBSIDIARY, Step.Kind.LETTER);
  }

  @Test
  void rf03_does_not_flag_a_letter_before_its_deadline_or_one_answered() throws Exception {
    FlagCase c = FlagCase.base(dir).add("letter.ftm.jsonl", EvidenceGrade.E3, LETTER);
    assertThat(new OverdueLetter().apply(c.vendor("co:acme", "2020-09-15"))).isEmpty();
    c.add(
        "reply.ftm.jsonl",
        EvidenceGrade.E2,
        """
        {"id":"let:2","schema":"Correspondence","properties":{"sender":["co:acme"],"recipient":["org:ngo"],"date":["2020-09-25"],"inReplyTo":["let:1"]}}
        """);
    assertThat(new OverdueLetter().apply(c.vendor("co:acme", "2020-10-01"))).isEmpty();
  }

  // ---- RF-04

  @Test
  void rf04_flags_a_modification_after_a_documented_impact_with_no_new_assessment()
      throws Exception {
    VendorCase vendor = FlagCase.base(dir).vendor("co:acme", "2026-01-01");
    List<RedFlag> flags = new ChangeAfterImpact().apply(vendor);
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).explanation())
        .contains("Contract C-1: modification P00005")
        .contains("on 2019-09-15")
        .contains("for 2019-08")
        .contains("no due-diligence assessment of the vendor or the contract is recorded");
    List<Step.Kind> kinds = kinds(flags.get(0));
    assertThat(kinds.subList(2, 4)).containsExactly(Step.Kind.CONTRACT, Step.Kind.CHANGE);
    assertThat(kinds.get(kinds.size() - 1)).isEqualTo(Step.Kind.IMPACT);
  }

  @Test
  void rf04_does_not_flag_when_an_assessment_came_between_the_impact_and_the_change()
      throws Exception {
    String assessment =
        """
        {"id":"as:1","schema":"DueDiligenceAssessment","properties":{"subject":["co:acme"],"methodology":["vigilance-1"],"date":["DATE"]}}
        """;
    FlagCase between =
        FlagCase.base(dir)
            .add("a.ftm.jsonl", EvidenceGrade.E3, assessment.replace("DATE", "2019-09-01"));
    assertThat(new ChangeAfterImpact().apply(between.vendor("co:acme", "2026-01-01"))).isEmpty();

    // an assessment after the change does not undo a renewal decided without one
    FlagCase after =
        new FlagCase(dir.resolve("after"))
            .add("records.ftm.jsonl", EvidenceGrade.E1, FlagCase.BASE_RECORDS)
            .add("report.ftm.jsonl", EvidenceGrade.E3, FlagCase.BASE_REPORT)
            .add("a.ftm.jsonl", EvidenceGrade.E3, assessment.replace("DATE", "2020-01-01"));
    List<RedFlag> flags = new ChangeAfterImpact().apply(after.vendor("co:acme", "2026-01-01"));
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).explanation()).contains("dated between them");
  }

  @Test
  void rf04_does_not_order_a_change_before_an_impact_known_only_by_its_year() throws Exception {
    String report =
        FlagCase.report(List.of("identify-persons"), "pb:inv", "pb:agency", true, "2019");
    assertThat(new ChangeAfterImpact().apply(withReport(report).vendor("co:acme", "2026-01-01")))
        .isEmpty();
  }

  @Test
  void rf04_reaches_an_impact_through_the_awarding_unit_when_no_product_is_recorded()
      throws Exception {
    String report =
        FlagCase.report(List.of("case-management"), "pb:inv", "pb:agency", false, "2019-08")
            .lines()
            .filter(l -> !l.contains("\"Deployment\""))
            .reduce("", (a, b) -> a + b + "\n");
    List<RedFlag> flags =
        new ChangeAfterImpact().apply(withReport(report).vendor("co:acme", "2026-01-01"));
    assertThat(flags)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.explanation()).contains("documented at a unit above the product's unit");
              assertThat(kinds(f))
                  .containsExactly(
                      Step.Kind.VENDOR,
                      Step.Kind.SUBSIDIARY,
                      Step.Kind.CONTRACT,
                      Step.Kind.CHANGE,
                      Step.Kind.UNIT,
                      Step.Kind.UNIT,
                      Step.Kind.EVENT,
                      Step.Kind.IMPACT);
            });
  }

  // ---- RF-05

  @Test
  void rf05_flags_a_contract_not_competed_for_a_product_able_to_identify_people() throws Exception {
    List<RedFlag> flags =
        new NonCompetitiveAward().apply(FlagCase.base(dir).vendor("co:acme", "2026-01-01"));
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).explanation())
        .contains("Contract C-1 (sole-source: method \"NOT COMPETED\") supplies CaseSys");
    assertThat(kinds(flags.get(0)))
        .containsSubsequence(
            Step.Kind.CONTRACT, Step.Kind.PROCEDURE, Step.Kind.UNIT, Step.Kind.PRODUCT);
  }

  @Test
  void rf05_reads_a_single_offer_and_ignores_a_competed_award() throws Exception {
    String competed =
        FlagCase.BASE_RECORDS.replace(
            "\"method\":[\"NOT COMPETED\"]", "\"method\":[\"FULL AND OPEN COMPETITION\"]");
    FlagCase open =
        new FlagCase(dir)
            .add("records.ftm.jsonl", EvidenceGrade.E1, competed)
            .add("report.ftm.jsonl", EvidenceGrade.E3, FlagCase.BASE_REPORT);
    assertThat(new NonCompetitiveAward().apply(open.vendor("co:acme", "2026-01-01"))).isEmpty();

    String oneOffer =
        competed.replace(
            "\"method\":[\"FULL AND OPEN COMPETITION\"]",
            "\"method\":[\"FULL AND OPEN COMPETITION\"],\"notes\":[\"Number of offers received: 1\"]");
    FlagCase single =
        new FlagCase(dir.resolve("single"))
            .add("records.ftm.jsonl", EvidenceGrade.E1, oneOffer)
            .add("report.ftm.jsonl", EvidenceGrade.E3, FlagCase.BASE_REPORT);
    List<RedFlag> flags = new NonCompetitiveAward().apply(single.vendor("co:acme", "2026-01-01"));
    assertThat(flags)
        .singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("single offer"));
  }

  // ---- the vendor

  @Test
  void a_subsidiary_counts_for_its_parent_but_not_the_parent_for_it() throws Exception {
    FlagCase c =
        FlagCase.base(dir)
            .add(
                "letter.ftm.jsonl",
                EvidenceGrade.E3,
                LETTER.replace("\"recipient\":[\"co:acme-gov\"]", "\"recipient\":[\"co:acme\"]"));
    VendorCase parent = c.vendor("co:acme", "2020-10-01");
    assertThat(parent.members())
        .extracting(m -> m.entity().id().value())
        .containsExactly("co:acme", "co:acme-gov");
    assertThat(parent.contracts()).hasSize(1);
    assertThat(new OverdueLetter().apply(parent)).hasSize(1);

    VendorCase child = c.vendor("co:acme-gov", "2020-10-01");
    assertThat(child.members()).hasSize(1);
    assertThat(new OverdueLetter().apply(child)).isEmpty();
    // its contract still ties the product to it
    assertThat(new HighRiskProductAtImpactedUnit().apply(child)).hasSize(1);
  }

  @Test
  void flags_are_about_organisations_never_people() throws Exception {
    FlagCase c =
        FlagCase.base(dir)
            .add(
                "people.ftm.jsonl",
                EvidenceGrade.E3,
                """
                {"id":"person:1","schema":"Person","properties":{"name":["A Spokesperson"]}}
                """);
    assertThatThrownBy(() -> c.vendor("person:1", "2026-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never people");
  }
}
