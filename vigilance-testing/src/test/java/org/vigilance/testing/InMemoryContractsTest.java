package org.vigilance.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Nested;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.journal.Journal;
import org.vigilance.core.workspace.Workspace;

/** The in-memory reference adapters obey the same contracts as the real ones. */
class InMemoryContractsTest {
  private static InMemoryWorkspace fresh() {
    return new InMemoryWorkspace(Path.of("target", "rejects"), Clock.systemUTC());
  }

  @Nested
  class Blobs extends BlobStoreContract {
    @Override
    protected BlobStore newStore() {
      return new InMemoryBlobStore();
    }

    @Override
    protected void corrupt(BlobStore store, ContentHash hash) {
      ((InMemoryBlobStore) store).tamper(hash, 0);
    }
  }

  @Nested
  class Journals extends JournalContract {
    @Override
    protected Journal newJournal() {
      return fresh().journal();
    }
  }

  @Nested
  class Fragments extends FragmentStoreContract {
    @Override
    protected Workspace newWorkspace() {
      return fresh();
    }
  }

  @Nested
  class Sources extends SourceCatalogContract {
    @Override
    protected Workspace newWorkspace() {
      return fresh();
    }
  }

  @Nested
  class Judgements extends JudgementStoreContract {
    @Override
    protected Workspace newWorkspace() {
      return fresh();
    }

    @Override
    protected Workspace reopen(Workspace workspace) {
      return workspace;
    }
  }
}
