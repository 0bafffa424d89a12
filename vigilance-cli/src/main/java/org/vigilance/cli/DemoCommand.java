package org.vigilance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ImportRequest;
import org.vigilance.core.ingest.ImportSource;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance demo}: a workspace holding the bundled sample, and a look at what it holds. */
@Command(
    name = "demo",
    description = {
      "Import the bundled sample into a workspace and show what it holds.",
      "The sample (FollowTheMoney) holds a vendor, its products and its contracts with agency",
      "units, from public records."
    })
final class DemoCommand implements Callable<Integer> {
  /** The name the bundled sample is stored under. */
  static final String SAMPLE_NAME = "vigilance-demo-sample.ftm.jsonl";

  @ParentCommand VigilanceCommand root;

  @Override
  public Integer call() throws IOException {
    Environment env = root.env;
    PrintStream out = env.out();
    ImportOutcome outcome;
    Environment.ImportFormat ftm =
        java.util.Objects.requireNonNull(env.importFormats().get("ftm"), "no ftm import format");
    try (Workspace ws = root.openWorkspace();
        InputStream sample = env.demoSample().get()) {
      out.println("Workspace: " + ws.root().toAbsolutePath());
      ImportRequest request =
          new ImportRequest(
              SAMPLE_NAME,
              "ftm",
              "application/x-ftm+json-lines",
              CollectionName.of("demo"),
              Sensitivity.PUBLIC,
              EvidenceGrade.E3,
              null,
              "CC-BY-4.0 (Vigilance demo data, written from public records)",
              "vigilance demo",
              ImportRequest.DEFAULT_BATCH_SIZE,
              ws.rejectsDir(),
              batch -> {});
      outcome =
          new ImportSource(ws.blobs(), ws.sources(), ws.fragments(), env.model(), env.clock())
              .run(
                  request,
                  sample,
                  ftm.reader().apply(new Environment.ImportOptions(null, null)),
                  ProgressListener.NONE);
    }
    out.println(
        outcome.alreadyImported()
            ? "The demo sample was imported before; nothing added."
            : "Imported the demo sample: " + outcome.addedFragments() + " fragments.");
    out.println();
    int code = VigilanceCommand.commandLine(env).execute(withWorkspace("stats"));
    out.println();
    out.println("One entity, each value with the source that asserts it:");
    code =
        Math.max(
            code,
            VigilanceCommand.commandLine(env)
                .execute(withWorkspace("show", "palantir-technologies")));
    out.println();
    out.println("Sources:");
    code = Math.max(code, VigilanceCommand.commandLine(env).execute(withWorkspace("sources")));
    out.println();
    out.println("A search (words in any inflection; facets counted and drawn):");
    out.println("$ vigilance search \"case management\" --facet schema --facet agency");
    code =
        Math.max(
            code,
            VigilanceCommand.commandLine(env)
                .execute(
                    withWorkspace(
                        "search", "case management", "--facet", "schema", "--facet", "agency")));
    out.println();
    code = Math.max(code, VigilanceCommand.commandLine(env).execute(withWorkspace("verify")));
    out.println();
    out.println(
        "Next: vigilance show ID, vigilance search QUERY, vigilance ingest FOLDER, vigilance import"
            + " usaspending FILE, vigilance --help");
    return code;
  }

  private String[] withWorkspace(String... args) {
    String[] full = new String[args.length + 3];
    full[0] = "--workspace";
    full[1] = root.workspaceRoot().toString();
    full[2] = "--quiet";
    System.arraycopy(args, 0, full, 3, args.length);
    return full;
  }
}
