package org.vigilance.core.diligence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.CanonicalJson;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Property;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.Schema;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ImportRequest;
import org.vigilance.core.ingest.ImportSource;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.workspace.Workspace;

/**
 * Records what an analyst enters (a cited source, a claim, an evidence link, a letter, an
 * assessment...) as an <em>entry</em>: one source of its own whose bytes are the FollowTheMoney
 * JSON Lines of the entities it records, imported like any file (hashed, journalled, one atomic
 * batch), so that every fact entered by hand has the same provenance, export and verification as an
 * imported one. The same entry twice (same kind, collection and entities) is recorded once.
 *
 * <p>Everything is checked before anything is written: each entity against the schema model; each
 * entity reference against the workspace (or the entry itself), and its target's schema against the
 * property's range (an evidence link's {@code claim} must be a {@code Claim}), so a mistyped id is
 * a clear error, not a dangling link; and an id already recorded with other values is refused,
 * since an entry never edits what is recorded (ADR 0011).
 */
public final class RecordEntry {
  private final Workspace workspace;
  private final Model model;
  private final Clock clock;
  private final RecordReader ftmReader;

  /**
   * A use case over a workspace.
   *
   * @param ftmReader a reader of FollowTheMoney JSON Lines (a fresh one per entry)
   */
  public RecordEntry(Workspace workspace, Model model, Clock clock, RecordReader ftmReader) {
    this.workspace = workspace;
    this.model = model;
    this.clock = clock;
    this.ftmReader = ftmReader;
  }

  /**
   * What to record.
   *
   * @param kind what is entered, as the importer is named: {@code claim}, {@code cite}, {@code
   *     letter}... (the source's importer is {@code entry:KIND})
   * @param name the source's name, e.g. {@code claim add C1}
   * @param collection the collection the entry belongs to
   * @param sensitivity who may see it
   * @param grade the grade of what the entry transcribes (the cited source's), E4 when it cites
   *     nothing
   * @param originUrl where the cited item is, when known
   * @param capturedBy who enters it
   * @param entities the entities recorded, at least one
   */
  public record Entry(
      String kind,
      String name,
      CollectionName collection,
      Sensitivity sensitivity,
      EvidenceGrade grade,
      @Nullable String originUrl,
      String capturedBy,
      List<EntityDraft> entities) {

    /** Copies the list; checks it is not empty. */
    public Entry {
      Objects.requireNonNull(kind);
      entities = List.copyOf(entities);
      if (entities.isEmpty()) {
        throw new IllegalArgumentException("an entry records at least one entity");
      }
    }
  }

  /**
   * Checks and records an entry.
   *
   * @return the outcome of the import of the entry's source ({@link
   *     ImportOutcome#alreadyImported()} when the same entry was recorded before)
   * @throws IllegalArgumentException naming the entity, property and reason when an entity does not
   *     fit the model, refers to an entity that does not exist or is of the wrong schema, or takes
   *     the id of an entity recorded with other values
   */
  public ImportOutcome record(Entry entry) throws IOException {
    check(entry.entities());
    StringBuilder lines = new StringBuilder();
    for (EntityDraft entity : entry.entities()) {
      lines.append(CanonicalJson.entity(entity)).append('\n');
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    ImportRequest request =
        new ImportRequest(
            entry.name(),
            "entry:" + entry.kind(),
            "application/x-ftm+json-lines",
            entry.collection(),
            entry.sensitivity(),
            entry.grade(),
            entry.originUrl(),
            null,
            entry.capturedBy(),
            ImportRequest.DEFAULT_BATCH_SIZE,
            workspace.rejectsDir(),
            batch -> {});
    ImportOutcome outcome =
        new ImportSource(
                workspace.blobs(), workspace.sources(), workspace.fragments(), model, clock)
            .run(request, new ByteArrayInputStream(bytes), ftmReader, ProgressListener.NONE);
    if (outcome.addedRejects() > 0) {
      // cannot happen after check(); kept so that a model/reader disagreement is never silent
      throw new IllegalStateException(
          "entry " + entry.name() + " had " + outcome.addedRejects() + " rejected entities");
    }
    return outcome;
  }

  private void check(List<EntityDraft> entities) {
    Map<String, String> inEntry = new HashMap<>();
    entities.forEach(e -> inEntry.put(e.id().value(), e.schema()));
    for (EntityDraft entity : entities) {
      Optional<Model.Problem> problem = model.check(entity);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(
            entity.schema()
                + " "
                + entity.id()
                + ": "
                + problem.get().field()
                + ": "
                + problem.get().reason());
      }
      checkNotEdited(entity);
      Schema schema = model.require(entity.schema());
      entity
          .properties()
          .forEach(
              (name, values) -> {
                Optional<Property> property = schema.property(name);
                if (property.isEmpty() || property.get().type() != PropertyType.ENTITY) {
                  return;
                }
                for (String value : values) {
                  String target = inEntry.get(value);
                  if (target == null) {
                    target = schemaInWorkspace(EntityId.of(value));
                  }
                  String prefix = entity.schema() + " " + entity.id() + ": " + name + ": ";
                  if (target == null) {
                    throw new IllegalArgumentException(
                        prefix + "no entity '" + value + "' in the workspace");
                  }
                  String range = property.get().range();
                  if (range != null && !model.require(target).isA(range)) {
                    throw new IllegalArgumentException(
                        prefix + "'" + value + "' is " + a(target) + ", not " + a(range));
                  }
                }
              });
    }
  }

  /**
   * An entry cannot edit what is recorded (ADR 0011): an entity already in the workspace may be
   * recorded again as it is (the same entry twice, or in another collection), or with values added
   * (more evidence for an impact), never with a value changed or left out.
   */
  private void checkNotEdited(EntityDraft entity) {
    List<Fragment> existing = workspace.fragments().fragmentsOf(entity.id());
    if (existing.isEmpty()) {
      return;
    }
    boolean onlyAdds = true;
    for (Fragment f : existing) {
      if (!f.schema().equals(entity.schema())) {
        onlyAdds = false;
        break;
      }
      for (var property : f.properties().entrySet()) {
        List<String> now = entity.properties().get(property.getKey());
        if (now == null || !now.containsAll(property.getValue())) {
          onlyAdds = false;
          break;
        }
      }
    }
    if (onlyAdds) {
      return;
    }
    throw new IllegalArgumentException(
        entity.schema()
            + " "
            + entity.id()
            + ": the id is already taken by "
            + a(schemaOf(existing))
            + " recorded with other values; what is recorded is never edited (values may only be"
            + " added): record the correction under a new id");
  }

  /** The schema of an entity of the workspace (merged as the merged view does), or null. */
  private @Nullable String schemaInWorkspace(EntityId id) {
    List<Fragment> fragments = workspace.fragments().fragmentsOf(id);
    return fragments.isEmpty() ? null : schemaOf(fragments);
  }

  private String schemaOf(List<Fragment> fragments) {
    List<String> schemata = new ArrayList<>();
    fragments.forEach(f -> schemata.add(f.schema()));
    return model.commonSchema(schemata).name();
  }

  /** A schema name with its indefinite article: "a Claim", "an Organization". */
  private static String a(String schema) {
    return ("AEIOU".indexOf(schema.charAt(0)) >= 0 ? "an " : "a ") + schema;
  }
}
