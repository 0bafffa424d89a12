package org.vigilance.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.SourceCatalog;
import org.vigilance.core.journal.Journal;
import org.vigilance.core.judgement.JudgementStore;
import org.vigilance.core.workspace.Workspace;
import org.vigilance.core.workspace.WorkspaceException;
import org.vigilance.core.workspace.WorkspaceOpener;
import org.vigilance.store.blob.FileBlobStore;

/**
 * The embedded workspace: {@code vigilance.db} (SQLite) and {@code blobs/} in one folder. Its ports
 * are thread-safe; close it once, when done.
 */
public final class SqliteWorkspace implements Workspace {
  /** The database file name inside a workspace folder. */
  public static final String DATABASE = "vigilance.db";

  private final Path root;
  private final SqliteDatabase db;
  private final FileBlobStore blobs;
  private final SqliteSourceCatalog sources;
  private final SqliteFragmentStore fragments;
  private final SqliteJournal journal;
  private final SqliteJudgementStore judgements;

  private SqliteWorkspace(Path root, SqliteDatabase db, FileBlobStore blobs) {
    this.root = root;
    this.db = db;
    this.blobs = blobs;
    this.sources = new SqliteSourceCatalog(db);
    this.fragments = new SqliteFragmentStore(db);
    this.journal = new SqliteJournal(db);
    this.judgements = new SqliteJudgementStore(db);
  }

  /** Opens (and, when asked, creates) the workspace in {@code root}. */
  public static SqliteWorkspace open(Path root, boolean create, Clock clock) {
    Path database = root.resolve(DATABASE);
    if (!Files.exists(database)) {
      if (!create) {
        throw new WorkspaceException(
            "no workspace at " + root.toAbsolutePath() + " (run 'vigilance init' to create one)");
      }
      if (Files.exists(root) && !Files.isDirectory(root)) {
        throw new WorkspaceException(root + " exists and is not a folder");
      }
    }
    try {
      Files.createDirectories(root);
      FileBlobStore blobs = new FileBlobStore(root.resolve("blobs"));
      return new SqliteWorkspace(root, new SqliteDatabase(database, clock), blobs);
    } catch (IOException e) {
      throw new WorkspaceException("cannot open workspace " + root + ": " + e.getMessage(), e);
    }
  }

  /** An opener for the workspace's command-line and test users. */
  public static WorkspaceOpener opener(Clock clock) {
    return new WorkspaceOpener() {
      @Override
      public Workspace open(Path root, boolean create) {
        return SqliteWorkspace.open(root, create, clock);
      }

      @Override
      public boolean exists(Path root) {
        return Files.exists(root.resolve(DATABASE));
      }
    };
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public BlobStore blobs() {
    return blobs;
  }

  @Override
  public SourceCatalog sources() {
    return sources;
  }

  @Override
  public FragmentStore fragments() {
    return fragments;
  }

  @Override
  public Journal journal() {
    return journal;
  }

  @Override
  public JudgementStore judgements() {
    return judgements;
  }

  @Override
  public void close() {
    db.close();
  }
}
