package org.vigilance.ingest.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Property;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.Schema;

/**
 * Parses a FollowTheMoney mapping file and checks it against the model, failing with an {@link
 * IllegalArgumentException} whose message names the file, the query (when there are several), the
 * entity, the property and the problem.
 *
 * <p>The file is one of: {@code {DATASET: {queries: [QUERY, ...]}, ...}} (other dataset keys, such
 * as {@code label}, are ignored; {@code query} may stand for {@code queries}), {@code {queries:
 * [QUERY, ...]}}, or a single {@code QUERY}. A query is {@code {entities: {REF: ENTITY, ...},
 * filters?, filters_not?}}; its {@code csv_url}, {@code csv_urls}, {@code database}, {@code tables}
 * and {@code joins} are ignored, as {@code ftm map-csv} does. An entity is {@code {schema, key |
 * keys | id_column, key_literal?, properties?}}; a property is {@code {column | columns | literal |
 * literals | template | entity, join?, split?, format?, required?, fuzzy?}}. The checks are FtM's
 * ({@code InvalidMapping}) and a few more: unknown keys of entities and properties (FtM ignores
 * them, so a typo silently maps nothing), a property that gives no value, {@code format} on a
 * property that is not a date (FtM passes it to date parsing only), an abstract schema.
 * Thread-safe.
 */
final class MappingParser {
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Set<String> ENTITY_KEYS =
      Set.of("schema", "key", "keys", "key_literal", "id_column", "properties");
  private static final Set<String> PROPERTY_KEYS =
      Set.of(
          "column",
          "columns",
          "literal",
          "literals",
          "join",
          "split",
          "entity",
          "format",
          "template",
          "required",
          "fuzzy");
  private static final Set<String> TRUEISH = Set.of("1", "yes", "y", "t", "true", "on", "enabled");

  /** FtM's {@code PropertyMapping.FORMAT_PATTERN}: {@code {{column}}} in a template. */
  private static final Pattern TEMPLATE_REF = Pattern.compile("\\{\\{([^(})]*)\\}\\}");

  private final String name;
  private final Model model;

  private MappingParser(String name, Model model) {
    this.name = name;
    this.model = model;
  }

  /**
   * Parses a mapping.
   *
   * @param name the file name, for messages
   * @param text the YAML text
   * @param model the schema model
   * @throws IllegalArgumentException naming what is wrong
   */
  static Mapping parse(String name, String text, Model model) {
    return new MappingParser(name, model).parse(text);
  }

