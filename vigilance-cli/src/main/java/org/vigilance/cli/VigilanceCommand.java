package org.vigilance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.RecordEntry;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.judgement.Components;
import org.vigilance.core.search.IndexWorkspace;
import org.vigilance.core.search.SearchIndex;
import org.vigilance.core.workspace.Workspace;
import org.vigilance.core.workspace.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options and the way in for every subcommand. */
@Command(
    name = "vigilance",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // --help (and --version) on every subcommand
    versionProvider = VigilanceCommand.Version.class,
    description = {
      "Evidence workbench for human-rights due diligence on technology sold to state agencies.",
      "Every fact is kept with the source that asserts it; evidence is never altered."
    },
    subcommands = {
      InitCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      SourcesCommand.class,
      ContractsCommand.class,
      VerifyCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      MatchCommand.class,
      XrefEvalCommand.class,
      XrefCommand.class,
      ReviewCommand.class,
      UnmergeCommand.class,
      DocumentsCommand.class,
      CiteCommand.class,
      ClaimCommand.class,
      ClaimsCommand.class,
      LetterCommand.class,
      MethodologyCommand.class,
      AssessCommand.class,
      AssessmentsCommand.class,
      EventCommand.class,
      ImpactCommand.class,
      ImpactsCommand.class,
      FlagsCommand.class,
      DemoCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 import done with rejected records, 2 usage error,",
      "3 nothing to import, 4 verification found damage or tampering, 5 failure."
    })
public final class VigilanceCommand {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  final Environment env;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Workspace folder (default: $VIGILANCE_WORKSPACE, else ./vigilance-workspace).")
  @Nullable Path workspace;

  @Option(
      names = {"-q", "--quiet"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show no progress bar.")
  boolean quiet;

  /** The root command over the given environment. */
  public VigilanceCommand(Environment env) {
    this.env = env;
  }

  /** A command line ready to execute, with Vigilance's error handling and exit codes. */
  public static CommandLine commandLine(Environment env) {
    CommandLine cli = new CommandLine(new VigilanceCommand(env), new Factory(env));
    cli.setUsageHelpWidth(100);
    cli.setOut(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(env.out(), java.nio.charset.StandardCharsets.UTF_8),
            true));
    cli.setErr(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(env.err(), java.nio.charset.StandardCharsets.UTF_8),
            true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          env.err().println("vigilance: " + message(e));
          return ExitCodes.FAILURE;
        });
    return cli;
  }

  /**
   * What a user whose command ran out of memory is told: the commands that read a whole workspace
   * into memory (the case graph of {@code flags}, {@code assess}, {@code impacts} ...) need a
   * larger heap for a large one.
   */
  public static String outOfMemory() {
    return String.format(
        java.util.Locale.ROOT,
        "out of memory (maximum heap %,d MB). A large workspace needs more: run again with"
            + " VIGILANCE_JAVA_OPTS=-Xmx<size>, for example -Xmx8g.",
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static String message(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return outOfMemory();
      }
    }
    if (e instanceof WorkspaceException || e instanceof IllegalArgumentException) {
      return String.valueOf(e.getMessage());
    }
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof java.io.IOException) {
      return "I/O error: " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** The workspace folder, from the option, the environment or the default. */
  Path workspaceRoot() {
    if (workspace != null) {
      return workspace;
    }
    String fromEnv = env.variables().get("VIGILANCE_WORKSPACE");
    return Path.of(fromEnv != null && !fromEnv.isBlank() ? fromEnv : "vigilance-workspace");
  }

  /**
   * The workspace folder from the option or the environment, else the given default (for commands
   * such as {@code demo} that should not write into the user's default workspace).
   */
  Path workspaceRoot(Path fallback) {
    if (workspace != null) {
      return workspace;
    }
    String fromEnv = env.variables().get("VIGILANCE_WORKSPACE");
    return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : fallback;
  }

  /** Opens the workspace, creating it when absent. */
  Workspace openWorkspace() {
    return env.opener().open(workspaceRoot(), true);
  }

  /**
   * Opens the workspace's search index and brings it up to date with the store (indexing what was
   * committed since it was last updated). The caller closes the index.
   */
  SearchIndex updateIndex(Workspace ws) {
    SearchIndex index = env.searchIndex().apply(ws.root().resolve("index"));
    try {
      new IndexWorkspace(ws, env.model(), index).catchUp(progress());
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Brings the workspace's search index up to date with the store (see {@link #updateIndex}). */
  void refreshIndex(Workspace ws) {
    updateIndex(ws).close();
  }

  /**
   * Brings the search index up to date after an import, unless the user asked for it to be left for
   * later ({@code --no-index}): then says so on {@code out}, and the next search, import without
   * the option, or {@code vigilance reindex} does it.
   */
  void refreshIndex(Workspace ws, boolean later, PrintStream out) {
    if (later) {
      out.println(
          "Search index left for later (--no-index): the next search, import or `vigilance"
              + " reindex` brings it up to date.");
      return;
    }
    refreshIndex(ws);
  }

  /**
   * Records an entry (see {@link RecordEntry}) and brings the search index up to date with it.
   *
   * @throws IllegalArgumentException naming the entity, property and reason when it does not fit
   */
  ImportOutcome recordEntry(Workspace ws, RecordEntry.Entry entry) throws java.io.IOException {
    Environment.ImportFormat ftm =
        java.util.Objects.requireNonNull(env.importFormats().get("ftm"), "no ftm import format");
    ImportOutcome outcome =
        new RecordEntry(
                ws,
                env.model(),
                env.clock(),
                ftm.reader().apply(new Environment.ImportOptions(null, null)))
            .record(entry);
    refreshIndex(ws);
    return outcome;
  }

  /** The case graph of a workspace, with the merged view that judgements give. */
  CaseGraph caseGraph(Workspace ws) {
    return CaseGraph.load(
        ws.fragments(), ws.sources(), env.model(), Components.of(ws.judgements().list()));
  }

  /** Who acts: the name given on the command line, else {@code $USER}, else "unknown". */
  String user(@Nullable String given) {
    return given != null ? given : env.variables().getOrDefault("USER", "unknown");
  }

  /** Says that a format is unknown and which are known; returns the usage exit code. */
  int unknownFormat(String direction, String format, java.util.Set<String> known) {
    env.err()
        .println(
            "vigilance: unknown "
                + direction
                + " format '"
                + format
                + "'; known formats: "
                + String.join(", ", new java.util.TreeSet<>(known)));
    return ExitCodes.USAGE;
  }

  ProgressListener progress() {
    return ConsoleProgress.of(quiet, env.err());
  }

  void printJson(Object value) {
    try {
      env.out().println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Creates commands, handing the environment to those that need it. */
  private record Factory(Environment env) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == VigilanceCommand.class) {
        return cls.cast(new VigilanceCommand(env));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** The version, from the jar's manifest when packaged. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = VigilanceCommand.class.getPackage().getImplementationVersion();
      return new String[] {"vigilance " + (version == null ? "development build" : version)};
    }
  }
}
