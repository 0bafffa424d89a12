package org.vigilance.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigilance cite}: records a cited source that is not a file, as a {@code Document}. */
@Command(
    name = "cite",
    description = {
      "Record a cited source that is not a file, as a Document.",
      "A report known by its URL, a hearing, a filing: recorded as a Document entity, so that"
          + " claims, evidence links and letters point to it as they point to the documents"
          + " 'vigilance ingest' makes. Its grade is the one given (default E4; with"
          + " --reported-in, the grade of the document that reports it). List documents with"
          + " 'vigilance documents'."
    })
final class CiteCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Mixin EntryOptions entry = new EntryOptions();

  @Option(
      names = "--id",
      required = true,
      paramLabel = "ID",
      description = "Id of the document (e.g. cite:ice-foia-2019).")
  String id = "";

  @Option(names = "--title", required = true, paramLabel = "TEXT", description = "Its title.")
  String title = "";

  @Option(names = "--author", paramLabel = "NAME", description = "Who wrote it.")
  @Nullable String author;

  @Option(names = "--publisher", paramLabel = "NAME", description = "Who published it.")
  @Nullable String publisher;

  @Option(names = "--date", paramLabel = "DATE", description = "Its date (ISO: 2019, 2019-07-12).")
  @Nullable String date;

  @Option(names = "--url", paramLabel = "URL", description = "Where it is.")
  @Nullable String url;

  @Option(
      names = "--grade",
      paramLabel = "GRADE",
      description =
          "E1 official record, E2 company disclosure, E3 credible third party, E4 unverified"
              + " allegation (default: E4, or the grade of the --reported-in document).")
  @Nullable String grade;

  @Option(
      names = "--reported-in",
      paramLabel = "DOC",
      description = "The document this item is known from (recorded as its proof).")
  @Nullable String reportedIn;

  @Option(names = "--summary", paramLabel = "TEXT", description = "What it says, in a line.")
  @Nullable String summary;

  @Override
  public Integer call() throws IOException {
    return Entries.run(root.env, this::record);
  }

  private int record() throws IOException {
    EntityId docId = Entries.id("--id", id);
    Map<String, List<String>> properties = new LinkedHashMap<>();
    properties.put("title", List.of(Entries.text("--title", title)));
    put(properties, "author", "--author", author);
    put(properties, "publisher", "--publisher", publisher);
    if (date != null) {
      properties.put("date", List.of(Entries.date("--date", date)));
    }
    if (url != null) {
      properties.put("sourceUrl", List.of(Entries.url("--url", url)));
    }
    put(properties, "summary", "--summary", summary);
    try (Workspace ws = root.openWorkspace()) {
      EntityId proof =
          reportedIn == null
              ? null
              : Entries.entity(ws, root.env.model(), "--reported-in", reportedIn, "Document");
      if (proof != null) {
        properties.put("proof", List.of(proof.value()));
      }
      EvidenceGrade given =
          grade != null
              ? Entries.grade("--grade", grade)
              : proof != null ? Entries.gradeOf(ws, proof) : EvidenceGrade.E4;
      EntityDraft document = new EntityDraft(docId, "Document", properties);
      return Entries.record(
          root, ws, entry.entry(root, "cite", "cite " + docId, given, url, List.of(document)));
    }
  }

  private static void put(
      Map<String, List<String>> properties,
      String property,
      String option,
      @Nullable String value) {
    if (value != null) {
      properties.put(property, List.of(Entries.text(option, value)));
    }
  }
}
