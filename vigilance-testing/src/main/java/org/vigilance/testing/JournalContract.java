package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigilance.core.journal.Journal;
import org.vigilance.core.journal.JournalChain;
import org.vigilance.core.journal.JournalEntry;
import org.vigilance.core.journal.JournalRecord;

/** The contract of {@link Journal}; extend it once per adapter. */
public abstract class JournalContract {
  private Journal journal;

  /** A fresh, empty journal. */
  protected abstract Journal newJournal() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    journal = newJournal();
  }

  private static JournalRecord record(int i) {
    return JournalRecord.of("test.entry", "subject-" + i, Map.of("n", i));
  }

  @Test
  void first_entry_starts_the_chain_from_genesis() {
    JournalEntry first = journal.append(record(1));
    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(JournalEntry.GENESIS);
    assertThat(first.hash()).isEqualTo(first.expectedHash());
  }

  @Test
  void each_entry_links_to_the_one_before() {
    JournalEntry first = journal.append(record(1));
    JournalEntry second = journal.append(record(2));
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(journal.head()).contains(second);
    assertThat(journal.size()).isEqualTo(2);
  }

  @Test
  void stored_entries_come_back_exactly_and_in_order_with_an_intact_chain() {
    List<JournalEntry> appended = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      appended.add(journal.append(record(i)));
    }
    List<JournalEntry> stored = new ArrayList<>();
    JournalChain chain = new JournalChain();
    journal.forEach(
        e -> {
          stored.add(e);
          chain.accept(e);
        });
    assertThat(stored).isEqualTo(appended);
    assertThat(chain.problems()).isEmpty();
    assertThat(chain.checked()).isEqualTo(50);
  }

  @Test
  void range_returns_the_entries_from_a_position() {
    for (int i = 0; i < 10; i++) {
      journal.append(record(i));
    }
    assertThat(journal.range(4, 3)).extracting(JournalEntry::seq).containsExactly(4L, 5L, 6L);
    assertThat(journal.range(11, 5)).isEmpty();
  }

  @Test
  void an_empty_journal_has_no_head() {
    assertThat(journal.head()).isEmpty();
    assertThat(journal.size()).isZero();
  }
}
