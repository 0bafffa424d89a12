package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.journal.JournalEntry;
import org.vigilance.core.judgement.Components;
import org.vigilance.core.judgement.Judgement;
import org.vigilance.core.judgement.Verdict;
import org.vigilance.core.workspace.VerifyWorkspace;
import org.vigilance.core.workspace.Workspace;

/** The contract of the judgement store; extend it once per adapter. */
public abstract class JudgementStoreContract {
  private static final EntityId A = EntityId.of("a");
  private static final EntityId B = EntityId.of("b");
  private static final EntityId C = EntityId.of("c");

  private Workspace workspace;

  /** A fresh, empty workspace. */
  protected abstract Workspace newWorkspace() throws Exception;

  /** The same workspace, closed and opened again (or the same object for a store in memory). */
  protected abstract Workspace reopen(Workspace workspace) throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    workspace = newWorkspace();
  }

  @AfterEach
  void tearDown() {
    workspace.close();
  }

  @Test
  void a_judgement_is_stored_with_the_smaller_id_first_and_journalled() throws Exception {
    Judgement j = workspace.judgements().record(B, A, Verdict.SAME, "tester", 0.93, "same UEI");
    assertThat(j.id()).isEqualTo(1);
    assertThat(j.left()).isEqualTo(A);
    assertThat(j.right()).isEqualTo(B);
    assertThat(j.score()).isEqualTo(0.93);
    JournalEntry head = workspace.journal().head().orElseThrow();
    assertThat(head.seq()).isEqualTo(j.journalSeq());
    assertThat(head.record()).isEqualTo(j.journalRecord());
    assertThat(head.record().kind()).isEqualTo(Judgement.JOURNAL_KIND);
    assertThat(j.at()).isEqualTo(head.at());

    workspace = reopen(workspace);
    assertThat(workspace.judgements().list()).containsExactly(j);
  }

  @Test
  void a_judgement_without_score_keeps_none_and_line_breaks_become_spaces() throws Exception {
    Judgement j = workspace.judgements().record(A, C, Verdict.UNSURE, "tester", null, "two\nlines");
    workspace = reopen(workspace);
    Judgement back = workspace.judgements().list().get(0);
    assertThat(back.score()).isNull();
    assertThat(back.reason()).isEqualTo("two lines");
    assertThat(back).isEqualTo(j);
  }

  @Test
  void a_withdrawal_is_a_new_record_and_the_pair_has_no_current_judgement() {
    Judgement same = workspace.judgements().record(A, B, Verdict.SAME, "tester", 0.9, "");
    Judgement back = workspace.judgements().withdraw(same.id(), "reviewer", "wrong");
    assertThat(back.verdict()).isEqualTo(Verdict.WITHDRAWN);
    assertThat(back.withdraws()).isEqualTo(same.id());
    assertThat(back.isAbout(B, A)).isTrue();
    assertThat(workspace.judgements().list()).containsExactly(same, back);
    assertThat(workspace.judgements().current()).isEmpty();
    assertThat(workspace.judgements().history(B, A)).containsExactly(same, back);
  }

  @Test
  void only_the_current_judgement_of_a_pair_can_be_withdrawn_and_only_once() {
    Judgement first = workspace.judgements().record(A, B, Verdict.UNSURE, "tester", null, "");
    Judgement second = workspace.judgements().record(A, B, Verdict.NOT_SAME, "tester", null, "");
    assertThat(workspace.judgements().current()).containsExactly(second);
    assertThatThrownBy(() -> workspace.judgements().withdraw(first.id(), "t", ""))
        .isInstanceOf(IllegalArgumentException.class);
    Judgement back = workspace.judgements().withdraw(second.id(), "t", "");
    assertThatThrownBy(() -> workspace.judgements().withdraw(second.id(), "t", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> workspace.judgements().withdraw(back.id(), "t", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> workspace.judgements().withdraw(99, "t", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(workspace.judgements().list()).hasSize(3);
  }

  @Test
  void a_pair_of_one_entity_and_a_bare_withdrawal_are_refused_and_nothing_is_journalled() {
    long before = workspace.journal().size();
    assertThatThrownBy(() -> workspace.judgements().record(A, A, Verdict.SAME, "t", null, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> workspace.judgements().record(A, B, Verdict.WITHDRAWN, "t", null, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(workspace.journal().size()).isEqualTo(before);
    assertThat(workspace.judgements().list()).isEmpty();
  }

  @Test
  void verify_accepts_judgements_that_match_the_journal() throws IOException {
    workspace.judgements().record(A, B, Verdict.SAME, "tester", 1.0, "");
    workspace.judgements().record(B, C, Verdict.NOT_SAME, "tester", 0.4, "");
    assertThat(new VerifyWorkspace(workspace).run(ProgressListener.NONE).problems()).isEmpty();
  }

  @Test
  void components_follow_the_stored_judgements() {
    workspace.judgements().record(A, B, Verdict.SAME, "tester", 1.0, "");
    workspace.judgements().record(B, C, Verdict.SAME, "tester", 1.0, "");
    List<Judgement> all = workspace.judgements().list();
    assertThat(Components.of(all).members(C)).containsExactly(A, B, C);
    workspace.judgements().withdraw(all.get(1).id(), "tester", "");
    Components after = Components.of(workspace.judgements().list());
    assertThat(after.members(C)).containsExactly(C);
    assertThat(after.canonical(B)).isEqualTo(A);
  }
}
