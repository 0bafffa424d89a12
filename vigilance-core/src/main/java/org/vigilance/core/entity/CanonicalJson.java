package org.vigilance.core.entity;

import java.util.List;
import java.util.Map;

/**
 * The canonical JSON text of a property map: {@code {"name":["a","b"],"country":["us"]}} with keys
 * in the map's (sorted) order, no whitespace, and strings escaped exactly as JSON requires: {@code
 * "} and {@code \} by a backslash, {@code \b \f \n \r \t} by their short forms, other characters
 * below U+0020 as {@code \}{@code u00XX} (upper-case hex); everything else as is. This is the form
 * Jackson writes by default, so any JSON tool reads it, and it is a pure function of the map, so it
 * can be hashed.
 *
 * <p>Implementation notes. Core may not use a JSON library (see the module rules), and the form
 * must be fixed for digests to stay verifiable, so the few escaping rules are written out here.
 */
public final class CanonicalJson {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private CanonicalJson() {}

  /** The canonical JSON of a property map. */
  public static String properties(Map<String, List<String>> properties) {
    StringBuilder json = new StringBuilder(32 + properties.size() * 48);
    json.append('{');
    boolean firstProperty = true;
    for (Map.Entry<String, List<String>> property : properties.entrySet()) {
      if (!firstProperty) {
        json.append(',');
      }
      firstProperty = false;
      string(json, property.getKey());
      json.append(":[");
      List<String> values = property.getValue();
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          json.append(',');
        }
        string(json, values.get(i));
      }
      json.append(']');
    }
    return json.append('}').toString();
  }

  /**
   * The canonical FollowTheMoney JSON line of an entity (without the line break): {@code
   * {"id":"…","schema":"…","properties":{…}}}, properties as {@link #properties}.
   */
  public static String entity(EntityDraft entity) {
    StringBuilder json = new StringBuilder(64);
    json.append("{\"id\":");
    string(json, entity.id().value());
    json.append(",\"schema\":");
    string(json, entity.schema());
    json.append(",\"properties\":").append(entity.propertiesJson()).append('}');
    return json.toString();
  }

  private static void string(StringBuilder json, String value) {
    json.append('"');
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      json.append(value, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    json.append(value, start, value.length()).append('"');
  }
}
