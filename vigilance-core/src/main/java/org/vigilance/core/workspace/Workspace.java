package org.vigilance.core.workspace;

import java.nio.file.Path;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.SourceCatalog;
import org.vigilance.core.journal.Journal;
import org.vigilance.core.judgement.JudgementStore;

/**
 * One workspace: a folder holding the store, the blobs and (later) the index. Close it when done.
 * The ports it hands out share one journal and are valid until it is closed.
 */
public interface Workspace extends AutoCloseable {

  /** The workspace folder. */
  Path root();

  /** The content-addressed blobs. */
  BlobStore blobs();

  /** The sources and collections. */
  SourceCatalog sources();

  /** The fragments. */
  FragmentStore fragments();

  /** The journal of every write. */
  Journal journal();

  /** The judgements on pairs of entities (same / not the same / unsure), append-only. */
  JudgementStore judgements();

  /** Where rejects files are written. */
  default Path rejectsDir() {
    return root().resolve("rejects");
  }

  @Override
  void close();
}
