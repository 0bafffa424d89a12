package org.vigilance.ingest.ocds;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The OCDS content of a file: its releases and records in file order, each with the span of bytes
 * it was read from, and the package it came in.
 *
 * <p>The file may hold one JSON value or several (JSON Lines, or values one after another). Each
 * value is a release package, a record package, a release, a record, a versioned release, or an
 * array of them. A file is taken as JSON Lines when its first non-blank line holds one whole JSON
 * value; then a line that is not JSON becomes a {@link BrokenLine} and the other lines are still
 * read. Otherwise the file must be JSON throughout. Anything else (a scalar, an object with no OCDS
 * field, an empty file, a JSON error outside JSON Lines) makes the whole file {@link
 * NotOcdsException not OCDS}, so that nothing of a file that is not OCDS is imported.
 *
 * <p>Only the structure is checked here: a release without an {@code ocid}, say, is still listed,
 * and rejected later by the reader.
 */
final class OcdsDocument {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Why the file is not OCDS, after what it holds. */
  static final String EXPECTED =
      ", expected a release package, record package, release, record or an array of them";

  /** Objects at most this deep (the top value is 0) keep their span: enough for releases. */
  private static final int SPAN_DEPTH = 5;

  /**
   * Fields of a release: an object with two of them, or an {@code ocid}, is taken as a release (and
   * rejected later if it is a bad one), not as something that is not OCDS.
   */
  private static final Set<String> RELEASE_FIELDS =
      Set.of(
          "id",
          "date",
          "tag",
          "initiationType",
          "parties",
          "buyer",
          "planning",
          "tender",
          "awards",
          "contracts");

  private final OcdsText text;
  private final List<Item> items = new ArrayList<>();
  private final IdentityHashMap<JsonNode, Span> spans = new IdentityHashMap<>();
  private boolean sawEmptyArray;
  private @Nullable String emptyContainer;

  private OcdsDocument(OcdsText text) {
    this.text = text;
  }

  /** A part of the text, in bytes. */
  record Span(int from, int to) {}

  /**
   * What a package says about the releases or records in it.
   *
   * @param version the declared OCDS version, {@code "1.0"} for a package that declares none, or
   *     null outside a package
   * @param publisher the publisher's name
   * @param publisherUri the publisher's URI
   * @param uri the package's URI
   */
  record Meta(
      @Nullable String version,
      @Nullable String publisher,
      @Nullable String publisherUri,
      @Nullable String uri) {
    static final Meta NONE = new Meta(null, null, null, null);

    static Meta of(ObjectNode container, boolean isPackage) {
      JsonNode publisher = container.path("publisher");
      String version = OcdsValues.text(container.get("version"));
      return new Meta(
          isPackage && version == null ? "1.0" : version,
          OcdsValues.text(publisher.get("name")),
          OcdsValues.text(publisher.get("uri")),
          OcdsValues.text(container.get("uri")));
    }
  }

  /** A release, record or unreadable line, in file order. */
  sealed interface Item permits ReleaseItem, RecordItem, BrokenLine {}

  /** A value in a place for a release; not necessarily an object, nor a valid release. */
  record ReleaseItem(JsonNode node, Meta meta) implements Item {}

  /**
   * A record, or a versioned release outside a record.
   *
   * @param node the record (or versioned release)
   * @param meta its package
   * @param versionedOnly true for a versioned release outside a record
   */
  record RecordItem(JsonNode node, Meta meta, boolean versionedOnly) implements Item {}

  /** A line of a JSON Lines file that is not one JSON value. */
  record BrokenLine(int line, String reason, Span span) implements Item {}

  /**
   * Reads the file's structure.
   *
   * @throws NotOcdsException when the file is not OCDS
   */
  static OcdsDocument parse(OcdsText text) throws NotOcdsException {
    OcdsDocument document = new OcdsDocument(text);
    document.parseAll();
    return document;
  }

  /** The releases, records and broken lines, in file order. */
  List<Item> items() {
    return items;
  }

  /** Where an object (a release or record) was read, when it is one. */
  @Nullable Span span(JsonNode node) {
    return spans.get(node);
  }

  /** The file's bytes in a span. */
  byte[] raw(Span span) {
    return text.raw(span.from(), span.to());
  }

