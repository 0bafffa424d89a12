package org.vigilance.store.sqlite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads property maps back from the JSON text stored with each fragment (written by {@link
 * org.vigilance.core.entity.CanonicalJson}).
 */
final class PropertiesCodec {
  private static final JsonFactory JSON = new JsonFactory();

  private PropertiesCodec() {}

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
