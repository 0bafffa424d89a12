package org.vigilance.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigilance.core.search.IndexRun;
import org.vigilance.core.search.IndexWorkspace;
import org.vigilance.core.search.SearchIndex;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance reindex}: drops the search index and rebuilds it from the store. */
@Command(
    name = "reindex",
    header = "Rebuild the search index from the store.",
    description = {
      "Rebuild the search index from the store. The index is a projection of the store: it is",
      "updated after every import and ingest, and can be dropped and rebuilt at any time."
    })
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Override
  public Integer call() {
    Environment env = root.env;
    try (Workspace ws = root.openWorkspace();
        SearchIndex index = env.searchIndex().apply(ws.root().resolve("index"))) {
      IndexRun run = new IndexWorkspace(ws, env.model(), index).rebuild(root.progress());
      env.out()
          .printf(
              Locale.ROOT,
              "Indexed %,d entities as %,d search documents (up to journal entry %,d).%n",
              run.entities(),
              run.documents(),
              run.watermark());
    }
    return ExitCodes.OK;
  }
}
