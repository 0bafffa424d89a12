package org.vigilance.store.sqlite;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.journal.Journal;
import org.vigilance.core.workspace.Workspace;
import org.vigilance.store.blob.FileBlobStore;
import org.vigilance.testing.BlobStoreContract;
import org.vigilance.testing.FragmentStoreContract;
import org.vigilance.testing.JournalContract;
import org.vigilance.testing.JudgementStoreContract;
import org.vigilance.testing.SourceCatalogContract;

/** The SQLite and file-system adapters obey the port contracts. */
class SqliteContractsTest {
  @TempDir Path dir;

  private Workspace fresh() {
    return SqliteWorkspace.open(dir.resolve("ws"), true, Clock.systemUTC());
  }

  @Nested
  class Blobs extends BlobStoreContract {
    @Override
    protected BlobStore newStore() throws IOException {
      return new FileBlobStore(dir.resolve("blobs"));
    }

    @Override
    protected void corrupt(BlobStore store, ContentHash hash) throws IOException {
      Path file = ((FileBlobStore) store).pathOf(hash);
      file.toFile().setWritable(true);
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        int b = raf.read();
        raf.seek(0);
        raf.write(b ^ 0x01);
      }
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
      workspace.close();
      return fresh();
    }
  }
}
