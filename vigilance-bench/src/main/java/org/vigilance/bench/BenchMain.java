package org.vigilance.bench;

import org.vigilance.app.Wiring;
import picocli.CommandLine;

/**
 * Entry point of {@code vigilance-bench.jar}: the application's command line with the {@code bench}
 * command added, so that {@code ./vigilance bench ...} runs here and every other command behaves as
 * in the application.
 */
public final class BenchMain {
  private BenchMain() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    Wiring wiring = Wiring.standard();
    CommandLine cli = wiring.commandLine();
    cli.addSubcommand(new BenchCommand(wiring.environment()));
    System.exit(cli.execute(args));
  }
}
