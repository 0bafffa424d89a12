package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.judgement.Components;
import org.vigilance.core.judgement.Judgement;
import org.vigilance.core.judgement.Unmerge;
import org.vigilance.core.judgement.Verdict;

class UnmergeTest {
  private static final EntityId A = EntityId.of("a");
  private static final EntityId B = EntityId.of("b");
  private static final EntityId C = EntityId.of("c");

  private final InMemoryWorkspace ws =
      new InMemoryWorkspace(Path.of("target", "rejects"), Clock.systemUTC());

  @Test
  void unmerge_withdraws_the_weakest_link_and_keeps_them_apart() {
    Judgement ab = ws.judgements().record(A, B, Verdict.SAME, "auto", 0.99, "same UEI");
    Judgement bc = ws.judgements().record(B, C, Verdict.SAME, "reviewer", 0.85, "review");
    Unmerge.Outcome outcome = new Unmerge(ws.judgements()).run(C, A, "reviewer", "different firms");

    assertThat(outcome.wereMerged()).isTrue();
    assertThat(outcome.withdrawn())
        .singleElement()
        .extracting(Judgement::withdraws)
        .isEqualTo(bc.id());
    assertThat(outcome.negative().verdict()).isEqualTo(Verdict.NOT_SAME);
    Components after = Components.of(ws.judgements().list());
    assertThat(after.members(A)).containsExactly(A, B);
    assertThat(after.members(C)).containsExactly(C);
    assertThat(after.forbidden(B, C)).isTrue();
    // nothing was deleted: the merge records are still there
    assertThat(ws.judgements().list()).contains(ab, bc).hasSize(4);
  }

  @Test
  void unmerging_entities_never_merged_records_only_the_negative_judgement() {
    Unmerge.Outcome outcome = new Unmerge(ws.judgements()).run(A, B, "reviewer", "");
    assertThat(outcome.wereMerged()).isFalse();
    assertThat(outcome.withdrawn()).isEmpty();
    assertThat(ws.judgements().list()).containsExactly(outcome.negative());
  }
}
