package org.vigilance.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;

/**
 * A {@link RecordSink} for reader tests: keeps every call in order, with the raw bytes fetched
 * during the call and the locator the reader gives for the record at that time (as the import use
 * case does), and fails when record numbers go backwards. Not thread-safe.
 */
public final class RecordingSink implements RecordSink {
  private final @Nullable RecordReader reader;
  private final long resumeAfter;

  /** Every call, in order. */
  public final List<Event> events = new ArrayList<>();

  /** A sink that resumes nothing and cites records as {@code line:N}. */
  public RecordingSink() {
    this(null, 0);
  }

  /** A sink that says records up to {@code resumeAfter} were committed before. */
  public RecordingSink(long resumeAfter) {
    this(null, resumeAfter);
  }

  /** A sink that asks {@code reader} where each record is. */
  public RecordingSink(RecordReader reader) {
    this(reader, 0);
  }

  /** A sink that asks {@code reader} where each record is and resumes after {@code resumeAfter}. */
  public RecordingSink(@Nullable RecordReader reader, long resumeAfter) {
    this.reader = reader;
    this.resumeAfter = resumeAfter;
  }

  @Override
  public long resumeAfter() {
    return resumeAfter;
  }

  @Override
  public void accept(long record, EntityDraft draft, RawRecord raw) {
    check(record);
    events.add(new Event(record, locate(record), draft, null, null, raw.bytes()));
  }

  @Override
  public void reject(long record, @Nullable String field, String reason, byte[] raw) {
    check(record);
    events.add(new Event(record, locate(record), null, field, reason, raw.clone()));
  }

  private Locator locate(long record) {
    return reader == null ? Locator.line(record) : reader.locate(record);
  }

  private void check(long record) {
    if (!events.isEmpty() && events.get(events.size() - 1).record > record) {
      throw new AssertionError("records out of order: " + record + " after " + events);
    }
  }

  /** Every accepted draft, in order. */
  public List<EntityDraft> drafts() {
    List<EntityDraft> drafts = new ArrayList<>();
    for (Event event : events) {
      if (event.draft != null) {
        drafts.add(event.draft);
      }
    }
    return drafts;
  }

  /** The accepted drafts of one schema. */
  public List<EntityDraft> drafts(String schema) {
    return drafts().stream().filter(draft -> draft.schema().equals(schema)).toList();
  }

  /** The accepted drafts of one record. */
  public List<EntityDraft> drafts(long record) {
    List<EntityDraft> drafts = new ArrayList<>();
    for (Event event : events) {
      if (event.record == record && event.draft != null) {
        drafts.add(event.draft);
      }
    }
    return drafts;
  }

  /** Same as {@link #drafts(long)}. */
  public List<EntityDraft> draftsOf(long record) {
    return drafts(record);
  }

  /** The first accepted draft with this id; fails when there is none. */
  public EntityDraft draft(String id) {
    return drafts().stream()
        .filter(draft -> draft.id().value().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no draft '" + id + "' in " + events));
  }

  /** The one draft with this id in one record; fails when there is not exactly one. */
  public EntityDraft draft(long record, String id) {
    List<EntityDraft> found =
        drafts(record).stream().filter(draft -> draft.id().value().equals(id)).toList();
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one draft of " + id + " in record " + record + ", got " + drafts(record));
    }
    return found.get(0);
  }

  /** Every reject, in order. */
  public List<Event> rejects() {
    return events.stream().filter(e -> e.draft == null).toList();
  }

  /** The distinct record numbers seen, in order. */
  public List<Long> records() {
    return events.stream().map(e -> e.record).distinct().toList();
  }

  /** The record number of every call, in order (a record with several drafts repeats). */
  public List<Long> eventRecords() {
    return events.stream().map(e -> e.record).toList();
  }

  /** The only call; fails when there was not exactly one. */
  public Event single() {
    if (events.size() != 1) {
      throw new AssertionError("expected exactly one record, got " + events);
    }
    return events.get(0);
  }

  /** The distinct records with their locators ({@code "N locator"}), in order. */
  public List<String> locators() {
    List<String> locators = new ArrayList<>();
    for (Event event : events) {
      String text = event.record + " " + event.locator;
      if (!locators.contains(text)) {
        locators.add(text);
      }
    }
    return locators;
  }

  /** One call to the sink: an accepted draft, or a reject with its field and reason. */
  public static final class Event {
    /** The record number. */
    public final long record;

    /** Where the reader says the record is. */
    public final Locator locator;

    /** The accepted draft, or null for a reject. */
    public final @Nullable EntityDraft draft;

    /** The field at fault of a reject. */
    public final @Nullable String field;

    /** The reason of a reject. */
    public final @Nullable String reason;

    private final byte[] raw;

    Event(
        long record,
        Locator locator,
        @Nullable EntityDraft draft,
        @Nullable String field,
        @Nullable String reason,
        byte[] raw) {
      this.record = record;
      this.locator = locator;
      this.draft = draft;
      this.field = field;
      this.reason = reason;
      this.raw = raw;
    }

    /** The record's bytes as handed over. */
    public byte[] raw() {
      return raw.clone();
    }

    /** The record's bytes as UTF-8 text. */
    public String rawText() {
      return new String(raw, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return draft != null
          ? record + " " + locator + ": " + draft
          : record + " " + locator + ": reject " + field + ": " + reason;
    }
  }
}
