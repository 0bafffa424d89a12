package org.vigilance.core.procurement;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;

/**
 * One contract as the contracts listing shows it.
 *
 * @param id the contract entity
 * @param name its number (PIID, award id), or its id
 * @param title what it is for
 * @param date its date: the earliest of its contract date, its awards' start dates and its
 *     transactions' start and action dates, ISO 8601, when known
 * @param endDate the end of its period of performance, when known
 * @param value its value: the largest amount recorded on the contract, else the sum of its awards,
 *     else from its transactions the award's total obligated as of the latest action, else the sum
 *     of their obligations
 * @param currency the currency of the value, when known
 * @param suppliers the suppliers awarded it
 * @param unit the awarding agency unit, when known
 * @param unitPath the unit and the units above it, from the unit up (names)
 * @param source where the contract is recorded (its first fragment), the citation of the row
 */
public record ContractRow(
    EntityId id,
    String name,
    String title,
    @Nullable String date,
    @Nullable String endDate,
    @Nullable BigDecimal value,
    @Nullable String currency,
    List<Party> suppliers,
    @Nullable Party unit,
    List<String> unitPath,
    org.vigilance.core.entity.Provenance source) {

  /** Copies the lists. */
  public ContractRow {
    suppliers = List.copyOf(suppliers);
    unitPath = List.copyOf(unitPath);
  }

  /** The year of the contract's date, or null. */
  public @Nullable String year() {
    return date == null || date.length() < 4 ? null : date.substring(0, 4);
  }

  /**
   * A supplier or an agency unit.
   *
   * @param id the entity
   * @param name its name
   */
  public record Party(EntityId id, String name) {}
}
