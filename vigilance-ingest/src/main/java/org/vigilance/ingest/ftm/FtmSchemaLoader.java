package org.vigilance.ingest.ftm;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.SchemaSpec;

/**
 * Loads schemata written in FollowTheMoney's YAML format into a {@link Model}.
 *
 * <p>{@link #loadDefault()} gives the bundled model: every FollowTheMoney schema (release 3.8.4,
 * MIT licence, under {@code org/vigilance/ingest/ftm/schema/}), Vigilance's own schemata ({@code
 * Product}, {@code Deployment}, {@code Impact}, {@code Claim}, {@code EvidenceLink}, {@code
 * Correspondence}, {@code DueDiligenceAssessment}, {@code Finding}, under {@code
 * org/vigilance/ingest/vigilance/schema/}) and the vocabularies of the {@code country}, {@code
 * gender}, {@code language} and {@code topic} types.
 *
 * <p>A schema file maps schema names to schemata. Of a schema, the loader reads {@code label},
 * {@code plural} (default: the label), {@code description}, {@code abstract}, {@code matchable}
 * (default false), {@code extends} (a list, or one name), {@code properties}, {@code required},
 * {@code caption} and {@code edge} ({@code source} and {@code target}); of a property, {@code
 * label} (default: its name), {@code type}, {@code range}, {@code hidden} and {@code matchable}.
 * Other keys ({@code featured}, {@code temporalExtent}, {@code reverse}, {@code rdf}, ...) are
 * ignored. A file that is not valid YAML, or whose keys hold the wrong kind of value, fails with an
 * {@link IllegalArgumentException} naming the file and the problem; so does a model whose
 * inheritance or ranges do not resolve.
 *
 * <p>Thread-safe: the class has static methods only, and the default model is loaded once and
 * shared ({@link Model} is immutable).
 */
public final class FtmSchemaLoader {
  static final String FTM_SCHEMA_FOLDER = "org/vigilance/ingest/ftm/schema/";
  static final String VIGILANCE_SCHEMA_FOLDER = "org/vigilance/ingest/vigilance/schema/";
  static final String VOCABULARIES = "org/vigilance/ingest/ftm/vocabularies.json";
  private static final String INDEX = "index.txt";

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern YAML_MARK =
      Pattern.compile("\\s*in '[^']*', line (\\d+), column (\\d+):?");
  private static final Object LOCK = new Object();
  private static volatile @Nullable Model defaultModel;

  private FtmSchemaLoader() {}

  /**
   * The bundled model (FollowTheMoney and Vigilance schemata with the vocabularies), loaded on the
   * first call and shared afterwards.
   *
   * @throws IllegalStateException when the bundled files are missing or broken (a build defect)
   */
  public static Model loadDefault() {
    Model model = defaultModel;
    if (model == null) {
      synchronized (LOCK) {
        model = defaultModel;
        if (model == null) {
          model = loadBundled();
          defaultModel = model;
        }
      }
    }
    return model;
  }

  /**
   * Loads a model from the given schema files and vocabularies file. Every schema that a file
   * extends or names as a range must be among the files.
   *
   * @param schemaFiles YAML files, each mapping schema names to schemata
   * @param vocabularies a JSON object mapping a type name ({@code country}, ...) to its values
   * @throws IllegalArgumentException naming the file and the problem when a file is malformed, or
   *     naming the schema when the model does not resolve
   * @throws IOException when a file cannot be read
   */
  public static Model load(List<URL> schemaFiles, URL vocabularies) throws IOException {
    Model.Builder builder = Model.builder();
    for (URL file : schemaFiles) {
      addSchemata(builder, file, file.toString());
    }
    addVocabularies(builder, vocabularies, vocabularies.toString());
    return builder.build();
  }

  /** The resource paths of every bundled schema file, FtM's first. */
  static List<String> bundledSchemaResources() throws IOException {
    List<String> paths = new ArrayList<>();
    for (String folder : List.of(FTM_SCHEMA_FOLDER, VIGILANCE_SCHEMA_FOLDER)) {
      try (BufferedReader index =
          new BufferedReader(
              new InputStreamReader(openResource(folder + INDEX), StandardCharsets.UTF_8))) {
        String line;
        while ((line = index.readLine()) != null) {
          String name = line.strip();
          if (!name.isEmpty() && !name.startsWith("#")) {
            paths.add(folder + name);
          }
        }
      }
    }
    return paths;
  }

  private static Model loadBundled() {
    try {
      Model.Builder builder = Model.builder();
      for (String path : bundledSchemaResources()) {
        addSchemata(builder, resource(path), path);
      }
      addVocabularies(builder, resource(VOCABULARIES), VOCABULARIES);
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled schemata: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the bundled schemata are broken: " + e.getMessage(), e);
    }
  }

  private static URL resource(String path) {
    URL url = FtmSchemaLoader.class.getClassLoader().getResource(path);
    if (url == null) {
      throw new IllegalStateException("bundled resource " + path + " is missing");
    }
    return url;
  }

  private static InputStream openResource(String path) throws IOException {
    return resource(path).openStream();
  }

