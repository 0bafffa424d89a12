package org.vigilance.core.workspace;

import java.util.List;

/**
 * What {@link VerifyWorkspace} checked and what it found wrong.
 *
 * @param journalEntries journal entries checked
 * @param batches fragment batches checked against their journal entries
 * @param fragments fragments re-hashed
 * @param sources sources checked
 * @param blobs blobs re-hashed
 * @param problems what is wrong, each naming the journal entry, batch, source or blob; empty when
 *     the workspace is intact
 * @param notes observations that are not tampering (for example a blob no source uses yet)
 */
public record VerificationReport(
    long journalEntries,
    long batches,
    long fragments,
    long sources,
    long blobs,
    List<String> problems,
    List<String> notes) {

  /** Copies the lists. */
  public VerificationReport {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** Whether nothing is wrong. */
  public boolean intact() {
    return problems.isEmpty();
  }
}
