package org.vigilance.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigilance.core.entity.FragmentCounts;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance stats}: counts by schema and by source. */
@Command(name = "stats", description = "Count entities by schema and fragments by source.")
final class StatsCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      FragmentCounts counts = ws.fragments().counts();
      List<Source> sources = ws.sources().list();
      long journal = ws.journal().size();
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("workspace", ws.root().toAbsolutePath().toString());
        out.put("entities", counts.entities());
        out.put("fragments", counts.fragments());
        out.put("sources", sources.size());
        out.put("collections", ws.sources().collections().size());
        out.put("journalEntries", journal);
        out.put("entitiesBySchema", new TreeMap<>(counts.entitiesBySchema()));
        Map<String, Object> bySource = new LinkedHashMap<>();
        for (Source source : sources) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("name", source.name());
          row.put("collection", source.collection().value());
          row.put("fragments", counts.fragmentsBySource().getOrDefault(source.id(), 0L));
          row.put("rejects", counts.rejectsBySource().getOrDefault(source.id(), 0L));
          bySource.put(source.id().value(), row);
        }
        out.put("bySource", bySource);
        root.printJson(out);
        return ExitCodes.OK;
      }
      PrintStream out = root.env.out();
      out.printf(
          Locale.ROOT,
          "Workspace %s%n  %,d entities, %,d fragments, %,d sources in %,d collection(s), %,d"
              + " journal entries%n",
          ws.root().toAbsolutePath(),
          counts.entities(),
          counts.fragments(),
          sources.size(),
          ws.sources().collections().size(),
          journal);
      out.println();
      out.println("Entities by schema");
      new TreeMap<>(counts.entitiesBySchema())
          .forEach((schema, n) -> out.printf(Locale.ROOT, "  %-28s %,10d%n", schema, n));
      out.println();
      out.println("Fragments by source");
      out.printf(Locale.ROOT, "  %-28s %-32s %10s %8s%n", "source", "name", "fragments", "rejects");
      for (Source source : sources) {
        out.printf(
            Locale.ROOT,
            "  %-28s %-32s %,10d %,8d%n",
            source.id(),
            Table.clip(source.name(), 32),
            counts.fragmentsBySource().getOrDefault(source.id(), 0L),
            counts.rejectsBySource().getOrDefault(source.id(), 0L));
      }
    }
    return ExitCodes.OK;
  }
}
