package org.vigilance.core.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.ImportTotals;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.journal.JournalRecord;

/**
 * The journal records that adapters write with catalogue changes, so that every adapter journals
 * the same facts in the same words and {@link VerifyWorkspace} can cross-check them.
 */
public final class JournalRecords {
  /** Kind of the entry written when a collection is created. */
  public static final String COLLECTION_CREATED = "collection.created";

  /** Kind of the entry written when an import completes. */
  public static final String IMPORT_COMPLETED = "import.completed";

  private JournalRecords() {}

  /** A collection was created. */
  public static JournalRecord collectionCreated(CollectionName name) {
    return JournalRecord.of(COLLECTION_CREATED, name.value(), Map.of());
  }

  /** A source was registered, with everything that identifies it. */
  public static JournalRecord sourceRegistered(Source source) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", oneLine(source.name()));
    fields.put("collection", source.collection());
    fields.put("blob", source.blob().hash());
    fields.put("size", source.blob().size());
    fields.put("importer", source.importer());
    fields.put("sensitivity", source.sensitivity().label());
    fields.put("grade", source.grade());
    fields.put("capturedAt", source.capturedAt());
    fields.put("capturedBy", oneLine(source.capturedBy()));
    return JournalRecord.of(VerifyWorkspace.SOURCE_REGISTERED, source.id().value(), fields);
  }

  /** The import of a source completed. */
  public static JournalRecord importCompleted(SourceId id, ImportTotals totals) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("records", totals.records());
    fields.put("fragments", totals.fragments());
    fields.put("rejects", totals.rejects());
    return JournalRecord.of(IMPORT_COMPLETED, id.value(), fields);
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
