package org.vigilance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.RecordEntry;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.workspace.Workspace;

/**
 * What the commands that record due-diligence entries ({@code cite}, {@code claim}, {@code letter})
 * share: checking their options, naming the option and value at fault, and recording the entry. Bad
 * input is an {@link IllegalArgumentException} whose message names the field and value; {@link
 * #run} turns it into the usage exit code, and since {@link RecordEntry} checks everything first,
 * nothing is written.
 */
final class Entries {
  private Entries() {}

  /** A command body that may refuse its input with an {@link IllegalArgumentException}. */
  @FunctionalInterface
  interface Body {
    int run() throws IOException;
  }

  /** Runs a body; bad input is printed ({@code vigilance: ...}) and gives the usage exit code. */
  static int run(Environment env, Body body) throws IOException {
    try {
      return body.run();
    } catch (IllegalArgumentException e) {
      env.err().println("vigilance: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  /** An ISO 8601 date given to an option: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  static String date(String option, String value) {
    String problem = PropertyType.DATE.problem(value, Set.of());
    if (problem != null) {
      throw new IllegalArgumentException(option + ": " + problem);
    }
    return value;
  }

  /** A full date given to an option ({@code YYYY-MM-DD}), as deadlines need. */
  static LocalDate day(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + ": '" + value + "' is not a date in the form YYYY-MM-DD", e);
    }
  }

  /** An entity id given to an option. */
  static EntityId id(String option, String value) {
    String problem = EntityId.problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(option + ": '" + value + "': " + problem);
    }
    return EntityId.of(value);
  }

  /**
   * An entity of the workspace named by an option, which must be of the given schema (or extend
   * it). {@link RecordEntry} checks references again; this check names the option.
   */
  static EntityId entity(Workspace ws, Model model, String option, String value, String schema) {
    EntityId id = id(option, value);
    List<Fragment> fragments = ws.fragments().fragmentsOf(id);
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException(
          option + ": no entity '" + value + "' in the workspace" + hint(schema));
    }
    String actual = model.commonSchema(fragments.stream().map(Fragment::schema).toList()).name();
    if (!model.require(actual).isA(schema)) {
      throw new IllegalArgumentException(
          option + ": '" + value + "' is " + a(actual) + ", not " + a(schema) + hint(schema));
    }
    return id;
  }

  /** A schema name with its indefinite article: "a Claim", "an Organization". */
  static String a(String schema) {
    return ("AEIOU".indexOf(schema.charAt(0)) >= 0 ? "an " : "a ") + schema;
  }

  private static String hint(String schema) {
    return switch (schema) {
      case "Document" -> " (see 'vigilance documents')";
      case "Claim" -> " (see 'vigilance claims')";
      case "Correspondence" -> " (see 'vigilance letter list')";
      default -> "";
    };
  }

  /** A URL given to an option. */
  static String url(String option, String value) {
    String problem = PropertyType.URL.problem(value, Set.of());
    if (problem != null) {
      throw new IllegalArgumentException(option + ": " + problem);
    }
    return value.strip();
  }

  /** An evidence grade given to an option. */
  static EvidenceGrade grade(String option, String value) {
    try {
      return EvidenceGrade.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  /** Text given to an option, which must not be blank. */
  static String text(String option, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(option + ": must not be blank");
    }
    return value.strip();
  }

  /**
   * The grade of a recorded entity as evidence: the best grade among the sources that assert it, E4
   * when nothing asserts it. {@code CaseGraph.grade} computes the same over a merged component;
   * this reads only the entity's own fragments, so that recording an entry does not load the whole
   * graph (documents are not merged by cross-referencing, which joins organisations).
   */
  static EvidenceGrade gradeOf(Workspace ws, EntityId id) {
    List<EvidenceGrade> grades = new java.util.ArrayList<>();
    for (Fragment f : ws.fragments().fragmentsOf(id)) {
      ws.sources().find(f.source()).map(Source::grade).ifPresent(grades::add);
    }
    return EvidenceGrade.best(grades);
  }

  /**
   * Where a recorded document is: its {@code sourceUrl} (given to {@code cite --url}), else the
   * origin URL of a source that asserts it; null when neither is known.
   */
  static @Nullable String urlOf(Workspace ws, EntityId id) {
    List<Fragment> fragments = ws.fragments().fragmentsOf(id);
    for (Fragment f : fragments) {
      List<String> urls = f.properties().getOrDefault("sourceUrl", List.of());
      if (!urls.isEmpty()) {
        return urls.get(0);
      }
    }
    for (Fragment f : fragments) {
      String url = ws.sources().find(f.source()).map(Source::originUrl).orElse(null);
      if (url != null && !url.isBlank()) {
        return url;
      }
    }
    return null;
  }

  /**
   * Records an entry and says what was recorded, or that the same entry was recorded before.
   *
   * @throws IllegalArgumentException when an entity does not fit (see {@link RecordEntry})
   */
  static int record(VigilanceCommand root, Workspace ws, RecordEntry.Entry entry)
      throws IOException {
    ImportOutcome outcome = root.recordEntry(ws, entry);
    PrintStream out = root.env.out();
    Source source = outcome.source();
    if (outcome.alreadyImported()
        && (source.grade() != entry.grade() || source.sensitivity() != entry.sensitivity())) {
      throw new IllegalArgumentException(
          entry.name()
              + " was recorded before as "
              + source.grade()
              + ", "
              + source.sensitivity().label()
              + " ("
              + source.id()
              + "), not "
              + entry.grade()
              + ", "
              + entry.sensitivity().label()
              + "; what is recorded is never edited: record it under a new id");
    }
    for (EntityDraft e : entry.entities()) {
      out.println(
          (outcome.alreadyImported() ? "already recorded: " : "recorded: ")
              + e.schema()
              + " "
              + e.id());
    }
    out.println(
        "  entry "
            + source.id()
            + " ("
            + source.importer()
            + ", "
            + source.grade()
            + ", "
            + source.sensitivity().label()
            + ", collection "
            + source.collection()
            + ")");
    return ExitCodes.OK;
  }
}
