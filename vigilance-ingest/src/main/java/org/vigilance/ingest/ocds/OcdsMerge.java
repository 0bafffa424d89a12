package org.vigilance.ingest.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the releases of one contracting process into a compiled release, by the OCDS merge rules
 * (https://standard.open-contracting.org/1.1/en/schema/merging/), as ocds-merge does.
 *
 * <p>The releases are sorted by {@code date}, oldest first (the sort is stable, so releases of the
 * same date keep their order); then each field takes the value of the newest release that gives it.
 * Objects are merged field by field. Arrays of objects are merged by {@code id}: an object whose
 * {@code id} an older release also used is merged into that one, a new {@code id} adds an object,
 * and an object without {@code id} is always added. An array that holds anything but objects, or
 * that the schema marks {@code wholeListMerge}, is replaced whole. A {@code null} removes a field.
 * The release's {@code id}, {@code date} and {@code tag} are not merged: the compiled release gets
 * {@code tag: ["compiled"]}, {@code id} = ocid-date and the {@code date} and {@code ocid} of the
 * newest release.
 *
 * <p>The whole-list rules are those of the schema of the data's version. OCDS 1.1.5 marks {@code
 * additionalIdentifiers}, {@code additionalClassifications} and (its objects having no {@code id})
 * amendments' {@code changes}; OCDS 1.0 also {@code tender.tenderers} and {@code awards.suppliers},
 * whose organisations had no {@code id} then. Declared extensions are not fetched (Vigilance works
 * offline), so their rules apply only when a caller passes them ({@link Rules#withWholeList}).
 *
 * <p>Dates are compared as instants when they parse as ISO 8601 (so that {@code
 * 2017-05-27T00:00:00-04:00} is newer than {@code 2017-05-27T03:00:00Z}), else as text; ocds-merge
 * compares the text, which gives the same order whenever the dates share one form and offset.
 */
final class OcdsMerge {
  private static final Set<String> OMITTED = Set.of("id", "date", "tag");
  private static final Set<String> WHOLE_LIST_FIELDS =
      Set.of("additionalIdentifiers", "additionalClassifications", "changes");
  private static final Set<String> VERSIONED_VALUE_FIELDS =
      Set.of("releaseID", "releaseDate", "releaseTag", "value");
  private static final DateTimeFormatter SORTABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Rules rules;
  private final Consumer<String> warnings;
  private final Map<List<Segment>, JsonNode> originalIds = new HashMap<>();
  private int unique;

  private OcdsMerge(Rules rules, Consumer<String> warnings) {
    this.rules = rules;
    this.warnings = warnings;
  }

  /**
   * Which arrays are replaced whole.
   *
   * @param version10 OCDS 1.0 data, whose organisations have no {@code id}
   * @param wholeListPaths further arrays replaced whole, as dotted paths without array positions
   *     ({@code parties.additionalContactPoints})
   */
  record Rules(boolean version10, Set<String> wholeListPaths) {
    static final Rules OCDS_1_0 = new Rules(true, Set.of("tender.tenderers", "awards.suppliers"));
    static final Rules OCDS_1_1 = new Rules(false, Set.of());

    Rules {
      wholeListPaths = Set.copyOf(wholeListPaths);
    }

    /** These rules and more arrays replaced whole (an extension's {@code wholeListMerge}). */
    Rules withWholeList(String... paths) {
      Set<String> all = new java.util.HashSet<>(wholeListPaths);
      all.addAll(List.of(paths));
      return new Rules(version10, all);
    }

    /** The rules of an OCDS version: 1.0 for {@code "1.0"}, else 1.1. */
    static Rules of(@Nullable String version) {
      return "1.0".equals(version) ? OCDS_1_0 : OCDS_1_1;
    }

    boolean wholeList(String rulePath, String field) {
      return WHOLE_LIST_FIELDS.contains(field) || wholeListPaths.contains(rulePath);
    }
  }

  /** A step of a path: an object's field, or an object of an array, known by its id. */
  private sealed interface Segment permits Field, Element {}

  private record Field(String name) implements Segment {}

  /** An object of an array; {@code identity} is its {@code id} as text, or unique. */
  private record Element(String identity) implements Segment {}

  /**
   * The compiled release of releases of one ocid, each with a string {@code ocid} and {@code date}.
   *
   * @param warnings told of objects that share an {@code id} within one array
   */
  static ObjectNode compile(List<ObjectNode> releases, Rules rules, Consumer<String> warnings) {
    if (releases.isEmpty()) {
      throw new IllegalArgumentException("no release to compile");
    }
    List<ObjectNode> sorted = new ArrayList<>(releases);
    sorted.sort(Comparator.comparing(OcdsMerge::dateKey));
    OcdsMerge merge = new OcdsMerge(rules, warnings);
    LinkedHashMap<List<Segment>, JsonNode> merged = new LinkedHashMap<>();
    merged.put(List.of(new Field("tag")), OcdsDocument.NODES.arrayNode().add("compiled"));
    for (ObjectNode release : sorted) {
      JsonNode ocid = Objects.requireNonNull(release.get("ocid"), "ocid");
      JsonNode date = Objects.requireNonNull(release.get("date"), "date");
      merged.put(
          List.of(new Field("id")),
          OcdsDocument.NODES.textNode(ocid.asText() + "-" + date.asText()));
      merged.put(List.of(new Field("date")), date);
      merged.put(List.of(new Field("ocid")), ocid);
      merge.flatten(release, List.of(), "", merged, true);
    }
    return merge.unflatten(merged);
  }

  /** The key by which releases are sorted: a fixed-width UTC instant when the date parses. */
  static String dateKey(JsonNode release) {
    String date = release.path("date").asText();
    try {
      return SORTABLE.format(OffsetDateTime.parse(date).toInstant());
    } catch (DateTimeParseException e) {
      // not a date-time with an offset
    }
    try {
      return SORTABLE.format(LocalDateTime.parse(date).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return SORTABLE.format(LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return date;
    }
  }

  private void flatten(
      JsonNode object,
      List<Segment> path,
      String rulePath,
      Map<List<Segment>, JsonNode> flat,
      boolean top) {
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      if (top && OMITTED.contains(name)) {
        continue;
      }
      String fieldRule = rulePath.isEmpty() ? name : rulePath + "." + name;
      List<Segment> fieldPath = append(path, new Field(name));
      if (!value.isContainerNode()
          || rules.wholeList(fieldRule, name)
          || (value.isArray() && holdsNonObject(value))) {
        flat.put(fieldPath, value);
      } else if (!value.isEmpty()) {
        if (value.isObject()) {
          flatten(value, fieldPath, fieldRule, flat, false);
        } else {
          flattenArray(value, fieldPath, fieldRule, flat);
        }
      }
    }
  }

  private void flattenArray(
      JsonNode array, List<Segment> path, String rulePath, Map<List<Segment>, JsonNode> flat) {
    Map<String, Integer> seen = new HashMap<>();
    int index = 0;
    for (JsonNode element : array) {
      index++;
      if (element.isEmpty()) {
        continue;
      }
      JsonNode id = element.get("id");
      String identity;
      if (id == null || id.isNull() || id.isContainerNode()) {
        identity = "\u0000" + unique++;
      } else {
        identity = id.asText();
        Integer first = seen.putIfAbsent(identity, index);
        if (first != null) {
          warnings.accept(
              "Multiple objects have the `id` value '"
                  + identity
                  + "' in the `"
                  + rulePath
                  + "` array: they are merged");
        }
      }
      List<Segment> elementPath = append(path, new Element(identity));
      if (id != null && !id.isNull() && !id.isContainerNode()) {
        originalIds.putIfAbsent(elementPath, id);
      }
      flatten(element, elementPath, rulePath, flat, false);
    }
  }

  private static boolean holdsNonObject(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isObject()) {
        return true;
      }
    }
    return false;
  }

  private static List<Segment> append(List<Segment> path, Segment segment) {
    List<Segment> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(segment);
    return List.copyOf(longer);
  }

  private ObjectNode unflatten(Map<List<Segment>, JsonNode> merged) {
    ObjectNode root = OcdsDocument.NODES.objectNode();
    IdentityHashMap<JsonNode, Map<String, ObjectNode>> elements = new IdentityHashMap<>();
    for (Map.Entry<List<Segment>, JsonNode> entry : merged.entrySet()) {
      List<Segment> key = entry.getKey();
      JsonNode current = root;
      for (int end = 1; end <= key.size(); end++) {
        Segment part = key.get(end - 1);
        if (part instanceof Element element) {
          if (!(current instanceof ArrayNode array)) {
            break; // a field that was not an array in an older release: the newer form is kept
          }
          Map<String, ObjectNode> byIdentity =
              elements.computeIfAbsent(array, ignored -> new HashMap<>());
          ObjectNode node = byIdentity.get(element.identity());
          if (node == null) {
            node = OcdsDocument.NODES.objectNode();
            JsonNode id = originalIds.get(key.subList(0, end));
            if (id != null) {
              node.set("id", id.deepCopy());
            }
            byIdentity.put(element.identity(), node);
            array.add(node);
          }
          current = node;
          continue;
        }
        if (!(current instanceof ObjectNode object)) {
          break;
        }
        String name = ((Field) part).name();
        JsonNode existing = object.get(name);
        if (existing != null) {
          current = existing;
          continue;
        }
        if (end == key.size()) {
          if (!entry.getValue().isNull()) {
            object.set(name, entry.getValue().deepCopy());
          }
          continue;
        }
        JsonNode created =
            key.get(end) instanceof Element
                ? OcdsDocument.NODES.arrayNode()
                : OcdsDocument.NODES.objectNode();
        object.set(name, created);
        current = created;
      }
    }
    return root;
  }

  /**
   * The newest values of a versioned release (as in a record's {@code versionedRelease}): each list
   * of versioned values ({@code releaseID}, {@code releaseDate}, {@code releaseTag}, {@code value},
   * oldest first) becomes the last value; a null value drops the field.
   */
  static JsonNode latest(JsonNode versioned) {
    JsonNode latest = latestOrNull(versioned);
    return latest == null ? OcdsDocument.NODES.objectNode() : latest;
  }

  private static @Nullable JsonNode latestOrNull(JsonNode node) {
    if (node.isArray()) {
      if (!node.isEmpty() && allVersionedValues(node)) {
        JsonNode value = node.get(node.size() - 1).get("value");
        return value == null || value.isNull() ? null : value.deepCopy();
      }
      ArrayNode array = OcdsDocument.NODES.arrayNode();
      for (JsonNode element : node) {
        JsonNode latest = latestOrNull(element);
        if (latest != null) {
          array.add(latest);
        }
      }
      return array;
    }
    if (node.isObject()) {
      ObjectNode object = OcdsDocument.NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode latest = latestOrNull(field.getValue());
        if (latest != null) {
          object.set(field.getKey(), latest);
        }
      }
      return object;
    }
    return node.isNull() ? null : node;
  }

  /** Whether an object holds versioned values (it is a versioned release), a few levels down. */
  static boolean hasVersionedValues(JsonNode node) {
    return hasVersionedValues(node, 0);
  }

  private static boolean hasVersionedValues(JsonNode node, int depth) {
    if (depth > 3) {
      return false;
    }
    if (node.isArray()) {
      if (!node.isEmpty() && allVersionedValues(node)) {
        return true;
      }
      for (JsonNode element : node) {
        if (hasVersionedValues(element, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    for (JsonNode child : node) {
      if (child.isContainerNode() && hasVersionedValues(child, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allVersionedValues(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isObject() || !element.has("releaseDate") || !element.has("value")) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : element.properties()) {
        if (!VERSIONED_VALUE_FIELDS.contains(field.getKey())) {
          return false;
        }
      }
    }
    return true;
  }
}
