package org.vigilance.ingest.usaspending;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;

/**
 * A sink that keeps everything it is given, in order, fetching the raw bytes and the reader's
 * locator during each call (as the import use case does).
 */
final class RecordingSink implements RecordSink {
  private final long resumeAfter;
  private final RecordReader reader;
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
    events.add(new Event(record, draft, null, null, raw.bytes(), reader.locate(record)));
  }

  @Override
  public void reject(long record, @Nullable String field, String reason, byte[] raw) {
    events.add(new Event(record, null, field, reason, raw.clone(), reader.locate(record)));
  }

  List<EntityDraft> drafts() {
    List<EntityDraft> drafts = new ArrayList<>();
    for (Event event : events) {
      if (event.draft != null) {
        drafts.add(event.draft);
      }
    }
    return drafts;
  }

  List<EntityDraft> drafts(String schema) {
    return drafts().stream().filter(draft -> draft.schema().equals(schema)).toList();
  }

  /** The drafts of one record. */
  List<EntityDraft> draftsOf(long record) {
    List<EntityDraft> drafts = new ArrayList<>();
    for (Event event : events) {
      if (event.record == record && event.draft != null) {
        drafts.add(event.draft);
      }
    }
    return drafts;
  }

  /** The first draft with this id, failing when there is none. */
  EntityDraft draft(String id) {
    return drafts().stream()
        .filter(draft -> draft.id().value().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no draft '" + id + "' in " + events));
  }

  List<Event> rejects() {
    return events.stream().filter(e -> e.draft == null).toList();
  }

  List<Long> records() {
    return events.stream().map(e -> e.record).distinct().toList();
  }

  /** One call to the sink: an accepted draft, or a reject with its field and reason. */
  static final class Event {
    final long record;
    final @Nullable EntityDraft draft;
    final @Nullable String field;
    final @Nullable String reason;
    final Locator locator;
    private final byte[] raw;

    Event(
        long record,
        @Nullable EntityDraft draft,
        @Nullable String field,
        @Nullable String reason,
        byte[] raw,
        Locator locator) {
      this.record = record;
      this.draft = draft;
      this.field = field;
      this.reason = reason;
      this.raw = raw;
      this.locator = locator;
    }

    String rawText() {
      return new String(raw, StandardCharsets.UTF_8);
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
