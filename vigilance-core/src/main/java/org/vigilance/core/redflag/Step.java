package org.vigilance.core.redflag;

import java.util.List;
import java.util.Locale;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.diligence.EvidenceItem;
import org.vigilance.core.entity.EntityId;

/**
 * One step of an evidence path: an entity, how it connects to the step before, and where that is
 * recorded.
 *
 * @param kind what the step is
 * @param id the entity
 * @param label its name as printed
 * @param note how it connects to the step before, or what matters about it
 * @param citations where the connection (and what matters about the entity) is recorded, the
 *     connection first
 * @param evidence documents cited for the entity (an impact's or an event's reports), if any
 */
public record Step(
    Kind kind,
    EntityId id,
    String label,
    String note,
    List<Citation> citations,
    List<EvidenceItem> evidence) {

  /** Copies the lists (citations without repeats); checks there is a citation. */
  public Step {
    citations = citations.stream().distinct().toList();
    evidence = List.copyOf(evidence);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a step of an evidence path is cited");
    }
  }

  /** A step with one citation and no documents of its own. */
  public static Step of(Kind kind, EntityId id, String label, String note, Citation citation) {
    return new Step(kind, id, label, note, List.of(citation), List.of());
  }

  /** What a step is. */
  public enum Kind {
    /** The company the flags are about. */
    VENDOR,
    /** A company it owns (its contracts count for it). */
    SUBSIDIARY,
    /** A contract awarded to the vendor. */
    CONTRACT,
    /** How the contract was awarded (sole source, single offer). */
    PROCEDURE,
    /** A modification, renewal or later award of a contract. */
    CHANGE,
    /** An agency unit. */
    UNIT,
    /** A product. */
    PRODUCT,
    /** An event, as reported. */
    EVENT,
    /** A documented impact. */
    IMPACT,
    /** A claim of the vendor. */
    CLAIM,
    /** Evidence on a claim. */
    EVIDENCE,
    /** A letter to the vendor. */
    LETTER,
    /** A due-diligence assessment. */
    ASSESSMENT;

    /** As printed: lower case. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