  private Mapping parse(String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ": not valid YAML: " + describe(e), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw fail("", "is empty: it maps nothing");
    }
    if (!root.isObject()) {
      throw fail(
          "",
          "expected dataset names with their queries ({my_dataset: {queries: [...]}}),"
              + " {queries: [...]} or one query ({entities: ...}), not "
              + kind(root));
    }
    List<RawQuery> raw = new ArrayList<>();
    if (root.has("entities")) {
      raw.add(new RawQuery(null, root));
    } else if (root.has("queries") || root.has("query")) {
      queriesOf(root, null, "", raw);
    } else {
      for (Map.Entry<String, JsonNode> dataset : root.properties()) {
        String where = "dataset '" + dataset.getKey() + "': ";
        JsonNode meta = dataset.getValue();
        if (!meta.isObject() || !(meta.has("queries") || meta.has("query"))) {
          throw fail(
              where,
              "has no 'queries' (a dataset is {queries: [{entities: ...}, ...]}; a file that maps"
                  + " one query gives {entities: ...} at the top)");
        }
        String dataName = CleanText.strip(dataset.getKey());
        queriesOf(meta, dataName.isEmpty() ? null : dataName, where, raw);
      }
    }
    if (raw.isEmpty()) {
      throw fail("", "has no queries: it maps nothing");
    }
    List<QueryMapping> queries = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      RawQuery entry = raw.get(i);
      String dataset = entry.dataset();
      String label = "";
      if (raw.size() > 1) {
        label = (dataset == null ? "" : "dataset '" + dataset + "', ") + "query " + (i + 1) + ", ";
      }
      queries.add(query(label, dataset, entry.node()));
    }
    return new Mapping(name, queries);
  }

  private void queriesOf(
      JsonNode meta, @Nullable String dataset, String where, List<RawQuery> out) {
    for (String key : List.of("queries", "query")) {
      JsonNode node = meta.get(key);
      if (node == null || node.isNull()) {
        continue;
      }
      List<JsonNode> items = new ArrayList<>();
      if (node.isArray()) {
        node.forEach(items::add);
      } else {
        items.add(node);
      }
      for (JsonNode item : items) {
        if (!item.isObject()) {
          throw fail(where, "'" + key + "' holds " + kind(item) + ", not a query {entities: ...}");
        }
        out.add(new RawQuery(dataset, item));
      }
    }
  }

  private QueryMapping query(String label, @Nullable String dataset, JsonNode node) {
    JsonNode entitiesNode = node.get("entities");
    if (entitiesNode == null || !entitiesNode.isObject() || entitiesNode.isEmpty()) {
      throw fail(
          label.isEmpty() ? "" : label.substring(0, label.length() - 2) + ": ",
          "defines no entities ('entities' is missing or empty)");
    }
    Map<String, EntityMapping> entities = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : entitiesNode.properties()) {
      String where = label + "entity '" + entry.getKey() + "'";
      entities.put(entry.getKey(), entity(where, entry.getKey(), entry.getValue()));
    }
    for (EntityMapping entity : entities.values()) {
      for (PropertyMapping property : entity.properties()) {
        bindReference(label, entity, property, entities);
      }
    }
    return new QueryMapping(
        label,
        dataset,
        dependencyOrder(label, entities),
        filters(label + "filters", node.get("filters")),
        filters(label + "filters_not", node.get("filters_not")));
  }

  private EntityMapping entity(String where, String ref, JsonNode node) {
    if (!node.isObject()) {
      throw fail(
          where + ": ", "expected {schema: ..., key: ..., properties: ...}, not " + kind(node));
    }
    checkKeys(where, node, ENTITY_KEYS);
    String schemaName = text(where, node, "schema");
    if (schemaName == null) {
      throw fail(where + ": ", "has no 'schema'");
    }
    Schema schema =
        model
            .schema(schemaName)
            .orElseThrow(() -> fail(where + ": ", "unknown schema '" + schemaName + "'"));
    if (schema.isAbstract()) {
      throw fail(where + ": ", "schema '" + schemaName + "' is abstract: use a concrete one");
    }
    List<String> keys = new ArrayList<>(strings(where, node, "key"));
    keys.addAll(strings(where, node, "keys"));
    String keyLiteral = text(where, node, "key_literal");
    String idColumn = text(where, node, "id_column");
    if (keys.isEmpty() && idColumn == null) {
      throw fail(
          where + ": ",
          "has no key: give 'key' or 'keys' (the columns whose values identify it) or"
              + " 'id_column'"
              + (keyLiteral != null ? " ('key_literal' alone only seeds the hash)" : ""));
    }
    if (!keys.isEmpty() && idColumn != null) {
      throw fail(where + ": ", "give 'key'/'keys' or 'id_column', not both");
    }
    List<PropertyMapping> properties = new ArrayList<>();
    JsonNode propertiesNode = node.get("properties");
    if (propertiesNode != null && !propertiesNode.isNull()) {
      if (!propertiesNode.isObject()) {
        throw fail(where + ": ", "'properties' holds " + kind(propertiesNode) + ", not a mapping");
      }
      for (Map.Entry<String, JsonNode> entry : propertiesNode.properties()) {
        String at = where + ", property '" + entry.getKey() + "'";
        Property property =
            schema
                .property(entry.getKey())
                .orElseThrow(
                    () ->
                        fail(
                            at + ": ",
                            "schema '"
                                + schema.name()
                                + "' has no property '"
                                + entry.getKey()
                                + "'"));
        properties.add(property(at, property, entry.getValue()));
      }
    }
    return new EntityMapping(ref, schema, keys, keyLiteral, idColumn, properties);
  }

  private PropertyMapping property(String where, Property property, JsonNode node) {
    if (!node.isObject()) {
      throw fail(where + ": ", "expected {column: NAME} or the like, not " + kind(node));
    }
    checkKeys(where, node, PROPERTY_KEYS);
    List<String> columns = new ArrayList<>(strings(where, node, "column"));
    columns.addAll(strings(where, node, "columns"));
    List<String> literals = new ArrayList<>(strings(where, node, "literal"));
    literals.addAll(strings(where, node, "literals"));
    String join = rawText(where, node, "join");
    String split = rawText(where, node, "split");
    String entity = text(where, node, "entity");
    String formatText = rawText(where, node, "format");
    String template = text(where, node, "template");
    boolean required = bool(node.get("required"));
    if (entity != null && (!columns.isEmpty() || !literals.isEmpty() || template != null)) {
      throw fail(
          where + ": ", "'entity' cannot be combined with 'column', 'literal' or 'template'");
    }
    if (entity == null && columns.isEmpty() && literals.isEmpty() && template == null) {
      throw fail(
          where + ": ",
          "gives no value: use 'column', 'columns', 'literal', 'literals', 'template' or 'entity'");
    }
    if (split != null && split.isEmpty()) {
      throw fail(where + ": ", "'split' is empty");
    }
    Dates.Format format = null;
    if (formatText != null) {
      if (property.type() != PropertyType.DATE) {
        throw fail(
            where + ": ",
            "'format' is a date format in FtM mappings (strptime, such as '%d/%m/%Y'), but '"
                + property.name()
                + "' is a "
                + property.type().ftmName()
                + " property; to combine columns use template: \"{{a}} {{b}}\" or 'columns'"
                + " with 'join'");
      }
      try {
        format = Dates.Format.compile(formatText);
      } catch (IllegalArgumentException e) {
        throw fail(where + ": ", String.valueOf(e.getMessage()));
      }
    }
    List<String> templateColumns = new ArrayList<>();
    if (template != null) {
      Matcher m = TEMPLATE_REF.matcher(template);
      while (m.find()) {
        templateColumns.add(m.group(1));
      }
    }
    return new PropertyMapping(
        property,
        columns,
        literals,
        join,
        split,
        entity,
        format,
        template,
        templateColumns,
        required);
  }

  /** FtM's {@code PropertyMapping.bind}: the entity referred to exists and fits the range. */
  private void bindReference(
      String label,
      EntityMapping entity,
      PropertyMapping property,
      Map<String, EntityMapping> entities) {
    String ref = property.entity();
    if (ref == null) {
      return;
    }
    String where =
        label + "entity '" + entity.ref() + "', property '" + property.property().name() + "': ";
    EntityMapping target = entities.get(ref);
    if (target == null) {
      throw fail(
          where,
          "refers to entity '"
              + ref
              + "', which this query does not define (entities: "
              + String.join(", ", entities.keySet())
              + ")");
    }
    String range = property.property().range();
    if (range == null) {
      throw fail(
          where,
          "is a "
              + property.property().type().ftmName()
              + " property, so it cannot refer to entity '"
              + ref
              + "'");
    }
    if (!target.schema().isA(range)) {
      throw fail(
          where,
          "refers to entity '"
              + ref
              + "', "
              + withArticle(target.schema().name())
              + ", but the property takes "
              + withArticle(range));
    }
  }

  /** FtM's order: repeatedly the first entity all of whose references are already placed. */
  private List<EntityMapping> dependencyOrder(String label, Map<String, EntityMapping> entities) {
    List<EntityMapping> remaining = new ArrayList<>(entities.values());
    List<EntityMapping> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (!remaining.isEmpty()) {
      EntityMapping next = null;
      for (EntityMapping entity : remaining) {
        if (placed.containsAll(references(entity))) {
          next = entity;
          break;
        }
      }
      if (next == null) {
        Set<String> cycle = new TreeSet<>();
        remaining.forEach(entity -> cycle.add("'" + entity.ref() + "'"));
        throw fail(
            label.isEmpty() ? "" : label.substring(0, label.length() - 2) + ": ",
            "entities " + String.join(", ", cycle) + " refer to each other in a cycle");
      }
      remaining.remove(next);
      placed.add(next.ref());
      ordered.add(next);
    }
    return ordered;
  }

  private static Set<String> references(EntityMapping entity) {
    Set<String> references = new LinkedHashSet<>();
    for (PropertyMapping property : entity.properties()) {
      if (property.entity() != null) {
        references.add(property.entity());
      }
    }
    return references;
  }

  private List<QueryMapping.Filter> filters(String where, @Nullable JsonNode node) {
    List<QueryMapping.Filter> filters = new ArrayList<>();
    if (node == null || node.isNull()) {
      return filters;
    }
    if (!node.isObject()) {
      throw fail(where + ": ", "expected {column: value or [values]}, not " + kind(node));
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      Set<String> values = new HashSet<>();
      boolean empty = false;
      List<JsonNode> items = new ArrayList<>();
      if (entry.getValue().isArray()) {
        entry.getValue().forEach(items::add);
      } else {
        items.add(entry.getValue());
      }
      for (JsonNode item : items) {
        if (item.isNull()) {
          empty = true;
        } else if (item.isValueNode()) {
          values.add(item.asText());
        } else {
          throw fail(
              where + ", column '" + entry.getKey() + "': ",
              "expected a value or a list of values, not " + kind(item));
        }
      }
      filters.add(new QueryMapping.Filter(entry.getKey(), values, empty));
    }
    return filters;
  }

  private void checkKeys(String where, JsonNode node, Set<String> known) {
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!known.contains(entry.getKey())) {
        throw fail(
            where + ": ",
            "unknown key '"
                + entry.getKey()
                + "' (known: "
                + String.join(", ", new TreeSet<>(known))
                + ")");
      }
    }
  }

  /** A scalar, stripped; null when absent, null or empty. */
  private @Nullable String text(String where, JsonNode node, String key) {
    String text = rawText(where, node, key);
    if (text == null) {
      return null;
    }
    String stripped = CleanText.strip(text);
    return stripped.isEmpty() ? null : stripped;
  }

  /** A scalar as written; null when absent or null. */
  private @Nullable String rawText(String where, JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw fail(where + ": ", "'" + key + "' holds " + kind(value) + ", not a single value");
    }
    return value.asText();
  }

  /** A scalar or a list of scalars, each stripped, empty ones left out. */
  private List<String> strings(String where, JsonNode node, String key) {
    JsonNode value = node.get(key);
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(items::add);
    } else {
      items.add(value);
    }
    for (JsonNode item : items) {
      if (item.isNull()) {
        continue;
      }
      if (!item.isValueNode()) {
        throw fail(
            where + ": ",
            "'" + key + "' holds " + kind(item) + ", not a value or a list of values");
      }
      String text = CleanText.strip(item.asText());
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }

  /** {@code banal.as_bool}. */
  private static boolean bool(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return TRUEISH.contains(node.asText().strip().toLowerCase(Locale.ROOT));
  }

  private static String withArticle(String noun) {
    return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String kind(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNull()) {
      return "nothing";
    }
    return "the value '" + node.asText() + "'";
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return message;
  }

  private IllegalArgumentException fail(String where, String problem) {
    return new IllegalArgumentException(name + ": " + where + problem);
  }

  /** A query as found in the file, with the dataset it belongs to. */
  private record RawQuery(@Nullable String dataset, JsonNode node) {}
}
