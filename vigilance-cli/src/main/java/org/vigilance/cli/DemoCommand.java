package org.vigilance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigilance demo}: builds a workspace from the bundled demo case by running the case's steps
 * (the same commands a user types), then prints the case's report.
 *
 * <p>The case is data: {@code case.yml} lists its files, the steps that build the workspace (each a
 * command line; {@code {case}} stands for the folder the files are copied to) and the report (each
 * a titled command line). Running it twice adds nothing: every import and entry is recorded once.
 */
@Command(
    name = "demo",
    description = {
      "Build a workspace from the bundled demo case and print its report.",
      "The case: a data-analytics vendor's contracts with the US immigration agency, from public",
      "records; contracts by agency unit, the claims ledger, the assessment, the red flags and the",
      "recommendation, every line with its source. Default workspace: ./vigilance-demo."
    })
final class DemoCommand implements Callable<Integer> {
  /** The file that describes the case. */
  static final String CASE_FILE = "case.yml";

  /** The workspace the demo builds when none is named. */
  static final Path DEFAULT_WORKSPACE = Path.of("vigilance-demo");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @ParentCommand VigilanceCommand root;

  @Override
  public Integer call() throws IOException {
    Environment env = root.env;
    PrintStream out = env.out();
    JsonNode demo;
    try (InputStream in = env.demoFile().apply(CASE_FILE)) {
      demo = YAML.readTree(in);
    }
    Path workspace = root.workspaceRoot(DEFAULT_WORKSPACE);
    Path caseDir = workspace.resolve("demo-case");
    Files.createDirectories(caseDir);
    for (JsonNode file : demo.path("files")) {
      try (InputStream in = env.demoFile().apply(file.asText())) {
        Files.copy(in, caseDir.resolve(file.asText()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    out.println(demo.path("title").asText("Demo case"));
    out.println("Workspace: " + workspace.toAbsolutePath());
    out.println("Case files (copied from the build): " + caseDir);
    out.println();
    out.println("Building the case:");
    for (JsonNode step : demo.path("steps")) {
      List<String> args = arguments(step.path("run"), caseDir);
      String says = step.path("say").asText(String.join(" ", args));
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      PrintStream stream = new PrintStream(captured, true, StandardCharsets.UTF_8);
      int code =
          VigilanceCommand.commandLine(env.withStreams(stream, stream))
              .execute(withWorkspace(workspace, args));
      if (code != ExitCodes.OK) {
        out.println("  FAILED: " + says);
        out.print(captured.toString(StandardCharsets.UTF_8));
        env.err().println("vigilance demo: step failed (exit " + code + "): " + args);
        return code;
      }
      out.println("  - " + says);
    }
    int worst = ExitCodes.OK;
    for (JsonNode section : demo.path("report")) {
      out.println();
      String title = section.path("title").asText();
      out.println(title);
      out.println("=".repeat(title.length()));
      List<String> args = arguments(section.path("run"), caseDir);
      out.println("$ vigilance " + String.join(" ", args));
      int code = VigilanceCommand.commandLine(env).execute(withWorkspace(workspace, args));
      worst = Math.max(worst, code);
    }
    out.println();
    out.println(demo.path("next").asText("Next: vigilance --help"));
    return worst;
  }

  private static List<String> arguments(JsonNode run, Path caseDir) {
    List<String> args = new ArrayList<>();
    for (JsonNode arg : run) {
      args.add(arg.asText().replace("{case}", caseDir.toString()));
    }
    if (args.isEmpty()) {
      throw new IllegalStateException("a demo step has no command");
    }
    return args;
  }

  private static String[] withWorkspace(Path workspace, List<String> args) {
    List<String> full = new ArrayList<>(List.of("--workspace", workspace.toString(), "--quiet"));
    full.addAll(args);
    return full.toArray(String[]::new);
  }
}
