package org.vigilance.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.ingest.RecordSink;

/** A sink that keeps everything it is given, in order, fetching raw bytes during the call. */
final class RecordingSink implements RecordSink {
  private final long resumeAfter;
  final List<Event> events = new ArrayList<>();

  RecordingSink() {
    this(0);
  }

  RecordingSink(long resumeAfter) {
    this.resumeAfter = resumeAfter;
  }

  @Override
  public long resumeAfter() {
    return resumeAfter;
  }

  @Override
  public void accept(long record, EntityDraft draft, RawRecord raw) {
    events.add(new Event(record, draft, null, null, raw.bytes()));
  }

  @Override
  public void reject(long record, @Nullable String field, String reason, byte[] raw) {
    events.add(new Event(record, null, field, reason, raw.clone()));
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

  List<Event> rejects() {
    return events.stream().filter(e -> e.draft == null).toList();
  }

  List<Long> records() {
    return events.stream().map(e -> e.record).toList();
  }

  /** One call to the sink: an accepted draft, or a reject with its field and reason. */
  static final class Event {
    final long record;
    final @Nullable EntityDraft draft;
    final @Nullable String field;
    final @Nullable String reason;
    private final byte[] raw;

    Event(
        long record,
        @Nullable EntityDraft draft,
        @Nullable String field,
        @Nullable String reason,
        byte[] raw) {
      this.record = record;
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
      return draft != null ? record + ": " + draft : record + ": reject " + field + ": " + reason;
    }
  }
}
