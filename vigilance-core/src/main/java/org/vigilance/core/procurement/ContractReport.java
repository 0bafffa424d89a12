package org.vigilance.core.procurement;

import java.math.BigDecimal;
import java.util.List;

/**
 * The contracts listing: the rows and the totals by agency unit and year.
 *
 * @param rows the contracts, by date then name
 * @param totals value totals by unit and year, by unit name then year
 */
public record ContractReport(List<ContractRow> rows, List<Total> totals) {

  /** Copies the lists. */
  public ContractReport {
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
  }

  /**
   * The sum of contract values of one agency unit in one year.
   *
   * @param unit the unit's name ({@code (unknown unit)} when a contract names none)
   * @param year the year ({@code ?} when unknown)
   * @param contracts how many contracts
   * @param value the sum of their known values
   */
  public record Total(String unit, String year, int contracts, BigDecimal value) {}
}
