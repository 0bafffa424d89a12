package org.vigilance.core.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.journal.Canonical;

/**
 * What one source says about one entity, at one place in that source. Fragments are only ever
 * appended; the entity one sees is the merge of its fragments.
 *
 * @param entity the entity, its schema and property values as the source gives them
 * @param source the source that says it
 * @param locator where in the source
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record Fragment(
    EntityDraft entity, SourceId source, Locator locator, Instant recordedAt, String recordedBy) {

  /** The entity id. */
  public EntityId entityId() {
    return entity.id();
  }

  /** The schema name. */
  public String schema() {
    return entity.schema();
  }

  /** The property values. */
  public Map<String, List<String>> properties() {
    return entity.properties();
  }

  /**
   * Appends the canonical form of what is particular to this fragment: entity id, schema,
   * properties as canonical JSON ({@link EntityDraft#propertiesJson()}), and locator. A {@link
   * FragmentBatch} writes the fields its fragments share (source, recording time, recorder) once.
   */
  public void writeCanonicalEntity(Canonical out) {
    out.text(entity.id().value())
        .text(entity.schema())
        .text(entity.propertiesJson())
        .text(locator.value());
  }
}
