package org.vigilance.core.procurement;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Provenance;

/**
 * Lists contracts with their suppliers, awarding unit (in its agency hierarchy), dates and values,
 * and totals by unit and year.
 *
 * <p>Implementation notes. One pass over the store keeps a compact view of the entities that matter
 * (contracts, awards, public bodies and other parties, memberships, ownerships, and per contract
 * what its transactions say of its dates and value: a transactions download puts them there, not on
 * the contract); the listing is then computed in memory. The hierarchy follows {@code Membership}
 * (member → organization); subsidiaries follow {@code Ownership} (owner → asset). Memory grows with
 * the number of procurement entities, not with the whole store. Not thread-safe.
 */
public final class ContractQuery {
  private static final Set<String> KEPT =
      Set.of("Contract", "ContractAward", "ContractTransaction", "Membership", "Ownership");

  private final FragmentStore fragments;
  private final Model model;
  private final UnaryOperator<EntityId> canonical;

  /** A query over the given store, each entity under its own id. */
  public ContractQuery(FragmentStore fragments, Model model) {
    this(fragments, model, UnaryOperator.identity());
  }

  /**
   * A query over the given store in a merged view: every id (of a contract, a party, a unit, and in
   * every reference) is replaced by {@code canonical(id)}, so that the members of a component
   * judged the same count as one supplier or one unit.
   */
  public ContractQuery(FragmentStore fragments, Model model, UnaryOperator<EntityId> canonical) {
    this.fragments = fragments;
    this.model = model;
    this.canonical = canonical;
  }

  /** The canonical id of what the user typed, when it is an entity id. */
  private @Nullable String canonicalOf(@Nullable String typed) {
    if (typed == null || EntityId.problem(typed) != null) {
      return null;
    }
    return canon(typed);
  }

  private String canon(String id) {
    return canonical.apply(EntityId.of(id)).value();
  }

  private List<String> canon(List<String> ids) {
    List<String> result = new ArrayList<>(ids.size());
    for (String id : ids) {
      String c = canon(id);
      if (!result.contains(c)) {
        result.add(c);
      }
    }
    return result;
  }

  private record Contract(
      EntityId id,
      String name,
      String title,
      @Nullable String date,
      @Nullable BigDecimal value,
      @Nullable String currency,
      List<String> authorities,
      Provenance source) {}

  private record Award(
      String contract,
      @Nullable String supplier,
      @Nullable String start,
      @Nullable String end,
      @Nullable BigDecimal amount) {}

  /**
   * What a contract's transactions (the base award and each modification) say of its dates and
   * value, for contracts read from a transactions download, where the contract itself carries
   * neither: the period and the totals are restated on every action.
   */
  private static final class Actions {
    private @Nullable String start;
    private @Nullable String end;
    private @Nullable String lastDate;
    private @Nullable BigDecimal lastTotal;
    private @Nullable BigDecimal obligated;

    void add(MergedEntity action) {
      start = earliest(listOf(start), action.values("startDate"), action.values("date"));
      for (String value : action.values("endDate")) {
        end = latest(end, value);
      }
      String date = firstOrNull(action, "date");
      BigDecimal total = largest(action.values("totalObligation"));
      if (total != null && (lastDate == null || (date != null && date.compareTo(lastDate) >= 0))) {
        lastDate = date;
        lastTotal = total;
      }
      BigDecimal obligation = largest(action.values("obligation"));
      if (obligation != null) {
        obligated = obligated == null ? obligation : obligated.add(obligation);
      }
    }

    /**
     * The award's total obligated as of its latest action (what a summary download calls the
     * contract's amount), else the sum of the actions' obligations.
     */
    @Nullable BigDecimal value() {
      return lastTotal != null ? lastTotal : obligated;
    }
  }

