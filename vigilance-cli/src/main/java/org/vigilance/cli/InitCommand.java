package org.vigilance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance init}: creates the workspace. */
@Command(name = "init", description = "Create the workspace (folder, database, blob store).")
final class InitCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Override
  public Integer call() {
    Path dir = root.workspaceRoot().toAbsolutePath();
    boolean existed = root.env.opener().exists(dir);
    Workspace workspace = root.openWorkspace();
    workspace.close();
    root.env
        .out()
        .println((existed ? "Workspace already exists at " : "Created workspace at ") + dir);
    return ExitCodes.OK;
  }
}
