package org.vigilance.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigilance.core.evidence.ImportTotals;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance sources}: every source with its hash, grade, sensitivity, size and date. */
@Command(
    name = "sources",
    description = "List every source: hash, name, grade, sensitivity, size, when.")
final class SourcesCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      List<Source> sources = ws.sources().list();
      if (json) {
        List<Object> rows = new ArrayList<>();
        for (Source s : sources) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", s.id().value());
          row.put("name", s.name());
          row.put("sha256", s.blob().hash().hex());
          row.put("size", s.blob().size());
          row.put("mediaType", s.mediaType());
          row.put("importer", s.importer());
          row.put("collection", s.collection().value());
          row.put("grade", s.grade().name());
          row.put("sensitivity", s.sensitivity().label());
          row.put("originUrl", s.originUrl());
          row.put("licence", s.licence());
          row.put("capturedAt", s.capturedAt().toString());
          row.put("capturedBy", s.capturedBy());
          Optional<ImportTotals> done = ws.sources().completion(s.id());
          row.put("status", done.isPresent() ? "complete" : "incomplete");
          done.ifPresent(
              t -> {
                row.put("fragments", t.fragments());
                row.put("rejects", t.rejects());
              });
          rows.add(row);
        }
        root.printJson(rows);
        return ExitCodes.OK;
      }
      PrintStream out = root.env.out();
      if (sources.isEmpty()) {
        out.println("No sources yet. Import one with: vigilance import ftm FILE");
        return ExitCodes.OK;
      }
      out.printf(
          Locale.ROOT,
          "%-28s %-16s %-28s %-5s %-12s %9s %-20s %s%n",
          "id",
          "sha256",
          "name",
          "grade",
          "sensitivity",
          "size",
          "captured",
          "status");
      for (Source s : sources) {
        Optional<ImportTotals> done = ws.sources().completion(s.id());
        out.printf(
            Locale.ROOT,
            "%-28s %-16s %-28s %-5s %-12s %9s %-20s %s%n",
            s.id(),
            s.blob().hash().hex().substring(0, 16),
            Table.clip(s.name(), 28),
            s.grade(),
            s.sensitivity().label(),
            Table.bytes(s.blob().size()),
            s.capturedAt().toString().substring(0, 19).replace('T', ' '),
            done.map(
                    t ->
                        String.format(
                            Locale.ROOT, "%,d fragments, %,d rejects", t.fragments(), t.rejects()))
                .orElse("incomplete (re-run the import to resume)"));
      }
    }
    return ExitCodes.OK;
  }
}
