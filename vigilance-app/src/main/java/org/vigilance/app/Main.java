package org.vigilance.app;

/** Entry point of {@code vigilance}. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(Wiring.standard().commandLine().execute(args));
  }
}
