package org.vigilance.core.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.journal.Canonical;
import org.vigilance.core.journal.JournalRecord;

/**
 * A unit of import: the fragments and rejects read from a contiguous range of a source's records,
 * applied to a store whole or not at all.
 *
 * @param source the source read
 * @param sequence the batch's number within the source, from 1
 * @param firstRecord the first record number covered (a line number for line-based sources)
 * @param lastRecord the last record number covered
 * @param fragments what was accepted, in record order
 * @param rejects what was rejected, in record order
 */
public record FragmentBatch(
    SourceId source,
    long sequence,
    long firstRecord,
    long lastRecord,
    List<Fragment> fragments,
    List<Reject> rejects) {

  /** The journal kind of a committed batch. */
  public static final String JOURNAL_KIND = "fragments.batch";

  /** Copies the lists and checks the range. */
  public FragmentBatch {
    if (sequence < 1 || firstRecord < 1 || lastRecord < firstRecord) {
      throw new IllegalArgumentException(
          "invalid batch " + sequence + " covering " + firstRecord + ".." + lastRecord);
    }
    fragments = List.copyOf(fragments);
    rejects = List.copyOf(rejects);
  }

  /** The SHA-256 of the canonical form of every fragment and reject, in order. */
  public ContentHash digest() {
    return digest(fragments, rejects);
  }

  /** The digest of fragments and rejects as a batch holds them. */
  public static ContentHash digest(List<Fragment> fragments, List<Reject> rejects) {
    var digest = ContentHash.newDigest();
    Canonical canonical = new Canonical();
    canonical.number(fragments.size());
    for (Fragment fragment : fragments) {
      fragment.writeCanonical(canonical);
      canonical.drainInto(digest);
    }
    canonical.number(rejects.size());
    for (Reject reject : rejects) {
      reject.writeCanonical(canonical);
    }
    canonical.drainInto(digest);
    return ContentHash.fromDigest(digest.digest());
  }

  /** The journal record a store writes in the same transaction as the batch. */
  public JournalRecord journalRecord() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("batch", sequence);
    fields.put("first", firstRecord);
    fields.put("last", lastRecord);
    fields.put("fragments", fragments.size());
    fields.put("rejects", rejects.size());
    fields.put("digest", digest());
    return JournalRecord.of(JOURNAL_KIND, source.value(), fields);
  }
}
