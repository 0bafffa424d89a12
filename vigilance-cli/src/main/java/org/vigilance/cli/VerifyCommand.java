package org.vigilance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigilance.core.workspace.VerificationReport;
import org.vigilance.core.workspace.VerifyWorkspace;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance verify}: re-checks the journal chain, every batch and every blob. */
@Command(
    name = "verify",
    description = {
      "Re-check the journal chain, every batch and every blob; name what broke.",
      "Every fragment batch is re-hashed against its journal entry, every blob against its",
      "SHA-256. Exits 4 when anything does not match."
    })
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    VerificationReport report;
    try (Workspace ws = root.openWorkspace()) {
      report = new VerifyWorkspace(ws).run(root.progress());
    }
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("intact", report.intact());
      out.put("journalEntries", report.journalEntries());
      out.put("batches", report.batches());
      out.put("fragments", report.fragments());
      out.put("sources", report.sources());
      out.put("blobs", report.blobs());
      out.put("problems", report.problems());
      out.put("notes", report.notes());
      root.printJson(out);
    } else {
      PrintStream out = root.env.out();
      out.printf(
          Locale.ROOT,
          "Checked %,d journal entries, %,d batches (%,d fragments), %,d sources, %,d blobs.%n",
          report.journalEntries(),
          report.batches(),
          report.fragments(),
          report.sources(),
          report.blobs());
      report.notes().forEach(n -> out.println("note: " + n));
      if (report.intact()) {
        out.println("OK: the journal chain, every batch and every blob match.");
      } else {
        out.println("DAMAGED: " + report.problems().size() + " problem(s):");
        report.problems().forEach(p -> out.println("  - " + p));
      }
    }
    return report.intact() ? ExitCodes.OK : ExitCodes.TAMPERED;
  }
}