  private void parseAll() throws NotOcdsException {
    int length = text.length();
    if (length == 0) {
      throw new NotOcdsException("the file is empty" + EXPECTED);
    }
    int first = 0;
    while (first < length && isWhitespace(text.at(first))) {
      first++;
    }
    if (first == length) {
      throw new NotOcdsException("the file holds only whitespace" + EXPECTED);
    }
    int firstLineEnd = lineEnd(first);
    JsonNode firstLine = firstLineValue(first, firstLineEnd);
    if (firstLine != null) {
      parseLines(firstLine, first, firstLineEnd);
    } else {
      parseDocument();
    }
    if (items.isEmpty()) {
      String what =
          emptyContainer != null
              ? emptyContainer
              : sawEmptyArray ? "the file holds an empty JSON array" : "the file holds nothing";
      throw new NotOcdsException(what + EXPECTED);
    }
  }

  private int lineEnd(int from) {
    int i = from;
    while (i < text.length() && text.at(i) != '\n') {
      i++;
    }
    return i;
  }

  /** The value on the first line when the line holds exactly one JSON value, else null. */
  private @Nullable JsonNode firstLineValue(int from, int to) {
    try (JsonParser parser = text.parser(from, to)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      JsonNode value = value(parser, token, 0, from);
      return parser.nextToken() == null ? value : null;
    } catch (IOException e) {
      return null;
    }
  }

  private void parseLines(JsonNode firstValue, int firstFrom, int firstTo) throws NotOcdsException {
    int lineNumber = 1;
    for (int i = 0; i < firstFrom; i++) {
      if (text.at(i) == '\n') {
        lineNumber++;
      }
    }
    int from = firstTo + 1;
    boolean more = false;
    for (int i = from; i < text.length() && !more; i++) {
      more = !isWhitespace(text.at(i));
    }
    classify(firstValue, more ? "line " + lineNumber : "the file");
    while (from < text.length()) {
      lineNumber++;
      int to = lineEnd(from);
      int end = to;
      while (end > from && isWhitespace(text.at(end - 1))) {
        end--;
      }
      if (end > from) {
        JsonNode value = lineValue(from, end, lineNumber);
        if (value != null) {
          classify(value, "line " + lineNumber);
        }
      }
      from = to + 1;
    }
  }

  private @Nullable JsonNode lineValue(int from, int to, int lineNumber) {
    try (JsonParser parser = text.parser(from, to)) {
      JsonToken token = parser.nextToken();
      JsonNode value = token == null ? null : value(parser, token, 0, from);
      long end = text.offset(parser.currentLocation());
      if (value != null && parser.nextToken() != null) {
        items.add(
            new BrokenLine(
                lineNumber,
                "line "
                    + lineNumber
                    + " holds more than one JSON value: trailing content after column "
                    + end,
                new Span(from, to)));
        return null;
      }
      return value;
    } catch (JsonProcessingException e) {
      items.add(
          new BrokenLine(
              lineNumber,
              "line " + lineNumber + " is not JSON: " + describe(e),
              new Span(from, to)));
      return null;
    } catch (IOException e) {
      items.add(
          new BrokenLine(
              lineNumber,
              "line " + lineNumber + " is not JSON: " + e.getMessage(),
              new Span(from, to)));
      return null;
    }
  }

