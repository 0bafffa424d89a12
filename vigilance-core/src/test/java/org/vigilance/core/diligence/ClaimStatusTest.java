package org.vigilance.core.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigilance.core.diligence.Relation.CONTEXT;
import static org.vigilance.core.diligence.Relation.CONTRADICTS;
import static org.vigilance.core.diligence.Relation.SUPPORTS;
import static org.vigilance.core.evidence.EvidenceGrade.E1;
import static org.vigilance.core.evidence.EvidenceGrade.E2;
import static org.vigilance.core.evidence.EvidenceGrade.E3;
import static org.vigilance.core.evidence.EvidenceGrade.E4;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigilance.core.evidence.EvidenceGrade;

/** The status rules of ADR 0011, one by one (the graph-level tests are in the application). */
class ClaimStatusTest {
  private static ClaimStatus.Weight w(Relation relation, EvidenceGrade grade) {
    return new ClaimStatus.Weight(relation, grade);
  }

  private static ClaimStatus status(ClaimStatus.Weight... evidence) {
    return ClaimStatus.derive(List.of(evidence)).status();
  }

  @Test
  void an_official_record_contradicting_it_makes_it_contradicted_whatever_supports_it() {
    assertThat(status(w(CONTRADICTS, E1))).isEqualTo(ClaimStatus.CONTRADICTED);
    assertThat(status(w(SUPPORTS, E1), w(SUPPORTS, E2), w(CONTRADICTS, E1)))
        .isEqualTo(ClaimStatus.CONTRADICTED);
    assertThat(ClaimStatus.derive(List.of(w(CONTRADICTS, E1))).reason())
        .contains("official record (E1)");
  }

  @Test
  void credible_evidence_contradicting_it_makes_it_contested() {
    for (EvidenceGrade grade : List.of(E2, E3)) {
      ClaimStatus.Derivation d = ClaimStatus.derive(List.of(w(CONTRADICTS, grade)));
      assertThat(d.status()).as(grade.name()).isEqualTo(ClaimStatus.CONTESTED);
      assertThat(d.reason()).contains("contradicts what its speaker asserts");
    }
  }

  @Test
  void credible_evidence_on_both_sides_makes_it_contested() {
    ClaimStatus.Derivation d = ClaimStatus.derive(List.of(w(SUPPORTS, E1), w(CONTRADICTS, E3)));
    assertThat(d.status()).isEqualTo(ClaimStatus.CONTESTED);
    assertThat(d.reason()).contains("both supports and contradicts");
  }

  @Test
  void credible_support_and_no_credible_contradiction_makes_it_supported() {
    for (EvidenceGrade grade : List.of(E1, E2, E3)) {
      assertThat(status(w(SUPPORTS, grade))).as(grade.name()).isEqualTo(ClaimStatus.SUPPORTED);
    }
    assertThat(status(w(SUPPORTS, E3), w(CONTEXT, E1))).isEqualTo(ClaimStatus.SUPPORTED);
  }

  @Test
  void no_evidence_or_context_only_leaves_it_unverified() {
    assertThat(ClaimStatus.derive(List.of()).status()).isEqualTo(ClaimStatus.UNVERIFIED);
    assertThat(ClaimStatus.derive(List.of()).reason()).contains("no evidence");
    assertThat(status(w(CONTEXT, E1), w(CONTEXT, E3))).isEqualTo(ClaimStatus.UNVERIFIED);
  }

  @Test
  void unverified_allegations_never_change_a_status() {
    ClaimStatus.Derivation e4Only =
        ClaimStatus.derive(List.of(w(CONTRADICTS, E4), w(SUPPORTS, E4)));
    assertThat(e4Only.status()).isEqualTo(ClaimStatus.UNVERIFIED);
    assertThat(e4Only.reason()).contains("(E4)");
    assertThat(status(w(SUPPORTS, E2), w(CONTRADICTS, E4))).isEqualTo(ClaimStatus.SUPPORTED);
    assertThat(status(w(CONTRADICTS, E3), w(SUPPORTS, E4))).isEqualTo(ClaimStatus.CONTESTED);
    assertThat(status(w(CONTRADICTS, E1), w(SUPPORTS, E4))).isEqualTo(ClaimStatus.CONTRADICTED);
  }

  @Test
  void the_order_of_the_evidence_does_not_matter() {
    assertThat(status(w(CONTRADICTS, E2), w(SUPPORTS, E1)))
        .isEqualTo(status(w(SUPPORTS, E1), w(CONTRADICTS, E2)));
  }
}
