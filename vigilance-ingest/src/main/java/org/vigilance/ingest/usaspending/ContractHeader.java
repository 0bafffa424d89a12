package org.vigilance.ingest.usaspending;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a USAspending contracts file: the column names, where each is, and which layout
 * they make. Immutable.
 */
final class ContractHeader {

  /** The two prime-award layouts USAspending serves for contracts. */
  enum Layout {
    /** {@code Contracts_PrimeAwardSummaries_*}: one row per award, its totals to date. */
    AWARD_SUMMARIES,
    /** {@code Contracts_PrimeTransactions_*}: one row per action on an award. */
    TRANSACTIONS;

    /** The columns a file of this layout must have. */
    List<String> required() {
      return switch (this) {
        case AWARD_SUMMARIES ->
            List.of("contract_award_unique_key", "award_id_piid", "total_obligated_amount");
        case TRANSACTIONS ->
            List.of(
                "contract_transaction_unique_key",
                "contract_award_unique_key",
                "award_id_piid",
                "modification_number",
                "action_date",
                "federal_action_obligation");
      };
    }

    String description() {
      return switch (this) {
        case AWARD_SUMMARIES -> "award summaries (Contracts_PrimeAwardSummaries)";
        case TRANSACTIONS -> "transactions (Contracts_PrimeTransactions)";
      };
    }
  }

  private final List<String> names;
  private final Map<String, Integer> positions;
  private final Layout layout;

  private ContractHeader(List<String> names, Map<String, Integer> positions, Layout layout) {
    this.names = names;
    this.positions = positions;
    this.layout = layout;
  }

  /**
   * Reads a header row.
   *
   * @throws IllegalArgumentException naming the missing columns when the row makes no layout
   */
  static ContractHeader of(List<String> row) {
    List<String> names = List.copyOf(row);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      positions.putIfAbsent(names.get(i).strip(), i);
    }
    Layout layout =
        positions.containsKey("contract_transaction_unique_key")
            ? Layout.TRANSACTIONS
            : Layout.AWARD_SUMMARIES;
    List<String> missing = missing(layout, positions);
    if (missing.isEmpty()) {
      return new ContractHeader(names, Map.copyOf(positions), layout);
    }
    if (layout == Layout.TRANSACTIONS || positions.containsKey("contract_award_unique_key")) {
      throw new IllegalArgumentException(
          "the header of a USAspending contract "
              + layout.description()
              + " file lacks the column"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing));
    }
    List<String> forTransactions = missing(Layout.TRANSACTIONS, positions);
    String first = names.isEmpty() ? "" : names.get(0);
    throw new IllegalArgumentException(
        "the first row is not the header of a USAspending contracts file: it lacks the columns "
            + String.join(", ", missing)
            + " of "
            + Layout.AWARD_SUMMARIES.description()
            + " and "
            + String.join(", ", forTransactions)
            + " of "
            + Layout.TRANSACTIONS.description()
            + (looksLikeData(first)
                ? "; it starts with '" + abbreviate(first) + "': is the header row missing?"
                : ""));
  }

  private static List<String> missing(Layout layout, Map<String, Integer> positions) {
    List<String> missing = new ArrayList<>();
    for (String column : layout.required()) {
      if (!positions.containsKey(column)) {
        missing.add(column);
      }
    }
    return missing;
  }

  private static boolean looksLikeData(String first) {
    return first.startsWith("CONT_") || !first.matches("[a-z0-9_ ()-]+");
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** The layout the columns make. */
  Layout layout() {
    return layout;
  }

  /** How many columns the header has. */
  int size() {
    return names.size();
  }

  /** The name of column {@code index} (from 0). */
  String name(int index) {
    return names.get(index);
  }

  /** Where a column is (from 0), or -1 when the header lacks it. */
  int position(String column) {
    Integer position = positions.get(column);
    return position == null ? -1 : position;
  }
}
