package org.vigilance.core.workspace;

import java.nio.file.Path;

/** Opens workspaces of one storage technology. */
public interface WorkspaceOpener {

  /**
   * Opens the workspace in {@code root}, creating it (folders, database, migrations) when {@code
   * create} is true and it does not exist yet.
   *
   * @throws WorkspaceException when it does not exist and {@code create} is false, when it was
   *     written by a newer version, or when it cannot be opened
   */
  Workspace open(Path root, boolean create);

  /** Whether {@code root} holds a workspace. */
  boolean exists(Path root);
}