  private static JsonNode readTree(ObjectMapper mapper, URL file, String origin, String format)
      throws IOException {
    try (InputStream in = file.openStream()) {
      JsonNode root = mapper.readTree(in);
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new IllegalArgumentException(origin + ": the file is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(origin + ": not valid " + format + ": " + describe(e), e);
    }
  }

  /**
   * Jackson's message without its source excerpts, prefixed with the line and column. SnakeYAML's
   * messages span several lines: a context and a problem, each followed by a mark ({@code in
   * 'reader', line 3, column 9:}) and an indented excerpt; the mark of the problem is more precise
   * than the location Jackson reports.
   */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    StringBuilder text = new StringBuilder();
    String where = null;
    for (String line : message.lines().toList()) {
      Matcher mark = YAML_MARK.matcher(line);
      if (mark.matches()) {
        where = "line " + mark.group(1) + ", column " + mark.group(2);
      } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        text.append(text.isEmpty() ? "" : ": ").append(line.strip());
      }
    }
    JsonLocation location = e.getLocation();
    if (where == null && location != null && location.getLineNr() > 0) {
      where = "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
    return where == null ? text.toString() : where + ": " + text;
  }

  private static void addSchemata(Model.Builder builder, URL file, String origin)
      throws IOException {
    JsonNode root = readTree(YAML, file, origin, "YAML");
    if (!root.isObject()) {
      throw new IllegalArgumentException(
          origin + ": expected a mapping of schema names to schemata, got " + kind(root));
    }
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      builder.add(schemaSpec(entry.getKey(), entry.getValue(), origin));
    }
  }

  private static SchemaSpec schemaSpec(String name, JsonNode node, String origin) {
    String where = origin + ": schema '" + name + "'";
    if (!node.isObject()) {
      throw malformed(where, "expected a mapping, got " + kind(node));
    }
    String label = orElse(text(node, "label", where), name);
    String plural = orElse(text(node, "plural", where), label);
    List<SchemaSpec.PropertySpec> properties = new ArrayList<>();
    JsonNode propertiesNode = node.get("properties");
    if (propertiesNode != null && !propertiesNode.isNull()) {
      if (!propertiesNode.isObject()) {
        throw malformed(where, "'properties' must be a mapping, got " + kind(propertiesNode));
      }
      for (Map.Entry<String, JsonNode> entry : propertiesNode.properties()) {
        properties.add(propertySpec(entry.getKey(), entry.getValue(), where));
      }
    }
    String edgeSource = null;
    String edgeTarget = null;
    JsonNode edge = node.get("edge");
    if (edge != null && !edge.isNull()) {
      if (!edge.isObject()) {
        throw malformed(where, "'edge' must be a mapping, got " + kind(edge));
      }
      edgeSource = text(edge, "source", where + " edge");
      edgeTarget = text(edge, "target", where + " edge");
      if (edgeSource == null || edgeTarget == null) {
        throw malformed(where, "'edge' needs both 'source' and 'target'");
      }
    }
    return new SchemaSpec(
        name,
        label,
        plural,
        text(node, "description", where),
        flag(node, "abstract", where, false),
        flag(node, "matchable", where, false),
        texts(node, "extends", where),
        properties,
        texts(node, "required", where),
        texts(node, "caption", where),
        edgeSource,
        edgeTarget,
        origin);
  }

  private static SchemaSpec.PropertySpec propertySpec(String name, JsonNode node, String schema) {
    String where = schema + " property '" + name + "'";
    if (node.isNull()) {
      return new SchemaSpec.PropertySpec(name, name, null, null, false, null);
    }
    if (!node.isObject()) {
      throw malformed(where, "expected a mapping, got " + kind(node));
    }
    JsonNode matchable = node.get("matchable");
    return new SchemaSpec.PropertySpec(
        name,
        orElse(text(node, "label", where), name),
        text(node, "type", where),
        text(node, "range", where),
        flag(node, "hidden", where, false),
        (matchable == null || matchable.isNull()) ? null : flag(node, "matchable", where, false));
  }

  private static void addVocabularies(Model.Builder builder, URL file, String origin)
      throws IOException {
    JsonNode root = readTree(JSON, file, origin, "JSON");
    if (!root.isObject()) {
      throw new IllegalArgumentException(
          origin + ": expected an object mapping type names to values, got " + kind(root));
    }
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String where = origin + ": type '" + entry.getKey() + "'";
      PropertyType type;
      try {
        type = PropertyType.fromFtmName(entry.getKey());
      } catch (IllegalArgumentException e) {
        throw malformed(where, "not a property type");
      }
      if (!type.hasVocabulary()) {
        throw malformed(where, "this type takes no vocabulary");
      }
      builder.vocabulary(type, texts(root, entry.getKey(), where));
    }
  }

  private static @Nullable String text(JsonNode parent, String key, String where) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw malformed(where, "'" + key + "' must be a text, got " + kind(value));
    }
    return value.asText();
  }

  private static boolean flag(JsonNode parent, String key, String where, boolean absent) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.isBoolean()) {
      throw malformed(where, "'" + key + "' must be true or false, got " + kind(value));
    }
    return value.booleanValue();
  }

  private static List<String> texts(JsonNode parent, String key, String where) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(value.asText());
    }
    if (!value.isArray()) {
      throw malformed(where, "'" + key + "' must be a list of texts, got " + kind(value));
    }
    List<String> texts = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isValueNode() || item.isNull()) {
        throw malformed(
            where, "'" + key + "' must be a list of texts, item " + (i + 1) + " is " + kind(item));
      }
      texts.add(item.asText());
    }
    return texts;
  }

  private static String orElse(@Nullable String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static IllegalArgumentException malformed(String where, String problem) {
    return new IllegalArgumentException(where + ": " + problem);
  }
}
