package org.vigilance.core.judgement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;

/**
 * Append-only storage of judgements on pairs of entities.
 *
 * <p>Contract: {@link #record} and {@link #withdraw} each store one new record together with its
 * journal entry ({@link Judgement#journalRecord()}) in the same transaction, durably; nothing is
 * ever changed or removed. Record ids count from 1 in recording order. Thread-safe.
 */
public interface JudgementStore {

  /**
   * Records a judgement on a pair ({@code a} and {@code b} in any order; they must differ). The
   * verdict must not be {@link Verdict#WITHDRAWN}: use {@link #withdraw}.
   *
   * @param score the match score the judge saw, or null
   * @param reason why, in one line (line breaks become spaces)
   * @return the stored record
   */
  Judgement record(
      EntityId a, EntityId b, Verdict verdict, String by, @Nullable Double score, String reason);

  /**
   * Withdraws a judgement by recording a {@link Verdict#WITHDRAWN} record of the same pair.
   *
   * @throws IllegalArgumentException when there is no such record, it is itself a withdrawal, or it
   *     is no longer the pair's current judgement
   */
  Judgement withdraw(long id, String by, String reason);

  /** Every record, in recording order. */
  List<Judgement> list();

  /**
   * The current judgement of each pair: its latest record, unless that is a withdrawal. In the
   * order of those records.
   */
  default List<Judgement> current() {
    return current(list());
  }

  /** The current judgements among the given records (see {@link #current()}). */
  static List<Judgement> current(List<Judgement> records) {
    Map<String, Judgement> latest = new LinkedHashMap<>();
    for (Judgement j : records) {
      String key = j.left().value() + "\u0000" + j.right().value();
      latest.remove(key);
      latest.put(key, j);
    }
    List<Judgement> current = new ArrayList<>();
    for (Judgement j : latest.values()) {
      if (j.verdict() != Verdict.WITHDRAWN) {
        current.add(j);
      }
    }
    return current;
  }

  /** Every record of one pair, in recording order. */
  default List<Judgement> history(EntityId a, EntityId b) {
    return list().stream().filter(j -> j.isAbout(a, b)).toList();
  }
}
