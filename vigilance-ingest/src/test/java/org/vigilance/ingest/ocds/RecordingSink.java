package org.vigilance.ingest.ocds;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;

/**
 * A sink that keeps everything it is given, in order, with the locator the reader gives for each
 * record at the time, fetching raw bytes during the call.
 */
final class RecordingSink implements RecordSink {
  private final RecordReader reader;
  private final long resumeAfter;
  final List<Event> events = new ArrayList<>();

  RecordingSink(RecordReader reader) {
    this(reader, 0);
  }

  RecordingSink(RecordReader reader, long resumeAfter) {
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
    events.add(new Event(record, reader.locate(record), draft, null, null, raw.bytes()));
  }

  @Override
  public void reject(long record, @Nullable String field, String reason, byte[] raw) {
    check(record);
    events.add(new Event(record, reader.locate(record), null, field, reason, raw.clone()));
  }

  private void check(long record) {
    if (!events.isEmpty() && events.get(events.size() - 1).record > record) {
      throw new AssertionError("records out of order: " + record + " after " + events);
    }
  }

  List<EntityDraft> drafts() {
    return events.stream().filter(e -> e.draft != null).map(e -> e.draft).toList();
  }

  /** The drafts of one record. */
  List<EntityDraft> drafts(long record) {
    return events.stream()
        .filter(e -> e.draft != null && e.record == record)
        .map(e -> e.draft)
        .toList();
  }

  /** The draft of an entity in one record, failing when there is not exactly one. */
  EntityDraft draft(long record, String id) {
    List<EntityDraft> found =
        drafts(record).stream().filter(d -> d.id().value().equals(id)).toList();
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one draft of " + id + " in record " + record + ", got " + drafts(record));
    }
    return found.get(0);
  }

  List<Event> rejects() {
    return events.stream().filter(e -> e.draft == null).toList();
  }

  /** The distinct records with their locators, in order. */
  List<String> locators() {
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
  static final class Event {
    final long record;
    final Locator locator;
    final @Nullable EntityDraft draft;
    final @Nullable String field;
    final @Nullable String reason;
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

    byte[] raw() {
      return raw.clone();
    }

    @Override
    public String toString() {
      return draft != null
          ? record + " " + locator + ": " + draft
          : record + " " + locator + ": reject " + field + ": " + reason;
    }
  }
}
