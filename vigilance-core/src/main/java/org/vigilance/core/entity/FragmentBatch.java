package org.vigilance.core.entity;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.journal.Canonical;
import org.vigilance.core.journal.JournalRecord;

/**
 * A unit of import: the fragments and rejects read from a contiguous range of a source's records,
 * applied to a store whole or not at all. Every fragment of a batch comes from the batch's source
 * and shares one recording time and recorder (stores keep those once per batch). Immutable; its
 * digest is computed once, when it is built (on the thread that builds it, so that the committing
 * thread does not pay for it).
 */
public final class FragmentBatch {
  /** The journal kind of a committed batch. */
  public static final String JOURNAL_KIND = "fragments.batch";

  private final SourceId source;
  private final long sequence;
  private final long firstRecord;
  private final long lastRecord;
  private final List<Fragment> fragments;
  private final List<Reject> rejects;
  private final ContentHash digest;

  /**
   * A batch.
   *
   * @param source the source read
   * @param sequence the batch's number within the source, from 1
   * @param firstRecord the first record number covered (a line number for line-based sources)
   * @param lastRecord the last record number covered
   * @param fragments what was accepted, in record order
   * @param rejects what was rejected, in record order
   */
  public FragmentBatch(
      SourceId source,
      long sequence,
      long firstRecord,
      long lastRecord,
      List<Fragment> fragments,
      List<Reject> rejects) {
    if (sequence < 1 || firstRecord < 1 || lastRecord < firstRecord) {
      throw new IllegalArgumentException(
          "invalid batch " + sequence + " covering " + firstRecord + ".." + lastRecord);
    }
    for (Fragment fragment : fragments) {
      Fragment first = fragments.get(0);
      if (!fragment.source().equals(source)
          || !fragment.recordedAt().equals(first.recordedAt())
          || !fragment.recordedBy().equals(first.recordedBy())) {
        throw new IllegalArgumentException(
            "every fragment of a batch must come from its source ("
                + source
                + ") and share one recording time and recorder; "
                + fragment.locator()
                + " does not");
      }
    }
    this.source = source;
    this.sequence = sequence;
    this.firstRecord = firstRecord;
    this.lastRecord = lastRecord;
    this.fragments = List.copyOf(fragments);
    this.rejects = List.copyOf(rejects);
    this.digest = digest(this.fragments, this.rejects);
  }

  /** A batch from a builder, which encoded its fragments for the digest as they were added. */
  private FragmentBatch(Builder builder, long sequence, long firstRecord, long lastRecord) {
    if (sequence < 1 || firstRecord < 1 || lastRecord < firstRecord) {
      throw new IllegalArgumentException(
          "invalid batch " + sequence + " covering " + firstRecord + ".." + lastRecord);
    }
    this.source = builder.source;
    this.sequence = sequence;
    this.firstRecord = firstRecord;
    this.lastRecord = lastRecord;
    this.fragments = Collections.unmodifiableList(builder.fragments);
    this.rejects = List.copyOf(builder.rejects);
    this.digest = builder.digest();
  }

  /** The source read. */
  public SourceId source() {
    return source;
  }

  /** The batch's number within the source, from 1. */
  public long sequence() {
    return sequence;
  }

  /** The first record number covered. */
  public long firstRecord() {
    return firstRecord;
  }

  /** The last record number covered. */
  public long lastRecord() {
    return lastRecord;
  }

  /** What was accepted, in record order. */
  public List<Fragment> fragments() {
    return fragments;
  }

  /** What was rejected, in record order. */
  public List<Reject> rejects() {
    return rejects;
  }

  /** The SHA-256 of the canonical form of every fragment and reject, in order. */
  public ContentHash digest() {
    return digest;
  }