  /** Runs the query. */
  public ContractReport run(ContractFilter filter) {
    EntityMerger merger = new EntityMerger(model);
    Map<EntityId, Contract> contracts = new java.util.LinkedHashMap<>();
    List<Award> awards = new ArrayList<>();
    Map<String, Actions> actions = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, Set<String>> parents = new HashMap<>(); // member -> organizations
    Map<String, Set<String>> owned = new HashMap<>(); // owner -> assets
    fragments.forEachEntity(
        (sourceId, list) -> {
          EntityId id = canonical.apply(sourceId);
          MergedEntity entity = merger.merge(list);
          String schema = entity.schema();
          boolean party = model.schema(schema).map(s -> s.isA("LegalEntity")).orElse(false);
          if (party) {
            names.putIfAbsent(id.value(), entity.caption(model));
          }
          if (!KEPT.contains(schema)) {
            return;
          }
          switch (schema) {
            case "Contract" ->
                contracts.putIfAbsent(
                    id,
                    new Contract(
                        id,
                        first(entity, "name", id.value()),
                        first(entity, "title", ""),
                        firstOrNull(entity, "contractDate"),
                        largest(entity.values("amount")),
                        firstOrNull(entity, "currency"),
                        canon(entity.values("authority")),
                        entity.fragments().get(0)));
            case "ContractAward" -> {
              for (String contract : canon(entity.values("contract"))) {
                List<String> suppliers = canon(entity.values("supplier"));
                for (String supplier : suppliers.isEmpty() ? List.of("") : suppliers) {
                  awards.add(
                      new Award(
                          contract,
                          supplier.isEmpty() ? null : supplier,
                          earliest(entity.values("startDate"), entity.values("date")),
                          firstOrNull(entity, "endDate"),
                          largest(entity.values("amount"))));
                }
              }
            }
            case "ContractTransaction" -> {
              for (String contract : canon(entity.values("contract"))) {
                actions.computeIfAbsent(contract, k -> new Actions()).add(entity);
              }
            }
            case "Membership" ->
                link(parents, canon(entity.values("member")), canon(entity.values("organization")));
            case "Ownership" ->
                link(owned, canon(entity.values("owner")), canon(entity.values("asset")));
            default -> {}
          }
        });

    Map<String, List<Award>> awardsByContract = new HashMap<>();
    awards.forEach(
        a -> awardsByContract.computeIfAbsent(a.contract(), k -> new ArrayList<>()).add(a));
    Set<String> supplierIds =
        matchingSuppliers(filter, canonicalOf(filter.supplier()), names, owned);

    List<ContractRow> rows = new ArrayList<>();
    for (Contract contract : contracts.values()) {
      List<Award> its = awardsByContract.getOrDefault(contract.id().value(), List.of());
      List<ContractRow.Party> suppliers = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      Actions itsActions = actions.get(contract.id().value());
      String start = contract.date();
      String end = null;
      BigDecimal awardSum = null;
      if (itsActions != null) {
        start = earliest(listOf(start), listOf(itsActions.start));
        end = itsActions.end;
      }
      for (Award award : its) {
        if (award.supplier() != null && seen.add(award.supplier())) {
          suppliers.add(party(award.supplier(), names));
        }
        start = earliest(listOf(start), listOf(award.start()));
        end = latest(end, award.end());
        if (award.amount() != null) {
          awardSum = awardSum == null ? award.amount() : awardSum.add(award.amount());
        }
      }
      if (supplierIds != null
          && suppliers.stream().noneMatch(p -> supplierIds.contains(p.id().value()))) {
        continue;
      }
      String unitId = contract.authorities().isEmpty() ? null : contract.authorities().get(0);
      List<String> path = unitId == null ? List.of() : hierarchy(unitId, parents, names);
      if (filter.agency() != null && !matchesAgency(filter.agency(), unitId, parents, names)) {
        continue;
      }
      if (filter.from() != null && (start == null || start.compareTo(filter.from()) < 0)) {
        continue;
      }
      if (filter.to() != null && (start == null || !withinTo(start, filter.to()))) {
        continue;
      }
      rows.add(
          new ContractRow(
              contract.id(),
              contract.name(),
              contract.title(),
              start,
              end,
              value(contract, awardSum, itsActions),
              contract.currency(),
              suppliers,
              unitId == null ? null : party(unitId, names),
              path,
              contract.source()));
    }
    rows.sort(
        Comparator.comparing((ContractRow r) -> r.date() == null ? "9999" : r.date())
            .thenComparing(ContractRow::name));
    return new ContractReport(rows, totals(rows));
  }

  /** The contract's own amount, else its awards' sum, else what its transactions say. */
  private static @Nullable BigDecimal value(
      Contract contract, @Nullable BigDecimal awardSum, @Nullable Actions actions) {
    if (contract.value() != null) {
      return contract.value();
    }
    if (awardSum != null) {
      return awardSum;
    }
    return actions == null ? null : actions.value();
  }

