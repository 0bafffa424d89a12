package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigilance.app.SmallCase.e;
import static org.vigilance.core.evidence.EvidenceGrade.E1;
import static org.vigilance.core.evidence.EvidenceGrade.E2;
import static org.vigilance.core.evidence.EvidenceGrade.E3;
import static org.vigilance.core.evidence.EvidenceGrade.E4;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.diligence.ClaimStatus;
import org.vigilance.core.diligence.ClaimView;
import org.vigilance.core.diligence.Relation;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.judgement.Verdict;

/**
 * The claims ledger on small graphs: every status rule of ADR 0011 through recorded entries, the
 * grades links carry, the {@code about} filter over merged entities, and what {@code RecordEntry}
 * refuses.
 */
class ClaimLedgerTest {
  @TempDir Path dir;

  private SmallCase c;

  @BeforeEach
  void actors() {
    c = new SmallCase(dir);
    c.record(
        E3,
        e("vendor", "Company", "name", "Vendor Inc."),
        e("agency", "PublicBody", "name", "Agency"),
        e("unit", "PublicBody", "name", "Investigations unit"));
    c.document("official", E1).document("filing", E2).document("press", E3).document("blog", E4);
    c.record(
        E2,
        e(
            "claim",
            "Claim",
            "speaker",
            "vendor",
            "text",
            "We serve only the investigations unit.",
            "about",
            "agency",
            "date",
            "2019-07-12",
            "sourceDocument",
            "filing",
            "locator",
            "p. 2"));
  }

  private void link(String id, Relation relation, String document, EvidenceGrade grade) {
    c.record(
        grade,
        e(
            id,
            "EvidenceLink",
            "claim",
            "claim",
            "relation",
            relation.word(),
            "document",
            document,
            "grade",
            grade.name()));
  }

