package org.vigilance.core.journal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.ContentHash;

/**
 * Re-checks a journal's hash chain. Feed it the stored entries in stored order; it names every
 * entry whose contents no longer match its hash, whose link to the previous entry is broken, or
 * whose position shows a gap or a move. Not thread-safe.
 */
public final class JournalChain {
  private final List<String> problems = new ArrayList<>();
  private @Nullable ContentHash lastHash;
  private long lastSeq;
  private long checked;

  /** Checks the next stored entry. */
  public void accept(JournalEntry entry) {
    checked++;
    long expectedSeq = lastSeq + 1;
    if (entry.seq() != expectedSeq) {
      if (entry.seq() > expectedSeq) {
        problems.add(
            "journal entry #"
                + expectedSeq
                + (entry.seq() - expectedSeq > 1 ? "-#" + (entry.seq() - 1) : "")
                + " is missing (the entry after #"
                + lastSeq
                + " is #"
                + entry.seq()
                + ")");
      } else {
        problems.add(
            "journal entry #" + entry.seq() + " is out of order (it follows #" + lastSeq + ")");
      }
    }
    ContentHash expectedPrevious = lastHash == null ? JournalEntry.GENESIS : lastHash;
    if (!entry.previousHash().equals(expectedPrevious)) {
      problems.add(
          "journal entry #"
              + entry.seq()
              + " ("
              + entry.record().kind()
              + ") does not link to the entry before it: previous hash "
              + entry.previousHash()
              + ", expected "
              + expectedPrevious);
    }
    if (!entry.expectedHash().equals(entry.hash())) {
      problems.add(
          "journal entry #"
              + entry.seq()
              + " ("
              + entry.record().kind()
              + " "
              + entry.record().subject()
              + ") was altered: its contents hash to "
              + entry.expectedHash()
              + " but it records "
              + entry.hash());
    }
    lastHash = entry.hash();
    lastSeq = Math.max(lastSeq, entry.seq());
  }

  /** What is wrong, in stored order; empty when the chain is intact. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** How many entries were checked. */
  public long checked() {
    return checked;
  }
}
