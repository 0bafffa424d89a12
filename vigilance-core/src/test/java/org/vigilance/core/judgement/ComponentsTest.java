package org.vigilance.core.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityId;

class ComponentsTest {
  private final List<Judgement> records = new ArrayList<>();

  private Judgement add(String a, String b, Verdict verdict) {
    return add(a, b, verdict, 0);
  }

  private Judgement add(String a, String b, Verdict verdict, long withdraws) {
    EntityId x = EntityId.of(a);
    EntityId y = EntityId.of(b);
    Judgement j =
        new Judgement(
            records.size() + 1L,
            x.compareTo(y) < 0 ? x : y,
            x.compareTo(y) < 0 ? y : x,
            verdict,
            "t",
            Instant.EPOCH,
            null,
            "",
            withdraws,
            records.size() + 1L);
    records.add(j);
    return j;
  }

  private static EntityId id(String s) {
    return EntityId.of(s);
  }

  @Test
  void positive_judgements_join_entities_under_the_smallest_id() {
    add("c", "b", Verdict.SAME);
    add("d", "c", Verdict.SAME);
    add("x", "y", Verdict.UNSURE);
    Components c = Components.of(records);
    assertThat(c.canonical(id("d"))).isEqualTo(id("b"));
    assertThat(c.members(id("c"))).containsExactly(id("b"), id("c"), id("d"));
    assertThat(c.members(id("x"))).containsExactly(id("x"));
    assertThat(c.merges()).containsExactly(List.of(id("b"), id("c"), id("d")));
  }

  @Test
  void a_negative_judgement_blocks_the_merge_that_would_join_its_pair() {
    add("a", "c", Verdict.NOT_SAME);
    Judgement ab = add("a", "b", Verdict.SAME);
    Judgement bc = add("b", "c", Verdict.SAME);
    Components c = Components.of(records);
    assertThat(c.merged(id("a"), id("b"))).isTrue();
    assertThat(c.merged(id("a"), id("c"))).isFalse();
    assertThat(c.blocked()).containsExactly(bc);
    assertThat(c.applied()).containsExactly(ab);
    assertThat(c.forbidden(id("b"), id("c"))).isTrue();
  }

  @Test
  void a_withdrawn_or_superseded_judgement_no_longer_joins() {
    Judgement ab = add("a", "b", Verdict.SAME);
    add("a", "b", Verdict.WITHDRAWN, ab.id());
    add("c", "d", Verdict.SAME);
    add("c", "d", Verdict.NOT_SAME);
    Components c = Components.of(records);
    assertThat(c.merged(id("a"), id("b"))).isFalse();
    assertThat(c.merged(id("c"), id("d"))).isFalse();
    assertThat(c.forbidden(id("c"), id("d"))).isTrue();
  }

  @Test
  void the_chain_names_the_judgements_joining_two_members() {
    Judgement ab = add("a", "b", Verdict.SAME);
    Judgement bc = add("b", "c", Verdict.SAME);
    add("c", "d", Verdict.SAME);
    Components c = Components.of(records);
    assertThat(c.chain(id("a"), id("c"))).containsExactly(ab, bc);
    assertThat(c.chain(id("a"), id("z"))).isEmpty();
  }
}