  /**
   * The digest of fragments and rejects as a batch holds them: the count, the fields the fragments
   * share (once), each fragment's own fields, then the rejects.
   */
  public static ContentHash digest(List<Fragment> fragments, List<Reject> rejects) {
    MessageDigest digest = ContentHash.newDigest();
    Canonical canonical = new Canonical();
    canonical.number(fragments.size());
    if (!fragments.isEmpty()) {
      Fragment first = fragments.get(0);
      canonical
          .text(first.source().value())
          .text(first.recordedAt().toString())
          .text(first.recordedBy());
    }
    for (Fragment fragment : fragments) {
      fragment.writeCanonicalEntity(canonical);
      if (canonical.size() > 8192) {
        canonical.drainInto(digest);
      }
    }
    canonical.number(rejects.size());
    for (Reject reject : rejects) {
      reject.writeCanonical(canonical);
    }
    canonical.drainInto(digest);
    return ContentHash.fromDigest(digest.digest());
  }

  /**
   * Collects the fragments and rejects of one batch as an import reads them, and encodes each
   * fragment for the digest as it is added, while its values are still in the processor's cache:
   * the digest of the built batch is the same as {@link #digest(List, List)} of its fragments and
   * rejects. Every fragment comes from one source and shares one recording time and recorder. Not
   * thread-safe; one batch per builder.
   */
  public static final class Builder {
    private final SourceId source;
    private final Instant recordedAt;
    private final String recordedBy;
    private final List<Fragment> fragments = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final Canonical encoded = new Canonical();
    private boolean built;

    /**
     * A builder for one batch.
     *
     * @param source the source read
     * @param recordedAt when the batch's fragments are recorded
     * @param recordedBy who records them
     */
    public Builder(SourceId source, Instant recordedAt, String recordedBy) {
      this.source = Objects.requireNonNull(source);
      this.recordedAt = Objects.requireNonNull(recordedAt);
      this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    /** Adds a fragment of this entity at this locator, recorded at the builder's time. */
    public void add(EntityDraft entity, Locator locator) {
      checkOpen();
      Fragment fragment = new Fragment(entity, source, locator, recordedAt, recordedBy);
      fragments.add(fragment);
      fragment.writeCanonicalEntity(encoded);
    }

    /** Adds a reject. */
    public void reject(Reject reject) {
      checkOpen();
      rejects.add(reject);
    }

    /** How many fragments and rejects were added. */
    public int size() {
      return fragments.size() + rejects.size();
    }

    /**
     * The batch of everything added.
     *
     * @param sequence the batch's number within the source, from 1
     * @param firstRecord the first record number covered
     * @param lastRecord the last record number covered
     */
    public FragmentBatch build(long sequence, long firstRecord, long lastRecord) {
      checkOpen();
      built = true;
      return new FragmentBatch(this, sequence, firstRecord, lastRecord);
    }

    private void checkOpen() {
      if (built) {
        throw new IllegalStateException("this batch was already built");
      }
    }

    private ContentHash digest() {
      Canonical head = new Canonical();
      head.number(fragments.size());
      if (!fragments.isEmpty()) {
        head.text(source.value()).text(recordedAt.toString()).text(recordedBy);
      }
      MessageDigest digest = ContentHash.newDigest();
      head.drainInto(digest);
      encoded.drainInto(digest);
      head.number(rejects.size());
      for (Reject reject : rejects) {
        reject.writeCanonical(head);
      }
      head.drainInto(digest);
      return ContentHash.fromDigest(digest.digest());
    }
  }

  /** The journal record a store writes in the same transaction as the batch. */
  public JournalRecord journalRecord() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("batch", sequence);
    fields.put("first", firstRecord);
    fields.put("last", lastRecord);
    fields.put("fragments", fragments.size());
    fields.put("rejects", rejects.size());
    fields.put("digest", digest);
    return JournalRecord.of(JOURNAL_KIND, source.value(), fields);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FragmentBatch b
        && source.equals(b.source)
        && sequence == b.sequence
        && firstRecord == b.firstRecord
        && lastRecord == b.lastRecord
        && fragments.equals(b.fragments)
        && rejects.equals(b.rejects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, sequence, firstRecord, lastRecord, digest);
  }

  @Override
  public String toString() {
    return "FragmentBatch["
        + source
        + " #"
        + sequence
        + " "
        + firstRecord
        + ".."
        + lastRecord
        + ", "
        + fragments.size()
        + " fragments, "
        + rejects.size()
        + " rejects]";
  }
}
