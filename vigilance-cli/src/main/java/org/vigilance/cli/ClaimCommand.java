package org.vigilance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.Relation;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.Model;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigilance claim add|link}: records claims and the evidence on each side of them. */
@Command(
    name = "claim",
    description = {
      "Record a claim, or link evidence to one.",
      "A claim is what an actor asserted, when, about what and where; evidence supports it,"
          + " contradicts it or gives context. See the ledger with 'vigilance claims'."
    },
    subcommands = {ClaimCommand.Add.class, ClaimCommand.Link.class})
final class ClaimCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(root.env.err());
    return ExitCodes.USAGE;
  }

  /** {@code vigilance claim add}. */
  @Command(
      name = "add",
      description = {
        "Record a claim: what a speaker asserted, when, about what, where.",
        "The speaker is an organisation, or a person in a public role. Its grade is the grade of"
            + " its source document (E4 without one). A claim is never edited: a correction is a"
            + " new claim with a new id."
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand ClaimCommand parent;

    @Mixin EntryOptions entry = new EntryOptions();

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Id of the claim.")
    String id = "";

    @Option(
        names = "--speaker",
        required = true,
        paramLabel = "ENTITY",
        description = "Who made it: the id of an organisation or a person in a public role.")
    String speaker = "";

    @Option(
        names = "--date",
        required = true,
        paramLabel = "DATE",
        description = "When it was made (ISO: 2019, 2019-07, 2019-07-12).")
    String date = "";

    @Option(
        names = "--text",
        required = true,
        paramLabel = "TEXT",
        description = "What was asserted, in the speaker's words where possible.")
    String text = "";

    @Option(
        names = "--about",
        required = true,
        arity = "1..*",
        paramLabel = "ENTITY",
        description = "The entities it is about: companies, agencies, contracts, products.")
    List<String> about = new ArrayList<>();

    @Option(
        names = "--source",
        paramLabel = "DOC",
        description =
            "The document it was made in: a file's Document from 'vigilance ingest' or one"
                + " recorded by 'vigilance cite' (see 'vigilance documents').")
    @Nullable String source;

    @Option(
        names = "--locator",
        paramLabel = "WHERE",
        description = "Where in the source document (a page, a paragraph). Needs --source.")
    @Nullable String locator;

    @Option(
        names = "--indicator",
        paramLabel = "ID",
        description = "A methodology indicator it bears on (e.g. A-04); repeatable.")
    List<String> indicators = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      return Entries.run(parent.root.env, this::record);
    }

    private int record() throws IOException {
      VigilanceCommand root = parent.root;
      Model model = root.env.model();
      EntityId claimId = Entries.id("--id", id);
      String day = Entries.date("--date", date);
      String words = Entries.text("--text", text);
      if (locator != null && source == null) {
        throw new IllegalArgumentException("--locator: needs --source (the document it locates)");
      }
      try (Workspace ws = root.openWorkspace()) {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        properties.put(
            "speaker",
            List.of(Entries.entity(ws, model, "--speaker", speaker, "LegalEntity").value()));
        properties.put("date", List.of(day));
        properties.put("text", List.of(words));
        List<String> subjects = new ArrayList<>();
        for (String a : about) {
          String subject = Entries.entity(ws, model, "--about", a, "Thing").value();
          if (!subjects.contains(subject)) {
            subjects.add(subject);
          }
        }
        properties.put("about", subjects);
        EvidenceGrade grade = EvidenceGrade.E4;
        String url = null;
        if (source != null) {
          EntityId document = Entries.entity(ws, model, "--source", source, "Document");
          properties.put("sourceDocument", List.of(document.value()));
          grade = Entries.gradeOf(ws, document);
          url = Entries.urlOf(ws, document);
          if (locator != null) {
            properties.put("locator", List.of(Entries.text("--locator", locator)));
          }
        }
        List<String> ids = new ArrayList<>();
        for (String indicator : indicators) {
          ids.add(Entries.text("--indicator", indicator));
        }
        properties.put("indicators", ids);
        EntityDraft claim = new EntityDraft(claimId, "Claim", properties);
        return Entries.record(
            root,
            ws,
            entry.entry(root, "claim", "claim add " + claimId, grade, url, List.of(claim)));
      }
    }
  }

  /** {@code vigilance claim link}. */
  @Command(
      name = "link",
      description = {
        "Link evidence to a claim: a passage that supports it, contradicts it or gives context.",
        "The link carries the grade of the document (the best among the sources that assert it)."
            + " The same link twice is recorded once: its id is derived from the claim, the"
            + " relation, the document and the locator. A claim's own source does not support it."
      })
  static final class Link implements Callable<Integer> {
    @ParentCommand ClaimCommand parent;

    @Mixin EntryOptions entry = new EntryOptions();

    @Parameters(index = "0", paramLabel = "CLAIM", description = "The claim's id.")
    String claim = "";

    @ArgGroup(exclusive = true, multiplicity = "1")
    Side side = new Side();

    /** The relation and the document: exactly one of the three options. */
    static final class Side {
      @Option(names = "--supports", paramLabel = "DOC", description = "A document supporting it.")
      @Nullable String supports;

      @Option(
          names = "--contradicts",
          paramLabel = "DOC",
          description = "A document contradicting it.")
      @Nullable String contradicts;

      @Option(
          names = "--context",
          paramLabel = "DOC",
          description = "A document giving context, for neither side.")
      @Nullable String context;
    }

    @Option(
        names = "--locator",
        paramLabel = "WHERE",
        description = "Where in the document (a page, a row, a paragraph).")
    @Nullable String locator;

    @Option(names = "--quote", paramLabel = "TEXT", description = "The passage, quoted.")
    @Nullable String quote;

    @Override
    public Integer call() throws IOException {
      return Entries.run(parent.root.env, this::record);
    }

    private int record() throws IOException {
      VigilanceCommand root = parent.root;
      Model model = root.env.model();
      Relation relation;
      String doc;
      String option;
      if (side.supports != null) {
        relation = Relation.SUPPORTS;
        doc = side.supports;
        option = "--supports";
      } else if (side.contradicts != null) {
        relation = Relation.CONTRADICTS;
        doc = side.contradicts;
        option = "--contradicts";
      } else {
        relation = Relation.CONTEXT;
        doc = Objects.requireNonNull(side.context);
        option = "--context";
      }
      String where = locator == null ? null : Entries.text("--locator", locator);
      String passage = quote == null ? null : Entries.text("--quote", quote);
      try (Workspace ws = root.openWorkspace()) {
        EntityId claimId = Entries.entity(ws, model, "CLAIM", claim, "Claim");
        EntityId document = Entries.entity(ws, model, option, doc, "Document");
        if (relation == Relation.SUPPORTS) {
          for (Fragment f : ws.fragments().fragmentsOf(claimId)) {
            if (f.properties()
                .getOrDefault("sourceDocument", List.of())
                .contains(document.value())) {
              throw new IllegalArgumentException(
                  option
                      + ": "
                      + document
                      + " is where "
                      + claimId
                      + " was made: a claim does not support itself (link it as --context, or"
                      + " cite another document)");
            }
          }
        }
        EvidenceGrade grade = Entries.gradeOf(ws, document);
        EntityId linkId = linkId(claimId, relation, document, where);
        Map<String, List<String>> properties = new LinkedHashMap<>();
        properties.put("claim", List.of(claimId.value()));
        properties.put("relation", List.of(relation.word()));
        properties.put("document", List.of(document.value()));
        properties.put("grade", List.of(grade.name()));
        if (where != null) {
          properties.put("locator", List.of(where));
        }
        if (passage != null) {
          properties.put("quote", List.of(passage));
        }
        EntityDraft link = new EntityDraft(linkId, "EvidenceLink", properties);
        List<Fragment> existing = ws.fragments().fragmentsOf(linkId);
        if (!existing.isEmpty()
            && existing.stream().noneMatch(f -> f.properties().equals(link.properties()))) {
          throw new IllegalArgumentException(
              claimId
                  + " "
                  + relation.word()
                  + " "
                  + document
                  + (where == null ? "" : " at '" + where + "'")
                  + " is already linked ("
                  + linkId
                  + ") with another quote or grade; a link is never edited: for another"
                  + " passage give a more precise --locator");
        }
        return Entries.record(
            root,
            ws,
            entry.entry(
                root,
                "evidence-link",
                "claim link " + claimId + " " + relation.word() + " " + document,
                grade,
                Entries.urlOf(ws, document),
                List.of(link)));
      }
    }

    /**
     * The id of a link: {@code link:} and the first 24 hex digits of the SHA-256 of claim,
     * relation, document and locator (separated by a byte that no id contains), so that the same
     * link is the same entity.
     */
    static EntityId linkId(
        EntityId claim, Relation relation, EntityId document, @Nullable String locator) {
      String key =
          String.join(
              "\u0000",
              claim.value(),
              relation.word(),
              document.value(),
              locator == null ? "" : locator);
      return EntityId.of(
          "link:" + ContentHash.of(key.getBytes(StandardCharsets.UTF_8)).hex().substring(0, 24));
    }
  }
}
