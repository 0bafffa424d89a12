package org.vigilance.core.procurement;

import org.jspecify.annotations.Nullable;

/**
 * Which contracts to list. Null fields do not filter.
 *
 * @param supplier an entity id, or part of a supplier's name (case-insensitive)
 * @param includeSubsidiaries also list contracts of companies the supplier owns, directly or not
 * @param agency an entity id, or part of the name of the awarding unit or of any unit above it
 * @param from the earliest contract date, ISO 8601 (a prefix such as {@code 2019} works)
 * @param to the latest contract date, ISO 8601 prefix, inclusive
 */
public record ContractFilter(
    @Nullable String supplier,
    boolean includeSubsidiaries,
    @Nullable String agency,
    @Nullable String from,
    @Nullable String to) {

  /** No filter. */
  public static final ContractFilter ALL = new ContractFilter(null, false, null, null, null);
}
