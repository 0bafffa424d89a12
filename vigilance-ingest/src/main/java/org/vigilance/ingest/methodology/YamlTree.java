package org.vigilance.ingest.methodology;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.methodology.FileFormatException;

/**
 * A YAML document read into a tree whose every node knows its line: the files of this package are
 * checked field by field, and each problem names the line it is on. Duplicate keys are refused.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTree() {}

  /** A node of the tree. */
  sealed interface Node permits Scalar, MapNode, ListNode {
    /** The line it starts on (from 1). */
    int line();

    /** What it is, for messages. */
    String kind();
  }

  /**
   * A scalar.
   *
   * @param text its text as written (a number keeps its digits: {@code 2026.10})
   * @param token what YAML made of it (string, number, boolean, null)
   * @param line its line
   */
  record Scalar(String text, JsonToken token, int line) implements Node {
    @Override
    public String kind() {
      return switch (token) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "nothing";
        default -> "a text";
      };
    }

    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }
  }

  /**
   * A mapping, keys in file order.
   *
   * @param fields key to value
   * @param keyLines key to the line of the key
   * @param line its line
   */
  record MapNode(Map<String, Node> fields, Map<String, Integer> keyLines, int line)
      implements Node {
    @Override
    public String kind() {
      return "a mapping";
    }

    @Nullable Node get(String key) {
      return fields.get(key);
    }
  }

  /**
   * A sequence.
   *
   * @param items its items
   * @param line its line
   */
  record ListNode(List<Node> items, int line) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * Reads a YAML document.
   *
   * @return the root node, or null for an empty document
   * @throws FileFormatException naming the line of a syntax error or duplicate key
   */
  static @Nullable Node read(String file, byte[] bytes) {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      Node root = node(file, parser, first);
      JsonToken more = parser.nextToken();
      if (more != null) {
        throw new FileFormatException(
            file, line(parser.currentTokenLocation()), "", "holds more than one YAML document");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String message = e.getOriginalMessage();
      int cut = message.indexOf(" at [Source");
      throw new FileFormatException(
          file,
          where == null ? 0 : line(where),
          "",
          "not valid YAML: " + (cut > 0 ? message.substring(0, cut) : message).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node node(String file, JsonParser parser, JsonToken token) throws IOException {
    int line = line(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          int keyLine = line(parser.currentTokenLocation());
          if (fields.containsKey(key)) {
            throw new FileFormatException(
                file,
                keyLine,
                key,
                "appears twice in the same mapping (first on line " + keyLines.get(key) + ")");
          }
          JsonToken value = parser.nextToken();
          fields.put(key, node(file, parser, value));
          keyLines.put(key, keyLine);
        }
        if (t != JsonToken.END_OBJECT) {
          throw new FileFormatException(file, line, "", "a mapping does not end");
        }
        return new MapNode(fields, keyLines, line);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new FileFormatException(file, line, "", "a list does not end");
          }
          items.add(node(file, parser, t));
        }
        return new ListNode(items, line);
      }
      default -> {
        return new Scalar(token == JsonToken.VALUE_NULL ? "" : parser.getText(), token, line);
      }
    }
  }

  private static int line(JsonLocation location) {
    return Math.max(0, location.getLineNr());
  }
}
