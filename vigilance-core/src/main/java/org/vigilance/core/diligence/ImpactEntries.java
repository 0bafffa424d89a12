package org.vigilance.core.diligence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.evidence.EvidenceGrade;

/**
 * Builds, from what an analyst types, the entities of an impact ({@code impact add}) or of an event
 * as reported ({@code event add}), checking every value first: an error names the field and the
 * value. The entities are then recorded with {@link RecordEntry}; the entry's grade is the best
 * grade of the evidence cited (ADR 0011: an entry carries the grade of what it transcribes).
 *
 * <p>Do-no-harm: an impact and an event refer only to institutions, products and documents (the
 * references are checked against their schemata, so a {@code Person} cannot be named); their texts
 * describe rights and events, never the people affected.
 */
public final class ImpactEntries {
  private ImpactEntries() {}

  /**
   * What {@code impact add} was given, as typed.
   *
   * @param id the new impact's id
   * @param right the right affected
   * @param event the event (an {@code Event})
   * @param unit the agency unit where the impact is documented (a {@code PublicBody})
   * @param product the product involved (a {@code Product}), if any
   * @param vendor the company whose involvement is described (an {@code Organization}), if any
   * @param involvement cause, contribute or directly-linked
   * @param scale severity: scale, 1 to 5
   * @param scope severity: scope, 1 to 5
   * @param irremediability severity: irremediability, 1 to 5
   * @param evidence {@code DOC[:LOCATOR]}, at least one
   * @param date when it happened (ISO 8601, any precision), if known
   * @param summary a sentence describing it, if given
   */
  public record ImpactRequest(
      String id,
      String right,
      String event,
      String unit,
      @Nullable String product,
      @Nullable String vendor,
      String involvement,
      String scale,
      String scope,
      String irremediability,
      List<String> evidence,
      @Nullable String date,
      @Nullable String summary) {
    /** Copies the list. */
    public ImpactRequest {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * What {@code event add} was given, as typed.
   *
   * @param id the new event's id
   * @param name its name (the summary when absent)
   * @param date when it happened (ISO 8601, any precision)
   * @param summary what happened, as reported
   * @param evidence {@code DOC[:LOCATOR]}, at least one: who reported it
   */
  public record EventRequest(
      String id, @Nullable String name, String date, String summary, List<String> evidence) {
    /** Copies the list. */
    public EventRequest {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * The entities to record and the entry's grade.
   *
   * @param entities the main entity first, then its {@code Documentation} links
   * @param grade the best grade of the evidence cited
   */
  public record Built(List<EntityDraft> entities, EvidenceGrade grade) {
    /** Copies the list. */
    public Built {
      entities = List.copyOf(entities);
    }
  }

  /**
   * A cited document with the place in it.
   *
   * @param document the document's id as typed
   * @param locator where in it, if given
   * @param entity the document
   */
  public record EvidenceSpec(String document, @Nullable String locator, MergedEntity entity) {}

  /**
   * Reads {@code DOC[:LOCATOR]}: the document id is the longest part before a colon that names an
   * entity of the graph (ids contain colons: {@code doc:s2:p. 12} is document {@code doc:s2}, page
   * {@code p. 12}); the rest is the locator.
   *
   * @throws IllegalArgumentException naming the value when no document is found
   */
  public static EvidenceSpec evidence(CaseGraph graph, String field, String text) {
    String t = text.trim();
    int end = t.length();
    while (end > 0) {
      String candidate = t.substring(0, end).trim();
      if (EntityId.problem(candidate) == null) {
        Optional<MergedEntity> found = graph.get(EntityId.of(candidate));
        if (found.isPresent()) {
          if (!graph.isA(found.get(), "Document")) {
            throw new IllegalArgumentException(
                field
                    + ": '"
                    + candidate
                    + "' is a "
                    + found.get().schema()
                    + ", not a document (cite the source with 'vigilance cite' or 'ingest' it)");
          }
          String rest = end < t.length() ? t.substring(end + 1).trim() : "";
          return new EvidenceSpec(candidate, rest.isEmpty() ? null : rest, found.get());
        }
      }
      end = t.lastIndexOf(':', end - 1);
    }
    throw new IllegalArgumentException(
        field + ": no document '" + text + "' in the workspace (expected DOC or DOC:LOCATOR)");
  }

  /** Checks an {@code impact add} request and builds its entities. */
  public static Built impact(CaseGraph graph, ImpactRequest request) {
    EntityId id = newId(request.id());
    String right = text("right", request.right());
    reference(graph, "event", request.event(), "Event");
    reference(graph, "unit", request.unit(), "PublicBody");
    if (request.product() != null) {
      reference(graph, "product", request.product(), "Product");
    }
    if (request.vendor() != null) {
      reference(graph, "vendor", request.vendor(), "Organization");
    }
    Involvement involvement = Involvement.parse(request.involvement());
    int scale = Severity.dimension("scale", request.scale());
    int scope = Severity.dimension("scope", request.scope());
    int irremediability = Severity.dimension("irremediability", request.irremediability());
    String date = date(request.date());
    List<EvidenceSpec> evidence = evidenceList(graph, request.evidence());

    Map<String, List<String>> p = new LinkedHashMap<>();
    put(p, "right", right);
    put(p, "event", request.event().trim());
    put(p, "unit", request.unit().trim());
    put(p, "product", request.product() == null ? null : request.product().trim());
    put(p, "vendor", request.vendor() == null ? null : request.vendor().trim());
    put(p, "involvement", involvement.word());
    put(p, "severityScale", Integer.toString(scale));
    put(p, "severityScope", Integer.toString(scope));
    put(p, "severityIrremediability", Integer.toString(irremediability));
    put(p, "date", date);
    put(p, "summary", request.summary() == null ? null : text("summary", request.summary()));
    p.put("evidence", evidence.stream().map(EvidenceSpec::document).distinct().toList());
    EntityDraft impact = new EntityDraft(id, "Impact", p);
    unchanged(graph, impact);
    return built(graph, impact, evidence, false);
  }

  /** Checks an {@code event add} request and builds its entities. */
  public static Built event(CaseGraph graph, EventRequest request) {
    EntityId id = newId(request.id());
    String summary = text("summary", request.summary());
    String name = request.name() == null ? summary : text("name", request.name());
    String date = date(request.date());
    if (date == null) {
      throw new IllegalArgumentException("date: an event needs a date (ISO 8601, e.g. 2019-08)");
    }
    List<EvidenceSpec> evidence = evidenceList(graph, request.evidence());
    Map<String, List<String>> p = new LinkedHashMap<>();
    put(p, "name", name);
    put(p, "date", date);
    put(p, "summary", summary);
    EntityDraft event = new EntityDraft(id, "Event", p);
    unchanged(graph, event);
    return built(graph, event, evidence, true);
  }

  private static Built built(
      CaseGraph graph, EntityDraft main, List<EvidenceSpec> evidence, boolean everyDocument) {
    List<EntityDraft> entities = new ArrayList<>();
    entities.add(main);
    EvidenceGrade grade = EvidenceGrade.E4;
    for (EvidenceSpec spec : evidence) {
      EvidenceGrade g = graph.grade(spec.entity());
      grade = g.compareTo(grade) < 0 ? g : grade;
      if (spec.locator() == null && !everyDocument) {
        continue; // the impact's evidence property says it; a Documentation adds only the place
      }
      Map<String, List<String>> p = new LinkedHashMap<>();
      put(p, "document", spec.document());
      put(p, "entity", main.id().value());
      put(p, "role", EvidenceItem.ROLE);
      put(p, "summary", spec.locator());
      entities.add(
          new EntityDraft(
              EntityId.of(
                  main.id().value()
                      + ":evidence:"
                      + digest(spec.document() + "\n" + String.valueOf(spec.locator()))),
              "Documentation",
              p));
    }
    return new Built(entities, grade);
  }

  private static List<EvidenceSpec> evidenceList(CaseGraph graph, List<String> texts) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException(
          "evidence: at least one document is needed (--evidence DOC[:LOCATOR])");
    }
    List<EvidenceSpec> specs = new ArrayList<>();
    for (String t : texts) {
      specs.add(evidence(graph, "evidence", t));
    }
    return specs;
  }

  private static EntityId newId(String text) {
    String problem = EntityId.problem(text.trim());
    if (problem != null) {
      throw new IllegalArgumentException("id: '" + text + "': " + problem);
    }
    return EntityId.of(text.trim());
  }

  /**
   * An id already recorded may be recorded again only with the same schema and values (the same
   * entry twice, or more evidence): an impact is never changed, a correction is a new impact.
   */
  private static void unchanged(CaseGraph graph, EntityDraft draft) {
    Optional<MergedEntity> existing = graph.get(draft.id());
    if (existing.isEmpty()) {
      return;
    }
    MergedEntity e = existing.get();
    if (!graph.isA(e, draft.schema())) {
      throw new IllegalArgumentException(
          "id: '" + draft.id() + "' is already a " + e.schema() + ", not a new " + draft.schema());
    }
    draft
        .properties()
        .forEach(
            (name, values) -> {
              if (name.equals("evidence")) {
                return;
              }
              List<String> recorded = e.values(name);
              for (String v : values) {
                if (!recorded.isEmpty() && !recorded.contains(v)) {
                  throw new IllegalArgumentException(
                      "id: "
                          + draft.schema()
                          + " '"
                          + draft.id()
                          + "' is recorded with "
                          + name
                          + " '"
                          + String.join("', '", recorded)
                          + "', not '"
                          + v
                          + "'; a recorded "
                          + draft.schema()
                          + " is not changed: record a new one with a new id");
                }
              }
            });
  }

  private static void reference(CaseGraph graph, String field, String id, String schema) {
    String t = id.trim();
    if (EntityId.problem(t) != null) {
      throw new IllegalArgumentException(field + ": '" + id + "' is not an entity id");
    }
    MergedEntity entity =
        graph
            .get(EntityId.of(t))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        field + ": no entity '" + t + "' in the workspace"));
    if (!graph.isA(entity, schema)) {
      throw new IllegalArgumentException(
          field + ": '" + t + "' is a " + entity.schema() + ", not a " + schema);
    }
  }

  private static String text(String field, String value) {
    String t = value.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be empty");
    }
    return t;
  }

  private static @Nullable String date(@Nullable String text) {
    if (text == null) {
      return null;
    }
    DateSpan span = DateSpan.parse(text);
    if (span == null) {
      throw new IllegalArgumentException(
          "date: '" + text + "' is not an ISO 8601 date (2019, 2019-08 or 2019-08-07)");
    }
    return text.trim();
  }

  private static void put(Map<String, List<String>> p, String name, @Nullable String value) {
    if (value != null) {
      p.put(name, List.of(value));
    }
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
