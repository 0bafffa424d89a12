package org.vigilance.ingest.ocds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;

/** Reading values out of OCDS JSON: texts, ids, and what is left of an object once mapped. */
final class OcdsValues {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /**
   * Fields that name people (contact persons of the parties): never copied into notes. The file
   * itself is kept as evidence; the fragments do not repeat them.
   */
  private static final Set<String> PERSONAL_FIELDS =
      Set.of("contactPoint", "additionalContactPoints");

  /** A language variant of a field: {@code title_fr}, {@code description_en_GB}. */
  private static final String LANGUAGE_SUFFIX = "_[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*";

  private static final int HASHED_ID_PREFIX = 200;

  private OcdsValues() {}

  /**
   * A scalar as text: a string (null when blank), a number in plain notation, a boolean; null for
   * anything else.
   */
  static @Nullable String text(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      String text = node.textValue();
      return text.isBlank() ? null : text;
    }
    if (node.isBigDecimal() || node.isFloatingPointNumber()) {
      return node.decimalValue().toPlainString();
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    return null;
  }

  /** The text of a field and of its language variants ({@code title}, {@code title_fr}, ...). */
  static List<String> texts(JsonNode object, String field) {
    List<String> texts = new ArrayList<>(1);
    String main = text(object.get(field));
    if (main != null) {
      texts.add(main);
    }
    if (object.isObject()) {
      Pattern variant = Pattern.compile(Pattern.quote(field) + LANGUAGE_SUFFIX);
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        if (variant.matcher(entry.getKey()).matches()) {
          String text = text(entry.getValue());
          if (text != null && !texts.contains(text)) {
            texts.add(text);
          }
        }
      }
    }
    return texts;
  }

  /** The elements of an array, or the value alone when it is not an array (1.0 used both). */
  static List<JsonNode> list(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return List.of();
    }
    if (!node.isArray()) {
      return List.of(node);
    }
    List<JsonNode> elements = new ArrayList<>(node.size());
    node.forEach(elements::add);
    return elements;
  }

  /** Compact JSON. */
  static String json(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compact JSON as UTF-8 bytes. */
  static byte[] jsonBytes(JsonNode node) {
    return json(node).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What an object says beyond the fields a mapping used, as compact JSON, or null when nothing is
   * left. A used field is a dotted path ({@code value.amount}); where the path crosses an array, it
   * applies to each element; the language variants of its last field go with it. Nulls, empty
   * objects and arrays are dropped, and so are contact points, which name people.
   */
  static @Nullable String leftovers(@Nullable JsonNode object, String... used) {
    if (object == null || !object.isObject()) {
      return null;
    }
    ObjectNode copy = object.deepCopy();
    for (String path : used) {
      remove(copy, path.split("\\."), 0);
    }
    dropPersonalAndEmpty(copy);
    return copy.isEmpty() ? null : json(copy);
  }

  private static void remove(JsonNode node, String[] path, int index) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        remove(element, path, index);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    String field = path[index];
    if (index == path.length - 1) {
      object.remove(field);
      Pattern variant = Pattern.compile(Pattern.quote(field) + LANGUAGE_SUFFIX);
      object.properties().removeIf(entry -> variant.matcher(entry.getKey()).matches());
      return;
    }
    JsonNode child = object.get(field);
    if (child != null) {
      remove(child, path, index + 1);
    }
  }

  /**
   * Drops contact points, nulls (which say only that a field is absent) and the containers left
   * empty; true when the node itself is to be dropped.
   */
  private static boolean dropPersonalAndEmpty(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (PERSONAL_FIELDS.contains(field.getKey()) || dropPersonalAndEmpty(field.getValue())) {
          fields.remove();
        }
      }
      return object.isEmpty();
    }
    if (node instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (dropPersonalAndEmpty(array.get(i))) {
          array.remove(i);
        }
      }
      return array.isEmpty();
    }
    return node.isNull();
  }

  /**
   * An entity id: the prefix and parts joined by {@code :}, whitespace and control characters
   * replaced by {@code _}; an id longer than {@link EntityId#MAX_LENGTH} keeps its first 200
   * characters and gets a digest of the whole, so that it stays unique and deterministic.
   */
  static EntityId id(String prefix, String... parts) {
    StringBuilder id = new StringBuilder(prefix);
    for (String part : parts) {
      id.append(':');
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        id.append(Character.isWhitespace(c) || Character.isISOControl(c) ? '_' : c);
      }
    }
    String value = id.toString();
    if (value.length() > EntityId.MAX_LENGTH) {
      value = value.substring(0, HASHED_ID_PREFIX) + "~" + digest(value);
    }
    return EntityId.of(value);
  }

  private static String digest(String value) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JVM", e);
    }
  }
}
