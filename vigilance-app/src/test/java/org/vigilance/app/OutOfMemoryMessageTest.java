package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.vigilance.cli.ExitCodes;
import org.vigilance.cli.VigilanceCommand;
import picocli.CommandLine;

/**
 * Running out of memory is said in one line, with what to do. A worker thread's failure arrives
 * wrapped; {@code Main} says the same of an error thrown as is (picocli hands its handler
 * exceptions only).
 */
class OutOfMemoryMessageTest {
  @Test
  void an_out_of_memory_error_wrapped_by_a_worker_is_said_with_what_to_do() throws Exception {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream saved = System.err;
    int code;
    try {
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      CommandLine cli = Wiring.standard().commandLine(); // its error stream is System.err's
      code =
          cli.getExecutionExceptionHandler()
              .handleExecutionException(
                  new IllegalStateException(
                      new ExecutionException(new OutOfMemoryError("Java heap space"))),
                  cli,
                  cli.parseArgs("stats"));
    } finally {
      System.setErr(saved);
    }
    String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(ExitCodes.FAILURE);
    assertThat(said)
        .isEqualTo("vigilance: " + VigilanceCommand.outOfMemory() + System.lineSeparator())
        .contains("maximum heap")
        .contains("VIGILANCE_JAVA_OPTS=-Xmx");
  }
}
