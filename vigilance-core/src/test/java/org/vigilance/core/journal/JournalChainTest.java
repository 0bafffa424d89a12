package org.vigilance.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalChainTest {
  private static List<JournalEntry> chain(int n) {
    List<JournalEntry> entries = new ArrayList<>();
    JournalEntry previous = null;
    for (int i = 1; i <= n; i++) {
      previous =
          JournalEntry.seal(
              previous,
              JournalRecord.of("test.entry", "s" + i, Map.of("n", i)),
              Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i));
      entries.add(previous);
    }
    return entries;
  }

  private static List<String> check(List<JournalEntry> entries) {
    JournalChain chain = new JournalChain();
    entries.forEach(chain::accept);
    return chain.problems();
  }

  @Test
  void an_intact_chain_has_no_problem() {
    assertThat(check(chain(10))).isEmpty();
  }

  @Test
  void an_altered_entry_is_named() {
    List<JournalEntry> entries = chain(5);
    JournalEntry e = entries.get(2);
    entries.set(
        2,
        new JournalEntry(
            e.seq(),
            e.at(),
            new JournalRecord("test.entry", "s3", "n=999\n"),
            e.previousHash(),
            e.hash()));
    assertThat(check(entries))
        .singleElement()
        .asString()
        .startsWith("journal entry #3")
        .contains("altered");
  }

  @Test
  void a_removed_entry_is_named() {
    List<JournalEntry> entries = chain(5);
    entries.remove(1);
    assertThat(check(entries))
        .anySatisfy(p -> assertThat(p).contains("journal entry #2 is missing"))
        .anySatisfy(p -> assertThat(p).contains("journal entry #3").contains("does not link"));
  }

  @Test
  void swapped_entries_are_named() {
    List<JournalEntry> entries = chain(5);
    JournalEntry third = entries.get(2);
    entries.set(2, entries.get(3));
    entries.set(3, third);
    assertThat(check(entries))
        .anySatisfy(p -> assertThat(p).contains("#4"))
        .anySatisfy(p -> assertThat(p).contains("#3"));
  }

  @Test
  void canonical_encoding_keeps_field_boundaries() {
    assertThat(new Canonical().text("ab").text("c").hash())
        .isNotEqualTo(new Canonical().text("a").text("bc").hash());
    assertThat(new Canonical().text(null).hash()).isNotEqualTo(new Canonical().text("").hash());
  }
}
