package org.vigilance.cli;

import java.io.PrintStream;
import org.vigilance.core.ingest.ProgressListener;

/** Progress display for commands that live outside this module (benchmarks). */
public final class Progress {
  private Progress() {}

  /** A terminal progress bar with a rate, on the given stream. */
  public static ProgressListener console(PrintStream err) {
    return new ConsoleProgress(err);
  }
}
