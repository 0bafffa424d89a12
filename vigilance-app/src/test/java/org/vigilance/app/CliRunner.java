package org.vigilance.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Runs the real command line in-process with captured streams. */
final class CliRunner {
  private final @Nullable Path workspace;
  private final Map<String, String> variables = new HashMap<>();
  private Clock clock = Clock.systemUTC();

  CliRunner(@Nullable Path workspace) {
    this.workspace = workspace;
    variables.put("USER", "tester");
  }

  CliRunner env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  /** Runs the commands with this clock (what "today" is, when entries are recorded). */
  CliRunner clock(Clock fixed) {
    this.clock = fixed;
    return this;
  }

  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
    }
  }

  Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  Result runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> full = new ArrayList<>();
    if (workspace != null) {
      full.add("--workspace");
      full.add(workspace.toString());
    }
    full.add("--quiet");
    full.addAll(List.of(args));
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit =
          Wiring.of(variables, o, e, new ByteArrayInputStream(stdin), clock)
              .commandLine()
              .execute(full.toArray(String[]::new));
    }
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
