package org.vigilance.core.diligence;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.methodology.Indicator;
import org.vigilance.core.methodology.Methodology;
import org.vigilance.core.methodology.ScoreCard;

/**
 * A methodology applied to a subject on a date: one finding per indicator, and the scores. Made by
 * {@link Assess}; recorded as an entry of kind {@code assessment}.
 *
 * @param methodology the methodology applied
 * @param subject the company assessed
 * @param contract the contract it is assessed on, when one is
 * @param date the date of the assessment
 * @param findings one finding per indicator, in methodology order
 * @param scores the group scores and the total
 */
public record Assessment(
    Methodology methodology,
    MergedEntity subject,
    @Nullable MergedEntity contract,
    LocalDate date,
    List<Finding> findings,
    ScoreCard scores) {

  /** Copies the list. */
  public Assessment {
    findings = List.copyOf(findings);
  }

  /**
   * The level reached on one indicator.
   *
   * @param indicator the indicator
   * @param level the level, or null when not applicable
   * @param status how it was reached
   * @param proposed the level the analyst proposed ({@code 2}, {@code n/a}), or null when the
   *     findings file says nothing on it
   * @param rationale the analyst's rationale, or "no evidence found"
   * @param reasons the rules that changed or decided the level, in words
   * @param passages the evidence cited: the analyst's, then what the rules brought in
   * @param documents the {@code Document} entities among what is cited (a passage may cite a letter
   *     or an evidence link that has no document)
   * @param claims the contradicted claims that forced the level down
   * @param letters the overdue letters that forced the level down
   */
  public record Finding(
      Indicator indicator,
      @Nullable Integer level,
      FindingStatus status,
      @Nullable String proposed,
      String rationale,
      List<String> reasons,
      List<Passage> passages,
      List<EntityId> documents,
      List<EntityId> claims,
      List<EntityId> letters) {
    /** Copies the lists. */
    public Finding {
      reasons = List.copyOf(reasons);
      passages = List.copyOf(passages);
      documents = List.copyOf(documents);
      claims = List.copyOf(claims);
      letters = List.copyOf(letters);
    }

    /** The level as printed: {@code 0} ... or {@code n/a}. */
    public String levelCode() {
      return level == null ? "n/a" : String.valueOf(level);
    }
  }

  /**
   * A passage cited for a finding.
   *
   * @param document the document (or, for a link without one, the evidence link) cited
   * @param locator where in it, when known
   * @param quote the passage, when given
   * @param grade its evidence grade
   * @param role why it is cited: {@code cited} (by the analyst), {@code contradicts CLAIM-ID},
   *     {@code unanswered LETTER-ID}
   */
  public record Passage(
      EntityId document,
      @Nullable String locator,
      @Nullable String quote,
      EvidenceGrade grade,
      String role) {}
}
