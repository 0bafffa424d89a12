package org.vigilance.core.diligence;

import java.util.List;
import java.util.Locale;
import org.vigilance.core.evidence.EvidenceGrade;

/**
 * The status of a claim, derived from the evidence linked to it by the rules of ADR 0011 (first
 * match wins; E4 evidence is listed but never changes a status):
 *
 * <ol>
 *   <li>{@link #CONTRADICTED}: an official record (E1) contradicts it;
 *   <li>{@link #CONTESTED}: credible evidence (E2–E3) contradicts it (its speaker asserts it, so
 *       credible sources point both ways), or E1–E3 evidence both supports and contradicts it;
 *   <li>{@link #SUPPORTED}: E1–E3 evidence supports it and nothing E1–E3 contradicts it;
 *   <li>{@link #UNVERIFIED}: otherwise.
 * </ol>
 */
public enum ClaimStatus {
  /** An official record contradicts the claim. */
  CONTRADICTED,
  /** Credible sources point both ways. */
  CONTESTED,
  /** Credible evidence supports it and none contradicts it. */
  SUPPORTED,
  /** No credible evidence either way. */
  UNVERIFIED;

  /** The status in lower case, as printed. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A status with the reason it was reached.
   *
   * @param status the status
   * @param reason the rule that decided it, in words
   */
  public record Derivation(ClaimStatus status, String reason) {}

  /** One piece of evidence as the rules see it. */
  public record Weight(Relation relation, EvidenceGrade grade) {}

  /** Derives the status from the evidence on a claim. */
  public static Derivation derive(List<Weight> evidence) {
    boolean officialContradicts = false;
    boolean credibleContradicts = false;
    boolean credibleSupports = false;
    for (Weight w : evidence) {
      boolean credible = w.grade() != EvidenceGrade.E4;
      if (w.relation() == Relation.CONTRADICTS && w.grade() == EvidenceGrade.E1) {
        officialContradicts = true;
      }
      if (w.relation() == Relation.CONTRADICTS && credible) {
        credibleContradicts = true;
      }
      if (w.relation() == Relation.SUPPORTS && credible) {
        credibleSupports = true;
      }
    }
    if (officialContradicts) {
      return new Derivation(CONTRADICTED, "an official record (E1) contradicts it");
    }
    if (credibleContradicts) {
      return new Derivation(
          CONTESTED,
          credibleSupports
              ? "credible evidence (E1–E3) both supports and contradicts it"
              : "credible evidence (E2–E3) contradicts what its speaker asserts");
    }
    if (credibleSupports) {
      return new Derivation(
          SUPPORTED, "credible evidence (E1–E3) supports it and none contradicts it");
    }
    boolean any = evidence.stream().anyMatch(w -> w.relation() != Relation.CONTEXT);
    return new Derivation(
        UNVERIFIED,
        any
            ? "only unverified allegations (E4) bear on it"
            : "no evidence supports or contradicts it");
  }
}