  private void parseDocument() throws NotOcdsException {
    try (JsonParser parser = text.parser(0, text.length())) {
      int count = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        count++;
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode value = value(parser, token, 0, 0);
        classify(
            value, count == 1 ? "the file" : "value " + count + " of the file (line " + line + ")");
      }
    } catch (JsonProcessingException e) {
      throw new NotOcdsException("the file is not JSON: " + describe(e));
    } catch (NotOcdsException e) {
      throw e;
    } catch (IOException e) {
      throw new NotOcdsException("the file is not JSON: " + e.getMessage());
    }
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
    return location != null && location.getLineNr() > 0
        ? message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
        : message;
  }

  /** Sorts a top-level value (or an element of a top-level array) into items. */
  private void classify(JsonNode value, String where) throws NotOcdsException {
    if (value.isArray()) {
      if (value.isEmpty()) {
        sawEmptyArray = true;
        return;
      }
      int index = 0;
      for (JsonNode element : value) {
        index++;
        if (!element.isObject()) {
          throw new NotOcdsException(
              "element "
                  + index
                  + " of the JSON array in "
                  + where
                  + " is "
                  + kind(element)
                  + EXPECTED);
        }
        classifyObject((ObjectNode) element, "element " + index + " of " + where);
      }
      return;
    }
    if (!value.isObject()) {
      throw new NotOcdsException(where + " holds " + kind(value) + EXPECTED);
    }
    classifyObject((ObjectNode) value, where);
  }

  private void classifyObject(ObjectNode object, String where) throws NotOcdsException {
    Meta meta = Meta.of(object, true);
    JsonNode records = object.get("records");
    JsonNode releases = object.get("releases");
    if (records != null) {
      requireArray(records, "records", where);
      if (records.isEmpty()) {
        emptyContainer = where + " is a record package whose 'records' array is empty";
      }
      for (JsonNode record : records) {
        items.add(new RecordItem(record, meta, false));
      }
    } else if (releases != null
        && (object.has("ocid")
            || object.has("compiledRelease")
            || object.has("versionedRelease"))) {
      requireArray(releases, "releases", where);
      items.add(new RecordItem(object, Meta.of(object, false), false));
    } else if (releases != null) {
      requireArray(releases, "releases", where);
      if (releases.isEmpty()) {
        emptyContainer = where + " is a release package whose 'releases' array is empty";
      }
      for (JsonNode release : releases) {
        items.add(new ReleaseItem(release, meta));
      }
    } else if (looksLikeRelease(object)) {
      boolean versioned = OcdsMerge.hasVersionedValues(object);
      items.add(
          versioned ? new RecordItem(object, Meta.NONE, true) : new ReleaseItem(object, Meta.NONE));
    } else {
      throw new NotOcdsException(where + " holds " + describeObject(object) + EXPECTED);
    }
  }

  private static void requireArray(JsonNode node, String field, String where)
      throws NotOcdsException {
    if (!node.isArray()) {
      throw new NotOcdsException(
          where + " has '" + field + "' that is " + kind(node) + ", not an array" + EXPECTED);
    }
  }

  private static boolean looksLikeRelease(ObjectNode object) {
    if (object.has("ocid")) {
      return true;
    }
    int fields = 0;
    for (String name : RELEASE_FIELDS) {
      if (object.has(name)) {
        fields++;
      }
    }
    return fields >= 2;
  }

  private static String describeObject(ObjectNode object) {
    if (object.isEmpty()) {
      return "an empty JSON object";
    }
    StringBuilder keys = new StringBuilder();
    Iterator<String> names = object.fieldNames();
    int shown = 0;
    while (names.hasNext() && shown < 8) {
      keys.append(shown == 0 ? "" : ", ").append(names.next());
      shown++;
    }
    if (names.hasNext()) {
      keys.append(", ...");
    }
    String schema = object.has("$schema") ? " (it looks like a JSON Schema)" : "";
    return "a JSON object with no releases or records (keys: " + keys + ")" + schema;
  }

  /** What kind of JSON value a node is, with an article: {@code "a JSON number"}. */
  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "a JSON array";
      case OBJECT, POJO -> "a JSON object";
      case STRING -> "a JSON string";
      case NUMBER -> "a JSON number";
      case BOOLEAN -> node.booleanValue() ? "JSON true" : "JSON false";
      case NULL, MISSING -> "JSON null";
      case BINARY -> "binary data";
    };
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Reads the value that starts with {@code token} into a tree, keeping the spans of objects near
   * the top. Numbers keep their exact form: integers as integers, others as {@code BigDecimal}.
   *
   * @param base the offset of the parser's start in the text
   */
  private JsonNode value(JsonParser parser, JsonToken token, int depth, int base)
      throws IOException {
    switch (token) {
      case START_OBJECT -> {
        int from = base + (int) text.offset(parser.currentTokenLocation());
        ObjectNode object = NODES.objectNode();
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken valueToken = parser.nextToken();
          if (valueToken == null) {
            throw new JsonParseException(parser, "unexpected end of input");
          }
          object.set(name, value(parser, valueToken, depth + 1, base));
        }
        if (next != JsonToken.END_OBJECT) {
          throw new JsonParseException(parser, "unexpected end of input in an object");
        }
        if (depth <= SPAN_DEPTH) {
          spans.put(object, new Span(from, base + (int) text.offset(parser.currentLocation())));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (next == null) {
            throw new JsonParseException(parser, "unexpected end of input in an array");
          }
          array.add(value(parser, next, depth + 1, base));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new JsonParseException(parser, "unexpected " + token);
    }
  }
}
