package org.vigilance.core.judgement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.journal.JournalRecord;

/**
 * One recorded judgement on a pair of entities. Records are never changed or removed; a later
 * record of the same pair supersedes an earlier one, and a {@link Verdict#WITHDRAWN} record takes
 * one back.
 *
 * @param id the record number, from 1, in recording order
 * @param left the smaller entity id of the pair
 * @param right the larger entity id of the pair
 * @param verdict what it says
 * @param by who judged ({@code vigilance xref (auto)} for the automatic merge)
 * @param at when it was recorded
 * @param score the match score the judge saw, if any
 * @param reason why, in one line (may be empty)
 * @param withdraws for a withdrawal, the id of the record it withdraws; otherwise 0
 * @param journalSeq the journal entry that recorded it
 */
public record Judgement(
    long id,
    EntityId left,
    EntityId right,
    Verdict verdict,
    String by,
    Instant at,
    @Nullable Double score,
    String reason,
    long withdraws,
    long journalSeq) {

  /** The journal kind of a judgement. */
  public static final String JOURNAL_KIND = "judgement.recorded";

  /** Checks the pair's order and the withdrawal link. */
  public Judgement {
    if (left.compareTo(right) >= 0) {
      throw new IllegalArgumentException(
          "a judgement joins two different entities, smaller id first: " + left + " / " + right);
    }
    if ((verdict == Verdict.WITHDRAWN) != (withdraws > 0)) {
      throw new IllegalArgumentException(
          "a withdrawal, and only a withdrawal, names what it withdraws");
    }
  }

  /** Whether this record is about the pair {@code a}, {@code b} (in either order). */
  public boolean isAbout(EntityId a, EntityId b) {
    return (left.equals(a) && right.equals(b)) || (left.equals(b) && right.equals(a));
  }

  /** The other entity of the pair. */
  public EntityId other(EntityId one) {
    return left.equals(one) ? right : left;
  }

  /**
   * The journal record of a judgement about to be stored as record {@code id}: every field, so that
   * {@code verify} can compare a stored row with what the journal says.
   */
  public static JournalRecord journalRecord(
      long id,
      EntityId left,
      EntityId right,
      Verdict verdict,
      String by,
      @Nullable Double score,
      String reason,
      long withdraws) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("left", left.value());
    fields.put("right", right.value());
    fields.put("verdict", verdict.label());
    fields.put("by", oneLine(by));
    fields.put("score", score == null ? "" : score.toString());
    fields.put("reason", oneLine(reason));
    fields.put("withdraws", withdraws);
    return JournalRecord.of(JOURNAL_KIND, left.value() + " " + right.value(), fields);
  }

  /** This record's journal record; equal to the one it was stored with. */
  public JournalRecord journalRecord() {
    return journalRecord(id, left, right, verdict, by, score, reason, withdraws);
  }

  /** Removes line breaks, which a journal field cannot hold. */
  public static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
