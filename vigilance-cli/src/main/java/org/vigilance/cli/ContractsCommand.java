package org.vigilance.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.Provenance;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.procurement.ContractFilter;
import org.vigilance.core.procurement.ContractQuery;
import org.vigilance.core.procurement.ContractReport;
import org.vigilance.core.procurement.ContractRow;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance contracts}: contracts with supplier, agency unit, dates and values. */
@Command(
    name = "contracts",
    description = {
      "List contracts with supplier, agency unit, dates and values, and totals.",
      "The awarding unit is shown with the units above it; totals are by unit and year."
    })
final class ContractsCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Option(
      names = "--supplier",
      paramLabel = "NAME|ID",
      description = "Supplier id or part of a name.")
  @Nullable String supplier;

  @Option(
      names = "--include-subsidiaries",
      description =
          "With --supplier: also contracts of companies it owns (Ownership), directly or not.")
  boolean includeSubsidiaries;

  @Option(
      names = "--agency",
      paramLabel = "NAME|ID",
      description = "Awarding unit, or any unit above it: id or part of a name.")
  @Nullable String agency;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Earliest date (ISO, e.g. 2018 or 2018-06-01).")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Latest date, inclusive (ISO prefix).")
  @Nullable String to;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    ContractReport report;
    Map<SourceId, Source> sources = new HashMap<>();
    try (Workspace ws = root.openWorkspace()) {
      ws.sources().list().forEach(s -> sources.put(s.id(), s));
      report =
          new ContractQuery(
                  ws.fragments(),
                  root.env.model(),
                  org.vigilance.core.judgement.Components.of(ws.judgements().list())::canonical)
              .run(new ContractFilter(supplier, includeSubsidiaries, agency, from, to));
    }
    if (json) {
      root.printJson(toJson(report));
      return ExitCodes.OK;
    }
    PrintStream out = root.env.out();
    if (report.rows().isEmpty()) {
      out.println("No contracts match.");
      return ExitCodes.OK;
    }
    out.printf(
        Locale.ROOT,
        "%-10s %-18s %-32s %-28s %-50s %16s  %s%n",
        "date",
        "contract",
        "title",
        "supplier",
        "agency unit",
        "value",
        "source");
    for (ContractRow row : report.rows()) {
      out.printf(
          Locale.ROOT,
          "%-10s %-18s %-32s %-28s %-50s %16s  %s%n",
          row.date() == null ? "?" : Table.clip(row.date(), 10),
          Table.clip(row.name(), 18),
          Table.clip(row.title(), 32),
          Table.clip(
              row.suppliers().stream()
                  .map(ContractRow.Party::name)
                  .collect(Collectors.joining("; ")),
              28),
          Table.clip(String.join(" < ", row.unitPath()), 50),
          money(row.value(), row.currency()),
          cite(row.source(), sources));
    }
    out.println();
    out.println("Totals by agency unit and year");
    out.printf(Locale.ROOT, "  %-40s %-5s %9s %18s%n", "agency unit", "year", "contracts", "value");
    for (ContractReport.Total total : report.totals()) {
      out.printf(
          Locale.ROOT,
          "  %-40s %-5s %9d %18s%n",
          Table.clip(total.unit(), 40),
          total.year(),
          total.contracts(),
          money(total.value(), null));
    }
    return ExitCodes.OK;
  }

  /** {@code [E1 file.csv row:2]}: the grade, name and place of the source that records a row. */
  static String cite(Provenance p, Map<SourceId, Source> sources) {
    Source s = sources.get(p.source());
    return s == null
        ? "[" + p.source() + " " + p.locator() + "]"
        : "[" + s.grade() + " " + s.name() + " " + p.locator() + "]";
  }

  private static String money(@Nullable BigDecimal value, @Nullable String currency) {
    if (value == null) {
      return "?";
    }
    return String.format(Locale.ROOT, "%,.2f", value) + (currency == null ? "" : " " + currency);
  }

  private static Map<String, Object> toJson(ContractReport report) {
    List<Object> rows = new ArrayList<>();
    for (ContractRow row : report.rows()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", row.id().value());
      r.put("name", row.name());
      r.put("title", row.title());
      r.put("date", row.date());
      r.put("endDate", row.endDate());
      r.put("value", row.value() == null ? null : row.value().toPlainString());
      r.put("currency", row.currency());
      r.put("source", row.source().source().value());
      r.put("locator", row.source().locator().value());
      r.put(
          "suppliers",
          row.suppliers().stream()
              .map(p -> Map.of("id", p.id().value(), "name", p.name()))
              .toList());
      r.put(
          "unit",
          row.unit() == null
              ? null
              : Map.of("id", row.unit().id().value(), "name", row.unit().name()));
      r.put("unitPath", row.unitPath());
      rows.add(r);
    }
    List<Object> totals = new ArrayList<>();
    for (ContractReport.Total t : report.totals()) {
      Map<String, Object> total = new LinkedHashMap<>();
      total.put("unit", t.unit());
      total.put("year", t.year());
      total.put("contracts", t.contracts());
      total.put("value", t.value().toPlainString());
      totals.add(total);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("contracts", rows);
    json.put("totals", totals);
    return json;
  }
}
