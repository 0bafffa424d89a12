package org.vigilance.resolve;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.resolution.Identifier;
import org.vigilance.core.resolution.LabelledPair;
import org.vigilance.core.resolution.LabelledPairs;

/** Reads labelled pairs from CSV with FastCSV (UTF-8, header row, quoted fields). */
public final class CsvLabelledPairs implements LabelledPairs {

  @Override
  public List<LabelledPair> read(Path file, boolean labelled) throws IOException {
    List<LabelledPair> pairs = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      List<String> header = null;
      for (CsvRecord record : reader) {
        if (header == null) {
          header = new ArrayList<>();
          for (String h : record.getFields()) {
            header.add(h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
          }
          require(file, header, "name1");
          require(file, header, "name2");
          if (labelled) {
            require(file, header, "is_match");
          }
          continue;
        }
        if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
          continue;
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.getFieldCount(); i++) {
          columns.put(header.get(i), record.getField(i));
        }
        long line = record.getStartingLineNumber();
        pairs.add(
            new LabelledPair(
                line,
                columns.getOrDefault("name1", ""),
                columns.getOrDefault("name2", ""),
                label(file, line, columns.get("is_match"), labelled),
                identifiers(file, line, columns.getOrDefault("id1", "")),
                identifiers(file, line, columns.getOrDefault("id2", "")),
                countries(columns.getOrDefault("country1", "")),
                countries(columns.getOrDefault("country2", "")),
                score(file, line, columns.get("score")),
                columns));
      }
      if (header == null) {
        throw new IllegalArgumentException(file + ": empty, expected a header row");
      }
    }
    return pairs;
  }

  private static void require(Path file, List<String> header, String column) {
    if (!header.contains(column)) {
      throw new IllegalArgumentException(
          file + ": line 1: no column '" + column + "' (header: " + String.join(",", header) + ")");
    }
  }

  private static @Nullable Boolean label(
      Path file, long line, @Nullable String value, boolean labelled) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "true", "1", "yes", "y", "t" -> {
        return Boolean.TRUE;
      }
      case "false", "0", "no", "n", "f" -> {
        return Boolean.FALSE;
      }
      default -> {
        if (!labelled && v.isEmpty()) {
          return null;
        }
        throw new IllegalArgumentException(
            file + ": line " + line + ": column is_match: expected true or false, got '" + v + "'");
      }
    }
  }

  private static @Nullable Double score(Path file, long line, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          file + ": line " + line + ": column score: not a number: '" + value + "'", e);
    }
  }

  private static List<Identifier> identifiers(Path file, long line, String value) {
    List<Identifier> ids = new ArrayList<>();
    for (String part : value.split("[;|]", -1)) {
      if (part.isBlank()) {
        continue;
      }
      ids.add(
          Identifier.parse(part.strip())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          file
                              + ": line "
                              + line
                              + ": identifier '"
                              + part.strip()
                              + "': expected scheme:value")));
    }
    return ids;
  }

  private static Set<String> countries(String value) {
    Set<String> countries = new LinkedHashSet<>();
    for (String part : value.split("[;|]", -1)) {
      if (!part.isBlank()) {
        countries.add(part.strip().toLowerCase(Locale.ROOT));
      }
    }
    return countries;
  }
}
