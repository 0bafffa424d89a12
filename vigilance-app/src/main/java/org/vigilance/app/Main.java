package org.vigilance.app;

import java.util.logging.Level;
import java.util.logging.Logger;

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

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(Level.SEVERE);
    System.exit(Wiring.standard().commandLine().execute(args));
  }
}
