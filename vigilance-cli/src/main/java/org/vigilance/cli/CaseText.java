package org.vigilance.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.entity.MergedEntity;

/** How the due-diligence commands show entities, documents and citations, as text and JSON. */
final class CaseText {
  private CaseText() {}

  /** An entity's caption with its id, when they differ. */
  static String name(CaseGraph graph, MergedEntity entity) {
    String caption = entity.caption(graph.model());
    return caption.equals(entity.id().value())
        ? caption
        : "\"" + caption + "\" (" + entity.id() + ")";
  }

  /** An entity as JSON: id and caption. */
  static Map<String, Object> ref(CaseGraph graph, MergedEntity entity) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("id", entity.id().value());
    j.put("schema", entity.schema());
    j.put("name", entity.caption(graph.model()));
    return j;
  }

  /** A document as JSON: id, caption, grade and citation. */
  static Map<String, Object> document(CaseGraph graph, MergedEntity document) {
    Map<String, Object> j = ref(graph, document);
    j.put("grade", graph.grade(document).name());
    j.put("citation", Cited.json(graph.cite(document)));
    return j;
  }
}