  private static List<ContractReport.Total> totals(List<ContractRow> rows) {
    Map<String, Map<String, BigDecimal[]>> byUnit = new TreeMap<>();
    for (ContractRow row : rows) {
      String unit = row.unit() == null ? "(unknown unit)" : row.unit().name();
      String year = row.year() == null ? "?" : row.year();
      BigDecimal[] sum =
          byUnit
              .computeIfAbsent(unit, u -> new TreeMap<>())
              .computeIfAbsent(year, y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(BigDecimal.ONE);
      if (row.value() != null) {
        sum[1] = sum[1].add(row.value());
      }
    }
    List<ContractReport.Total> totals = new ArrayList<>();
    byUnit.forEach(
        (unit, years) ->
            years.forEach(
                (year, sum) ->
                    totals.add(new ContractReport.Total(unit, year, sum[0].intValue(), sum[1]))));
    return totals;
  }

  /** The ids of suppliers the filter names (with their subsidiaries if asked), or null for all. */
  private static @Nullable Set<String> matchingSuppliers(
      ContractFilter filter,
      @Nullable String canonicalWanted,
      Map<String, String> names,
      Map<String, Set<String>> owned) {
    String wanted = filter.supplier();
    if (wanted == null) {
      return null;
    }
    Set<String> ids = new LinkedHashSet<>();
    String needle = wanted.toLowerCase(Locale.ROOT);
    names.forEach(
        (id, name) -> {
          if (id.equals(wanted)
              || id.equals(canonicalWanted)
              || name.toLowerCase(Locale.ROOT).contains(needle)) {
            ids.add(id);
          }
        });
    if (names.isEmpty() || !names.containsKey(wanted)) {
      ids.add(wanted);
    }
    if (filter.includeSubsidiaries()) {
      Deque<String> queue = new ArrayDeque<>(ids);
      while (!queue.isEmpty()) {
        for (String asset : owned.getOrDefault(queue.removeFirst(), Set.of())) {
          if (ids.add(asset)) {
            queue.add(asset);
          }
        }
      }
    }
    return ids;
  }

  private static boolean matchesAgency(
      String wanted,
      @Nullable String unitId,
      Map<String, Set<String>> parents,
      Map<String, String> names) {
    if (unitId == null) {
      return false;
    }
    String needle = wanted.toLowerCase(Locale.ROOT);
    for (String id : ancestors(unitId, parents)) {
      String name = names.getOrDefault(id, id);
      if (id.equals(wanted) || name.toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    return false;
  }

  /** The unit and every unit above it, nearest first, without loops. */
  private static List<String> ancestors(String unitId, Map<String, Set<String>> parents) {
    List<String> result = new ArrayList<>();
    Deque<String> queue = new ArrayDeque<>(List.of(unitId));
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      String id = queue.removeFirst();
      if (seen.add(id)) {
        result.add(id);
        queue.addAll(new java.util.TreeSet<>(parents.getOrDefault(id, Set.of())));
      }
    }
    return result;
  }

  private static List<String> hierarchy(
      String unitId, Map<String, Set<String>> parents, Map<String, String> names) {
    return ancestors(unitId, parents).stream().map(id -> names.getOrDefault(id, id)).toList();
  }

  private static ContractRow.Party party(String id, Map<String, String> names) {
    return new ContractRow.Party(EntityId.of(id), names.getOrDefault(id, id));
  }

  private static void link(Map<String, Set<String>> map, List<String> from, List<String> to) {
    for (String f : from) {
      map.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(to);
    }
  }

  private static String first(MergedEntity entity, String property, String fallback) {
    List<String> values = entity.values(property);
    return values.isEmpty() ? fallback : values.get(0);
  }

  private static @Nullable String firstOrNull(MergedEntity entity, String property) {
    List<String> values = entity.values(property);
    return values.isEmpty() ? null : values.get(0);
  }

  private static @Nullable BigDecimal largest(List<String> amounts) {
    BigDecimal max = null;
    for (String amount : amounts) {
      try {
        BigDecimal value = new BigDecimal(amount.replace(",", "").trim());
        max = max == null || value.compareTo(max) > 0 ? value : max;
      } catch (NumberFormatException e) {
        // not a plain number: leave it out of the value, it stays visible in 'show'
      }
    }
    return max;
  }

  private static List<String> listOf(@Nullable String value) {
    return value == null ? List.of() : List.of(value);
  }

  @SafeVarargs
  private static @Nullable String earliest(List<String>... lists) {
    String min = null;
    for (List<String> list : lists) {
      for (String value : list) {
        min = min == null || value.compareTo(min) < 0 ? value : min;
      }
    }
    return min;
  }

  private static @Nullable String latest(@Nullable String a, @Nullable String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  private static boolean withinTo(String date, String to) {
    String prefix = date.length() > to.length() ? date.substring(0, to.length()) : date;
    return prefix.compareTo(to) <= 0;
  }
}
