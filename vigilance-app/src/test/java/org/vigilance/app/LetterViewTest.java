package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigilance.app.SmallCase.e;
import static org.vigilance.core.evidence.EvidenceGrade.E2;
import static org.vigilance.core.evidence.EvidenceGrade.E3;
import static org.vigilance.core.evidence.EvidenceGrade.E4;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.diligence.LetterView;
import org.vigilance.core.diligence.LetterView.State;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;

/** Where letters stand on a given day, response rates, and the claims taken from a reply. */
class LetterViewTest {
  private static final LocalDate DEADLINE = LocalDate.parse("2020-09-15");

  @TempDir Path dir;

  private SmallCase c;

  @BeforeEach
  void actors() {
    c = new SmallCase(dir);
    c.record(
        E3,
        e("ngo", "Organization", "name", "Rights Watch"),
        e("vendor", "Company", "name", "Vendor Inc."),
        e("other", "Company", "name", "Other Corp."));
  }

  private void letter(String id, String to, @Nullable LocalDate deadline) {
    List<String> pairs =
        new ArrayList<>(
            List.of("sender", "ngo", "recipient", to, "date", "2020-09-01", "subject", id));
    if (deadline != null) {
      pairs.addAll(List.of("deadline", deadline.toString()));
    }
    c.record(E4, e(id, "Correspondence", pairs.toArray(String[]::new)));
  }

  private void reply(String id, String letter, String to, LocalDate on, String... extra) {
    List<String> pairs =
        new ArrayList<>(
            List.of("inReplyTo", letter, "sender", to, "recipient", "ngo", "date", on.toString()));
    pairs.addAll(List.of(extra));
    c.record(E2, e(id, "Correspondence", pairs.toArray(String[]::new)));
  }

  private State state(String letter, LocalDate today) {
    return LetterView.of(c.graph(), today).stream()
        .filter(l -> l.letter().id().value().equals(letter))
        .findFirst()
        .orElseThrow()
        .state();
  }

  @Test
  void a_letter_answered_on_its_deadline_day_is_answered() {
    letter("l", "vendor", DEADLINE);
    reply("r", "l", "vendor", DEADLINE);
    assertThat(state("l", DEADLINE.plusDays(30))).isEqualTo(State.ANSWERED);
  }

  @Test
  void a_letter_with_no_deadline_is_answered_whenever_a_reply_comes() {
    letter("l", "vendor", null);
    assertThat(state("l", DEADLINE.plusYears(5))).isEqualTo(State.AWAITING);
    reply("r", "l", "vendor", DEADLINE.plusYears(1));
    assertThat(state("l", DEADLINE.plusYears(5))).isEqualTo(State.ANSWERED);
  }

  @Test
  void a_letter_answered_after_its_deadline_is_answered_late() {
    letter("l", "vendor", DEADLINE);
    reply("r", "l", "vendor", DEADLINE.plusDays(1));
    assertThat(state("l", DEADLINE.plusDays(30))).isEqualTo(State.ANSWERED_LATE);
  }

  @Test
  void an_unanswered_letter_is_awaiting_up_to_its_deadline_day_and_overdue_the_day_after() {
    letter("l", "vendor", DEADLINE);
    assertThat(state("l", DEADLINE.minusDays(3))).isEqualTo(State.AWAITING);
    assertThat(state("l", DEADLINE)).isEqualTo(State.AWAITING);
    assertThat(state("l", DEADLINE.plusDays(1))).isEqualTo(State.OVERDUE);
  }

  @Test
  void the_first_reply_decides_and_replies_are_listed_by_date() {
    letter("l", "vendor", DEADLINE);
    reply("r2", "l", "vendor", DEADLINE.plusDays(10));
    reply("r1", "l", "vendor", DEADLINE.minusDays(1));
    LetterView view = LetterView.of(c.graph(), DEADLINE.plusDays(30)).get(0);
    assertThat(view.state()).isEqualTo(State.ANSWERED);
    assertThat(view.replies()).extracting(r -> r.id().value()).containsExactly("r1", "r2");
    assertThat(view.sender()).isNotNull();
    assertThat(Objects.requireNonNull(view.recipient()).id().value()).isEqualTo("vendor");
    assertThat(view.citation().grade()).isEqualTo(E4);
    // replies are not letters
    assertThat(LetterView.of(c.graph(), DEADLINE)).hasSize(1);
  }

  @Test
  void response_rates_count_answered_over_answered_or_overdue_per_recipient() {
    LocalDate today = DEADLINE.plusDays(1);
    letter("a", "vendor", DEADLINE);
    reply("ra", "a", "vendor", DEADLINE);
    letter("b", "vendor", DEADLINE.minusDays(5));
    reply("rb", "b", "vendor", DEADLINE);
    letter("c", "vendor", DEADLINE.minusDays(1)); // overdue
    letter("d", "vendor", DEADLINE.plusDays(10)); // awaiting: not held against it
    letter("e", "other", DEADLINE.plusDays(10));
    Map<EntityId, LetterView.ResponseRate> rates =
        LetterView.rates(LetterView.of(c.graph(), today));
    LetterView.ResponseRate vendor = Objects.requireNonNull(rates.get(EntityId.of("vendor")));
    assertThat(vendor.letters()).isEqualTo(4);
    assertThat(vendor.answered()).isEqualTo(2);
    assertThat(vendor.onTime()).isEqualTo(1);
    assertThat(vendor.overdue()).isEqualTo(1);
    assertThat(vendor.awaiting()).isEqualTo(1);
    assertThat(vendor.rate()).isEqualTo(2.0 / 3);
    LetterView.ResponseRate other = Objects.requireNonNull(rates.get(EntityId.of("other")));
    assertThat(other.due()).isZero();
    assertThat(other.awaiting()).isEqualTo(1);
  }

  @Test
  void the_claims_taken_from_a_reply_are_those_made_in_its_document() {
    c.record(E2, e("reply-doc", "Document", "title", "Reply"));
    c.record(E3, e("report", "Document", "title", "Report"));
    letter("l", "vendor", DEADLINE);
    reply("r", "l", "vendor", DEADLINE, "document", "reply-doc");
    EntityDraft fromReply =
        e("c1", "Claim", "speaker", "vendor", "text", "A.", "sourceDocument", "reply-doc");
    EntityDraft elsewhere =
        e("c2", "Claim", "speaker", "vendor", "text", "B.", "sourceDocument", "report");
    c.record(E2, fromReply, elsewhere);
    var graph = c.graph();
    var replyEntity = graph.get(EntityId.of("r")).orElseThrow();
    assertThat(LetterView.claimsTaken(graph, replyEntity))
        .extracting(x -> x.id().value())
        .containsExactly("c1");
  }
}
