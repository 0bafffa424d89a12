package org.vigilance.core.judgement;

import java.util.ArrayList;
import java.util.List;
import org.vigilance.core.entity.EntityId;

/**
 * Takes two entities apart: withdraws the positive judgements that join them (every judgement along
 * a shortest chain of merges from one to the other, until no chain is left) and records a negative
 * judgement, which keeps them apart from then on. Nothing is deleted.
 */
public final class Unmerge {
  private final JudgementStore store;

  /**
   * What an unmerge did.
   *
   * @param wereMerged whether the two were in one component before
   * @param withdrawn the withdrawal records, in order
   * @param negative the negative judgement recorded
   */
  public record Outcome(boolean wereMerged, List<Judgement> withdrawn, Judgement negative) {
    /** Copies the list. */
    public Outcome {
      withdrawn = List.copyOf(withdrawn);
    }
  }

  /** The use case over a judgement store. */
  public Unmerge(JudgementStore store) {
    this.store = store;
  }

  /**
   * Takes {@code a} and {@code b} apart.
   *
   * @param by who asks
   * @param reason why, in one line
   * @throws IllegalArgumentException when {@code a} and {@code b} are the same id
   */
  public Outcome run(EntityId a, EntityId b, String by, String reason) {
    if (a.equals(b)) {
      throw new IllegalArgumentException("cannot unmerge an entity from itself");
    }
    Components components = Components.of(store.list());
    boolean wereMerged = components.merged(a, b);
    List<Judgement> withdrawn = new ArrayList<>();
    while (components.merged(a, b)) {
      List<Judgement> chain = components.chain(a, b);
      if (chain.isEmpty()) {
        break;
      }
      Judgement weakest = weakest(chain);
      withdrawn.add(store.withdraw(weakest.id(), by, "unmerge " + a + " / " + b + ": " + reason));
      components = Components.of(store.list());
    }
    Judgement negative = store.record(a, b, Verdict.NOT_SAME, by, null, reason);
    return new Outcome(wereMerged, withdrawn, negative);
  }

  private static Judgement weakest(List<Judgement> chain) {
    Judgement weakest = chain.get(0);
    for (Judgement j : chain) {
      double s = scoreOf(j);
      double w = scoreOf(weakest);
      if (s < w || (s == w && j.id() > weakest.id())) {
        weakest = j;
      }
    }
    return weakest;
  }

  private static double scoreOf(Judgement j) {
    Double score = j.score();
    return score == null ? 0 : score;
  }
}
