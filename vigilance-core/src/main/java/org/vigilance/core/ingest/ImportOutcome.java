package org.vigilance.core.ingest;

import java.nio.file.Path;
import java.util.Optional;
import org.vigilance.core.evidence.ImportTotals;
import org.vigilance.core.evidence.Source;

/**
 * What an import did.
 *
 * @param source the source
 * @param alreadyImported the source had been imported completely before: nothing was added
 * @param resumedAfter records up to this number had been committed by an interrupted earlier run
 * @param addedFragments fragments added by this run
 * @param addedRejects rejects added by this run
 * @param totals the source's totals over all runs
 * @param rejectsFile the file listing every rejected record of the source, when there are any
 */
public record ImportOutcome(
    Source source,
    boolean alreadyImported,
    long resumedAfter,
    long addedFragments,
    long addedRejects,
    ImportTotals totals,
    Optional<Path> rejectsFile) {

  /** Whether any record of the source was rejected. */
  public boolean hasRejects() {
    return totals.rejects() > 0;
  }

  /** Whether the source held no record at all. */
  public boolean isEmpty() {
    return totals.records() == 0;
  }
}