  private ClaimView only() {
    List<ClaimView> claims = ClaimView.of(c.graph(), null);
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  @Test
  void a_claim_without_evidence_is_unverified_and_cites_where_it_was_made() {
    ClaimView claim = only();
    assertThat(claim.status().status()).isEqualTo(ClaimStatus.UNVERIFIED);
    assertThat(claim.text()).isEqualTo("We serve only the investigations unit.");
    assertThat(claim.date()).isEqualTo("2019-07-12");
    assertThat(claim.speakers()).extracting(s -> s.id().value()).containsExactly("vendor");
    assertThat(claim.source()).isNotNull();
    assertThat(claim.locator()).isEqualTo("p. 2");
    assertThat(claim.citation().grade()).isEqualTo(E2);
  }

  @Test
  void an_official_record_contradicting_it_makes_it_contradicted() {
    link("l1", Relation.SUPPORTS, "press", E3);
    link("l2", Relation.CONTRADICTS, "official", E1);
    ClaimView claim = only();
    assertThat(claim.status().status()).isEqualTo(ClaimStatus.CONTRADICTED);
    assertThat(claim.evidence(Relation.CONTRADICTS))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.grade()).isEqualTo(E1);
              assertThat(Objects.requireNonNull(e.document()).id().value()).isEqualTo("official");
            });
    assertThat(claim.evidence(Relation.SUPPORTS)).hasSize(1);
  }

  @Test
  void credible_evidence_against_it_makes_it_contested() {
    link("l1", Relation.CONTRADICTS, "press", E3);
    assertThat(only().status().status()).isEqualTo(ClaimStatus.CONTESTED);
  }

  @Test
  void credible_evidence_on_both_sides_makes_it_contested() {
    link("l1", Relation.SUPPORTS, "official", E1);
    link("l2", Relation.CONTRADICTS, "press", E3);
    ClaimView claim = only();
    assertThat(claim.status().status()).isEqualTo(ClaimStatus.CONTESTED);
    assertThat(claim.status().reason()).contains("both supports and contradicts");
  }

  @Test
  void credible_support_with_nothing_credible_against_makes_it_supported() {
    link("l1", Relation.SUPPORTS, "press", E3);
    link("l2", Relation.CONTRADICTS, "blog", E4);
    link("l3", Relation.CONTEXT, "official", E1);
    ClaimView claim = only();
    assertThat(claim.status().status()).isEqualTo(ClaimStatus.SUPPORTED);
    assertThat(claim.evidence()).hasSize(3);
  }

  @Test
  void unverified_allegations_alone_leave_it_unverified() {
    link("l1", Relation.CONTRADICTS, "blog", E4);
    link("l2", Relation.SUPPORTS, "blog", E4);
    ClaimView claim = only();
    assertThat(claim.status().status()).isEqualTo(ClaimStatus.UNVERIFIED);
    assertThat(claim.status().reason()).contains("E4");
  }

  @Test
  void a_link_without_a_recorded_grade_takes_the_best_grade_of_its_document() {
    // the same document asserted by an E3 source and an E1 source: an official record
    c.record("copy", E1, null, e("press", "Document", "title", "Document press"));
    c.record(
        E4,
        e("l1", "EvidenceLink", "claim", "claim", "relation", "contradicts", "document", "press"));
    ClaimView claim = only();
    assertThat(claim.evidence())
        .singleElement()
        .extracting(ClaimView.Evidence::grade)
        .isEqualTo(E1);
    assertThat(claim.status().status()).isEqualTo(ClaimStatus.CONTRADICTED);
  }

  @Test
  void a_link_with_a_relation_or_grade_the_rules_do_not_know_does_not_stop_the_ledger() {
    c.record(
        E1,
        e("odd", "EvidenceLink", "claim", "claim", "relation", "refutes", "document", "official"),
        e(
            "graded",
            "EvidenceLink",
            "claim",
            "claim",
            "relation",
            "supports",
            "document",
            "press",
            "grade",
            "high"));
    ClaimView claim = only();
    // the odd relation is left out; the unreadable grade falls back to the document's (E3)
    assertThat(claim.evidence())
        .singleElement()
        .extracting(ClaimView.Evidence::grade)
        .isEqualTo(E3);
    assertThat(claim.status().status()).isEqualTo(ClaimStatus.SUPPORTED);
  }

  @Test
  void about_selects_the_claims_about_an_entity_or_one_judged_the_same() {
    c.record(E3, e("agency-2", "PublicBody", "name", "The Agency"));
    c.record(
        E2,
        e("other", "Claim", "speaker", "vendor", "text", "Other.", "about", "unit"),
        e("third", "Claim", "speaker", "vendor", "text", "Third.", "about", "agency-2"));
    assertThat(ClaimView.of(c.graph(), EntityId.of("agency")))
        .extracting(v -> v.claim().id().value())
        .containsExactly("claim");
    c.ws
        .judgements()
        .record(EntityId.of("agency"), EntityId.of("agency-2"), Verdict.SAME, "tester", 1.0, "t");
    assertThat(ClaimView.of(c.graph(), EntityId.of("agency-2")))
        .extracting(v -> v.claim().id().value())
        .containsExactlyInAnyOrder("claim", "third");
    assertThat(ClaimView.of(c.graph(), null)).hasSize(3);
  }

  @Test
  void a_link_to_an_entity_that_is_not_a_claim_is_refused_and_nothing_is_written() {
    int sources = c.ws.sources().list().size();
    assertThatThrownBy(
            () ->
                c.record(
                    E1,
                    e(
                        "bad",
                        "EvidenceLink",
                        "claim",
                        "vendor",
                        "relation",
                        "supports",
                        "document",
                        "official")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claim: 'vendor' is a Company, not a Claim");
    assertThatThrownBy(
            () ->
                c.record(
                    E1,
                    e(
                        "bad",
                        "EvidenceLink",
                        "claim",
                        "claim",
                        "relation",
                        "supports",
                        "document",
                        "nowhere")))
        .hasMessageContaining("document: no entity 'nowhere' in the workspace");
    assertThat(c.ws.sources().list()).hasSize(sources);
  }

  @Test
  void a_recorded_entity_is_never_edited_but_the_same_entry_twice_is_recorded_once() {
    int sources = c.ws.sources().list().size();
    assertThatThrownBy(
            () ->
                c.record(
                    E2,
                    e(
                        "claim",
                        "Claim",
                        "speaker",
                        "vendor",
                        "text",
                        "We serve every unit.",
                        "about",
                        "agency")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Claim claim: the id is already taken by a Claim")
        .hasMessageContaining("new id");
    assertThat(c.ws.sources().list()).hasSize(sources);
    assertThat(
            c.record(E1, e("official", "Document", "title", "Document official")).alreadyImported())
        .isTrue();
    assertThat(c.ws.sources().list()).hasSize(sources);
  }
}
