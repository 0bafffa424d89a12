package org.vigilance.store.sqlite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Property maps as JSON text ({@code {"name":["a","b"]}}), readable by any SQLite tool. */
final class PropertiesCodec {
  private static final JsonFactory JSON = new JsonFactory();

  private PropertiesCodec() {}

  static String encode(Map<String, List<String>> properties) {
    StringWriter out = new StringWriter(64 + properties.size() * 32);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, List<String>> property : properties.entrySet()) {
        g.writeArrayFieldStart(property.getKey());
        for (String value : property.getValue()) {
          g.writeString(value);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Encodes many property maps; the same JSON as {@link #encode}, built directly with Jackson's
   * string quoting (much cheaper than a generator per map).
   */
  static String[] encodeAll(List<? extends Map<String, List<String>>> maps) {
    JsonStringEncoder quote = JsonStringEncoder.getInstance();
    String[] encoded = new String[maps.size()];
    StringBuilder json = new StringBuilder(256);
    for (int i = 0; i < encoded.length; i++) {
      json.setLength(0);
      json.append('{');
      boolean firstProperty = true;
      for (Map.Entry<String, List<String>> property : maps.get(i).entrySet()) {
        if (!firstProperty) {
          json.append(',');
        }
        firstProperty = false;
        json.append('"');
        quote.quoteAsString(property.getKey(), json);
        json.append("\":[");
        boolean firstValue = true;
        for (String value : property.getValue()) {
          if (!firstValue) {
            json.append(',');
          }
          firstValue = false;
          json.append('"');
          quote.quoteAsString(value, json);
          json.append('"');
        }
        json.append(']');
      }
      json.append('}');
      encoded[i] = json.toString();
    }
    return encoded;
  }

  static Map<String, List<String>> decode(String json) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          values.add(p.getText());
        }
        properties.put(name, values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored properties are not valid JSON: " + json, e);
    }
    return properties;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " but found " + actual);
    }
  }
}
