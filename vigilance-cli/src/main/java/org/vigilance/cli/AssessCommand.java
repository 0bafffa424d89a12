package org.vigilance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.Assess;
import org.vigilance.core.diligence.Assessment;
import org.vigilance.core.diligence.AssessmentView;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.methodology.FindingsFile;
import org.vigilance.core.methodology.Methodologies;
import org.vigilance.core.methodology.Methodology;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance assess SUBJECT --methodology ID}: a dated assessment with its findings. */
@Command(
    name = "assess",
    header = "Assess a company's due diligence with a methodology.",
    description = {
      "Assess a company's due diligence (or a company's on one contract) with a methodology, on",
      "a date: one finding per indicator, from the analyst's findings file and the case graph,",
      "with the rules applied and explained, and scores per group and in total. The assessment",
      "is recorded (older ones stay: vigilance assessments SUBJECT)."
    })
final class AssessCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Parameters(index = "0", paramLabel = "SUBJECT", description = "The company's entity id.")
  String subject = "";

  @Option(
      names = "--contract",
      paramLabel = "ID",
      description =
          "Assess it on this contract: its id, or its number (name) when only one has it.")
  @Nullable String contract;

  @Option(
      names = "--methodology",
      required = true,
      paramLabel = "ID[@VERSION]",
      description = "The methodology (its highest version when none is given).")
  String methodology = "";

  @Option(
      names = "--findings",
      paramLabel = "FILE",
      description =
          "The analyst's findings (YAML: per indicator level, rationale, evidence); indicators"
              + " it does not mention are at 0, no evidence found.")
  @Nullable Path findings;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date (default: today).")
  @Nullable String date;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Mixin EntryOptions entry = new EntryOptions();

  @Override
  public Integer call() throws IOException {
    Environment env = root.env;
    LocalDate day;
    try {
      day = date == null ? LocalDate.now(env.clock()) : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      env.err().println("vigilance: --date '" + date + "' is not a date (YYYY-MM-DD)");
      return ExitCodes.USAGE;
    }
    FindingsFile file = null;
    try {
      if (findings != null) {
        Path name = findings.getFileName();
        file =
            env.methodologies()
                .findings(
                    name == null ? findings.toString() : name.toString(),
                    Files.readAllBytes(findings));
      }
    } catch (IllegalArgumentException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (Workspace ws = root.openWorkspace()) {
      Methodologies catalogue = new Methodologies(env.methodologies(), ws);
      Assessment assessment;
      Methodologies.Entry chosen;
      try {
        chosen = catalogue.find(methodology);
        CaseGraph graph = root.caseGraph(ws);
        assessment =
            Assess.apply(
                graph,
                chosen.methodology(),
                new Assess.Request(
                    EntityId.of(subject),
                    contract == null ? null : graph.resolve("Contract", contract).id(),
                    day,
                    file));
      } catch (IllegalArgumentException e) {
        env.err().println("vigilance: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      String user = root.user(entry.enteredBy);
      Methodologies.Stored stored =
          catalogue.store(
              chosen,
              CollectionName.of(entry.collection),
              Sensitivity.parse(entry.sensitivity),
              user,
              env.model(),
              env.clock());
      List<EntityDraft> drafts = Assess.entities(assessment, stored.document());
      EntityId id = drafts.get(0).id();
      // an assessment is an analyst's judgement, not evidence: the floor grade (ADR 0012)
      ImportOutcome outcome =
          root.recordEntry(
              ws,
              entry.entry(
                  root,
                  "assessment",
                  "assess " + assessment.subject().id() + " " + day,
                  EvidenceGrade.E4,
                  null,
                  drafts));
      CaseGraph graph = root.caseGraph(ws);
      AssessmentView view =
          AssessmentView.view(graph, graph.require(id), key -> lookup(catalogue, key));
      if (json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("subject", assessment.subject().id().value());
        doc.put("recorded", !outcome.alreadyImported());
        doc.put("assessment", AssessmentPrinter.json(view));
        root.printJson(doc);
        return ExitCodes.OK;
      }
      if (outcome.alreadyImported()) {
        env.out()
            .println(
                "The same assessment (same subject, date, methodology and findings) was recorded"
                    + " before; nothing added.");
      }
      new AssessmentPrinter(graph, env.out()).print(view, assessment.subject());
    }
    return ExitCodes.OK;
  }

  /** The methodology of a recorded assessment, to put its findings in order. */
  static Optional<Methodology> lookup(Methodologies catalogue, String key) {
    try {
      return Optional.of(catalogue.find(key).methodology());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
