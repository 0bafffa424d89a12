package org.vigilance.core.journal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a journal entry says, before it is sealed into the chain.
 *
 * @param kind what kind of write ({@code source.registered}, {@code fragments.batch}, ...)
 * @param subject what it is about (a source id, a collection name, ...)
 * @param payload {@code key=value} lines; keys are words, values have no line breaks
 */
public record JournalRecord(String kind, String subject, String payload) {
  private static final Pattern KIND = Pattern.compile("[a-z]+(\\.[a-z]+)*");

  /** Validates the kind. */
  public JournalRecord {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("invalid journal kind '" + kind + "'");
    }
  }

  /** Builds a record from ordered fields; values must not contain line breaks. */
  public static JournalRecord of(String kind, String subject, Map<String, ?> fields) {
    StringBuilder payload = new StringBuilder();
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      String value = String.valueOf(field.getValue());
      if (field.getKey().contains("=") || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        throw new IllegalArgumentException(
            "journal field " + field.getKey() + " cannot be encoded");
      }
      payload.append(field.getKey()).append('=').append(value).append('\n');
    }
    return new JournalRecord(kind, subject, payload.toString());
  }

  /** The payload's fields, in order. */
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : payload.split("\n", -1)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        fields.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return fields;
  }

  /** One field of the payload. */
  public Optional<String> field(String key) {
    return Optional.ofNullable(fields().get(key));
  }
}
