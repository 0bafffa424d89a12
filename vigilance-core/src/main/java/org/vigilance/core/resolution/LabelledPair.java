package org.vigilance.core.resolution;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of a file of labelled pairs (or of another matcher's scores).
 *
 * @param line the line in the file (1 = the header)
 * @param name1 the first name
 * @param name2 the second name
 * @param match the label ({@code is_match}), or null when the file has none
 * @param identifiers1 identifiers of the first ({@code id1}, {@code scheme:value} separated by
 *     {@code ;})
 * @param identifiers2 identifiers of the second ({@code id2})
 * @param countries1 countries of the first ({@code country1}, separated by {@code ;})
 * @param countries2 countries of the second ({@code country2})
 * @param score another matcher's score ({@code score}), or null when the file has none
 * @param columns every column of the row by header name (for filtering and pairing rows of two
 *     files)
 */
public record LabelledPair(
    long line,
    String name1,
    String name2,
    @Nullable Boolean match,
    List<Identifier> identifiers1,
    List<Identifier> identifiers2,
    Set<String> countries1,
    Set<String> countries2,
    @Nullable Double score,
    Map<String, String> columns) {

  /** Copies the collections. */
  public LabelledPair {
    identifiers1 = List.copyOf(identifiers1);
    identifiers2 = List.copyOf(identifiers2);
    countries1 = Set.copyOf(countries1);
    countries2 = Set.copyOf(countries2);
    columns = Map.copyOf(columns);
  }

  /** The value of a column, or the empty string. */
  public String column(String name) {
    return columns.getOrDefault(name, "");
  }

  /**
   * The first side as a record for the matcher: {@code name1}, {@code id1}, {@code country1}, and,
   * when the file has them, {@code address1} and {@code parent1} (parent names, separated by {@code
   * ;}).
   */
  public MatchRecord first() {
    return MatchRecord.of(
        "line " + line + " name1",
        List.of(name1),
        identifiers1,
        countries1,
        values(column("address1")),
        values(column("parent1")));
  }

  /** The second side as a record for the matcher (the columns ending in 2). */
  public MatchRecord second() {
    return MatchRecord.of(
        "line " + line + " name2",
        List.of(name2),
        identifiers2,
        countries2,
        values(column("address2")),
        values(column("parent2")));
  }

  private static List<String> values(String column) {
    List<String> values = new java.util.ArrayList<>();
    for (String v : column.split(";", -1)) {
      if (!v.isBlank()) {
        values.add(v.strip());
      }
    }
    return values;
  }
}
