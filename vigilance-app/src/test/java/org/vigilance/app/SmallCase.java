package org.vigilance.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.RecordEntry;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Model;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.judgement.Components;
import org.vigilance.ingest.ftm.FtmRecordReader;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.testing.InMemoryWorkspace;

/**
 * A small case in an in-memory workspace with the real schemata: entities are recorded as entries
 * of a given grade through {@link RecordEntry}, and read back through {@link CaseGraph}.
 */
final class SmallCase {
  static final Model MODEL = FtmSchemaLoader.loadDefault();

  final InMemoryWorkspace ws;

  SmallCase(Path dir) {
    ws = new InMemoryWorkspace(dir, Clock.systemUTC());
  }

  /** An entity: id, schema, then property name and value pairs (a name may repeat). */
  static EntityDraft e(String id, String schema, String... pairs) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.merge(
          pairs[i],
          List.of(pairs[i + 1]),
          (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }
    return new EntityDraft(EntityId.of(id), schema, properties);
  }

  /** Records the entities as one entry of the given grade. */
  ImportOutcome record(EvidenceGrade grade, EntityDraft... entities) {
    return record("test", grade, null, entities);
  }

  /** Records the entities as one entry. */
  ImportOutcome record(
      String kind, EvidenceGrade grade, @Nullable String url, EntityDraft... entities) {
    try {
      return new RecordEntry(ws, MODEL, Clock.systemUTC(), new FtmRecordReader())
          .record(
              new RecordEntry.Entry(
                  kind,
                  kind + " " + entities[0].id(),
                  CollectionName.DEFAULT,
                  Sensitivity.PUBLIC,
                  grade,
                  url,
                  "tester",
                  List.of(entities)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document recorded from a source of the given grade. */
  SmallCase document(String id, EvidenceGrade grade) {
    record(grade, e(id, "Document", "title", "Document " + id));
    return this;
  }

  /** The case as a graph. */
  CaseGraph graph() {
    return CaseGraph.load(
        ws.fragments(), ws.sources(), MODEL, Components.of(ws.judgements().list()));
  }
}
