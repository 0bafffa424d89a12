package org.vigilance.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigilance.cli.ExitCodes;
import org.vigilance.cli.VigilanceCommand;

/** Entry point of {@code vigilance}. */
public final class Main {
  /**
   * Lucene logs a warning on every start when the JDK's incubating vector module is not enabled;
   * enabling it makes the JDK warn instead. Lucene works without it, so the notice is silenced
   * (held here so the logger and its level are not garbage-collected).
   */
  private static final Logger LUCENE_VECTORS =
      Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

  private Main() {}

  /**
   * Runs the command line and exits with its code. Running out of memory is said in one line, with
   * what to do ({@link VigilanceCommand#outOfMemory}), instead of a stack trace: picocli hands its
   * handler exceptions, not errors.
   */
  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(Level.SEVERE);
    int code;
    try {
      code = Wiring.standard().commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("vigilance: " + VigilanceCommand.outOfMemory());
      code = ExitCodes.FAILURE;
    }
    System.exit(code);
  }
}
