package org.vigilance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.ClaimStatus;
import org.vigilance.core.diligence.ClaimView;
import org.vigilance.core.diligence.LetterView;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Model;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigilance letter add|respond|list}: the correspondence tracker. */
@Command(
    name = "letter",
    description = {
      "Track letters to organisations, their deadlines and the responses.",
      "Record a letter, record a response, list the letters with where they stand and each"
          + " recipient's response rate."
    },
    subcommands = {
      LetterCommand.Add.class,
      LetterCommand.Respond.class,
      LetterCommand.ListLetters.class
    })
final class LetterCommand implements Callable<Integer> {
  @ParentCommand VigilanceCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(root.env.err());
    return ExitCodes.USAGE;
  }

  /** {@code vigilance letter add}. */
  @Command(
      name = "add",
      description = {
        "Record a letter: who wrote to whom, when, what it asks, by when an answer is due.",
        "Its grade is the grade of --document (the letter as filed), E4 without one."
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand LetterCommand parent;

    @Mixin EntryOptions entry = new EntryOptions();

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Id of the letter.")
    String id = "";

    @Option(
        names = "--from",
        required = true,
        paramLabel = "ENTITY",
        description = "Who sent it (an organisation's id).")
    String from = "";

    @Option(
        names = "--to",
        required = true,
        paramLabel = "ENTITY",
        description = "Who it was sent to (an organisation's id).")
    String to = "";

    @Option(
        names = "--date",
        required = true,
        paramLabel = "DATE",
        description = "When it was sent (YYYY-MM-DD).")
    String date = "";

    @Option(
        names = "--deadline",
        paramLabel = "DATE",
        description = "The date by which an answer was asked for (YYYY-MM-DD).")
    @Nullable String deadline;

    @Option(names = "--subject", paramLabel = "TEXT", description = "Its subject.")
    @Nullable String subject;

    @Option(
        names = "--questions",
        paramLabel = "TEXT",
        description = "A question it asks; repeatable.")
    List<String> questions = new ArrayList<>();

    @Option(
        names = "--document",
        paramLabel = "DOC",
        description = "The letter as filed: a Document (see 'vigilance documents').")
    @Nullable String document;

    @Override
    public Integer call() throws IOException {
      return Entries.run(parent.root.env, this::record);
    }

    private int record() throws IOException {
      VigilanceCommand root = parent.root;
      Model model = root.env.model();
      EntityId letterId = Entries.id("--id", id);
      LocalDate sent = Entries.day("--date", date);
      Map<String, List<String>> properties = new LinkedHashMap<>();
      properties.put("date", List.of(sent.toString()));
      if (deadline != null) {
        LocalDate due = Entries.day("--deadline", deadline);
        if (due.isBefore(sent)) {
          throw new IllegalArgumentException(
              "--deadline: " + due + " is before the letter's date " + sent);
        }
        properties.put("deadline", List.of(due.toString()));
      }
      if (subject != null) {
        properties.put("subject", List.of(Entries.text("--subject", subject)));
      }
      List<String> asked = new ArrayList<>();
      for (String q : questions) {
        asked.add(Entries.text("--questions", q));
      }
      properties.put("questions", asked);
      try (Workspace ws = root.openWorkspace()) {
        EntityId sender = Entries.entity(ws, model, "--from", from, "LegalEntity");
        EntityId recipient = Entries.entity(ws, model, "--to", to, "LegalEntity");
        if (sender.equals(recipient)) {
          throw new IllegalArgumentException("--to: '" + to + "' is also the sender");
        }
        properties.put("sender", List.of(sender.value()));
        properties.put("recipient", List.of(recipient.value()));
        EvidenceGrade grade = EvidenceGrade.E4;
        String url = null;
        if (document != null) {
          EntityId doc = Entries.entity(ws, model, "--document", document, "Document");
          properties.put("document", List.of(doc.value()));
          grade = Entries.gradeOf(ws, doc);
          url = Entries.urlOf(ws, doc);
        }
        EntityDraft letter = new EntityDraft(letterId, "Correspondence", properties);
        return Entries.record(
            root,
            ws,
            entry.entry(root, "letter", "letter add " + letterId, grade, url, List.of(letter)));
      }
    }
  }

  /** {@code vigilance letter respond}. */
  @Command(
      name = "respond",
      description = {
        "Record a response to a letter: when it came, and the response as a source.",
        "The response as filed (--document) is a file's Document from 'vigilance ingest' or one"
            + " recorded by 'vigilance cite'; the response's grade is its document's (E4"
            + " without one). Its sender is the letter's recipient unless --from says otherwise.",
        "The claims taken from a response are the claims made in its document ('vigilance claim"
            + " add --source DOC', before or after the response is recorded); --claim checks that"
            + " the named claims are among them."
      })
  static final class Respond implements Callable<Integer> {
    @ParentCommand LetterCommand parent;

    @Mixin EntryOptions entry = new EntryOptions();

    @Parameters(index = "0", paramLabel = "LETTER", description = "The letter's id.")
    String letter = "";

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Id of the response.")
    String id = "";

    @Option(
        names = "--date",
        paramLabel = "DATE",
        description =
            "When it was received (YYYY-MM-DD). Leave it out when the date is not known (a reply"
                + " known only as reported): it then counts as answered, never as late.")
    @Nullable String date;

    @Option(
        names = "--from",
        paramLabel = "ENTITY",
        description = "Who answered, when not the letter's recipient (e.g. its counsel).")
    @Nullable String from;

    @Option(
        names = "--document",
        paramLabel = "DOC",
        description = "The response as filed: a Document (see 'vigilance documents').")
    @Nullable String document;

    @Option(
        names = "--claim",
        arity = "1..*",
        paramLabel = "CLAIM",
        description =
            "Claims taken from the response: each must have been recorded with"
                + " --source DOC, the response's document.")
    List<String> claims = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      return Entries.run(parent.root.env, this::record);
    }

    private int record() throws IOException {
      VigilanceCommand root = parent.root;
      Model model = root.env.model();
      EntityId responseId = Entries.id("--id", id);
      @Nullable LocalDate received = date == null ? null : Entries.day("--date", date);
      if (!claims.isEmpty() && document == null) {
        throw new IllegalArgumentException(
            "--claim: needs --document (the claims taken from a response are those made in its"
                + " document)");
      }
      try (Workspace ws = root.openWorkspace()) {
        EntityId letterId = Entries.entity(ws, model, "LETTER", letter, "Correspondence");
        MergedEntity original = new EntityMerger(model).merge(ws.fragments().fragmentsOf(letterId));
        if (!original.values("inReplyTo").isEmpty()) {
          throw new IllegalArgumentException(
              "LETTER: '"
                  + letter
                  + "' is itself a response (to "
                  + original.values("inReplyTo").get(0)
                  + "); respond to the letter");
        }
        LocalDate sent = LetterView.dateOf(original);
        if (sent != null && received != null && received.isBefore(sent)) {
          throw new IllegalArgumentException(
              "--date: " + received + " is before the letter's date " + sent);
        }
        List<String> senders = original.values("sender");
        List<String> recipients = original.values("recipient");
        Map<String, List<String>> properties = new LinkedHashMap<>();
        properties.put("inReplyTo", List.of(letterId.value()));
        if (received != null) {
          properties.put("date", List.of(received.toString()));
        }
        properties.put(
            "sender",
            from != null
                ? List.of(Entries.entity(ws, model, "--from", from, "LegalEntity").value())
                : recipients);
        properties.put("recipient", senders);
        EvidenceGrade grade = EvidenceGrade.E4;
        String url = null;
        if (document != null) {
          EntityId doc = Entries.entity(ws, model, "--document", document, "Document");
          properties.put("document", List.of(doc.value()));
          grade = Entries.gradeOf(ws, doc);
          url = Entries.urlOf(ws, doc);
          for (String c : claims) {
            EntityId claimId = Entries.entity(ws, model, "--claim", c, "Claim");
            MergedEntity claim = new EntityMerger(model).merge(ws.fragments().fragmentsOf(claimId));
            if (!claim.values("sourceDocument").contains(doc.value())) {
              throw new IllegalArgumentException(
                  "--claim: '"
                      + c
                      + "' was not made in "
                      + doc
                      + (claim.values("sourceDocument").isEmpty()
                          ? " (it has no source document)"
                          : " (its source is " + claim.values("sourceDocument").get(0) + ")")
                      + "; record the claims of a response with 'vigilance claim add --source "
                      + doc
                      + "'");
            }
          }
        }
        EntityDraft response = new EntityDraft(responseId, "Correspondence", properties);
        return Entries.record(
            root,
            ws,
            entry.entry(
                root,
                "letter-response",
                "letter respond " + letterId + " " + responseId,
                grade,
                url,
                List.of(response)));
      }
    }
  }

  /** {@code vigilance letter list}. */
  @Command(
      name = "list",
      description = {
        "List the letters with their replies, where they stand, and response rates.",
        "A letter is answered, answered late, awaiting (its deadline has not passed, or it has"
            + " none) or OVERDUE (no reply after its deadline), as of today (UTC). A recipient's"
            + " response rate is its letters answered over its letters answered or overdue."
      })
  static final class ListLetters implements Callable<Integer> {
    @ParentCommand LetterCommand parent;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() {
      VigilanceCommand root = parent.root;
      LocalDate today = LocalDate.now(root.env.clock());
      CaseGraph graph;
      List<LetterView> letters;
      Map<EntityId, ClaimStatus> statuses = new HashMap<>();
      try (Workspace ws = root.openWorkspace()) {
        graph = root.caseGraph(ws);
        letters = LetterView.of(graph, today);
        for (ClaimView c : ClaimView.of(graph, null)) {
          statuses.put(c.claim().id(), c.status().status());
        }
      }
      Map<EntityId, LetterView.ResponseRate> rates = LetterView.rates(letters);
      if (json) {
        root.printJson(toJson(graph, today, letters, rates, statuses));
      } else {
        print(root.env.out(), graph, today, letters, rates, statuses);
      }
      return ExitCodes.OK;
    }

    private static String state(LetterView l, LocalDate today) {
      LocalDate deadline = l.deadline();
      return switch (l.state()) {
        case ANSWERED -> "answered";
        case ANSWERED_LATE -> {
          LocalDate first = LetterView.dateOf(l.replies().get(0));
          yield "answered late"
              + (first == null || deadline == null
                  ? ""
                  : " (" + ChronoUnit.DAYS.between(deadline, first) + " days after the deadline)");
        }
        case OVERDUE ->
            "!! OVERDUE: no reply, "
                + (deadline == null ? "?" : ChronoUnit.DAYS.between(deadline, today))
                + " days past the deadline";
        case AWAITING ->
            deadline == null
                ? "awaiting a reply (no deadline)"
                : "awaiting a reply (" + ChronoUnit.DAYS.between(today, deadline) + " days left)";
      };
    }

    private static void print(
        PrintStream out,
        CaseGraph graph,
        LocalDate today,
        List<LetterView> letters,
        Map<EntityId, LetterView.ResponseRate> rates,
        Map<EntityId, ClaimStatus> statuses) {
      if (letters.isEmpty()) {
        out.println(
            "No letters yet. Record one with: vigilance letter add --id ID --from ENTITY --to"
                + " ENTITY --date DATE --deadline DATE");
        return;
      }
      long overdue = letters.stream().filter(l -> l.state() == LetterView.State.OVERDUE).count();
      out.println(
          "Letters as of " + today + ": " + letters.size() + " letter(s), " + overdue + " overdue");
      for (LetterView l : letters) {
        MergedEntity letter = l.letter();
        out.println();
        out.println(
            letter.id()
                + "  "
                + (l.date() == null ? "undated" : l.date())
                + "  "
                + party(graph, l.sender())
                + " -> "
                + party(graph, l.recipient())
                + "  "
                + l.citation());
        for (String subject : letter.values("subject")) {
          out.println("  subject: " + subject);
        }
        for (String question : letter.values("questions")) {
          out.println("  question: " + question);
        }
        for (MergedEntity doc : graph.refs(letter, "document")) {
          out.println("  as filed: " + CaseText.name(graph, doc) + "  " + graph.cite(doc));
        }
        out.println(
            "  "
                + (l.deadline() == null ? "no deadline" : "deadline " + l.deadline())
                + ": "
                + state(l, today));
        for (MergedEntity reply : l.replies()) {
          LocalDate on = LetterView.dateOf(reply);
          out.println(
              "  reply "
                  + reply.id()
                  + "  "
                  + (on == null ? "undated" : on)
                  + "  from "
                  + graph.refs(reply, "sender").stream()
                      .map(MergedEntity::id)
                      .map(id -> party(graph, graph.get(id).orElse(null)))
                      .collect(Collectors.joining("; "))
                  + "  "
                  + graph.cite(reply));
          for (MergedEntity doc : graph.refs(reply, "document")) {
            out.println("    response: " + CaseText.name(graph, doc) + "  " + graph.cite(doc));
          }
          List<MergedEntity> taken = LetterView.claimsTaken(graph, reply);
          if (!taken.isEmpty()) {
            out.println(
                "    claims taken from it: "
                    + taken.stream()
                        .map(
                            c ->
                                c.id()
                                    + " ("
                                    + statuses.getOrDefault(c.id(), ClaimStatus.UNVERIFIED).word()
                                    + ")")
                        .collect(Collectors.joining(", "))
                    + "  (see 'vigilance claims')");
          }
        }
      }
      out.println();
      out.println(
          "Response rates (answered over answered or overdue; letters still within their"
              + " deadline are not counted)");
      out.printf(
          Locale.ROOT,
          "  %-36s %7s %8s %7s %7s %8s %6s%n",
          "recipient",
          "letters",
          "answered",
          "on time",
          "overdue",
          "awaiting",
          "rate");
      for (LetterView.ResponseRate r : rates.values()) {
        out.printf(
            Locale.ROOT,
            "  %-36s %7d %8d %7d %7d %8d %6s%n",
            Table.clip(
                graph.get(r.recipient()).map(e -> e.caption(graph.model())).orElse("?")
                    + " ("
                    + r.recipient()
                    + ")",
                36),
            r.letters(),
            r.answered(),
            r.onTime(),
            r.overdue(),
            r.awaiting(),
            r.due() == 0 ? "-" : Math.round(r.rate() * 100) + "%");
      }
    }

    private static String party(CaseGraph graph, @Nullable MergedEntity entity) {
      return entity == null ? "?" : entity.caption(graph.model());
    }

    private static Map<String, Object> toJson(
        CaseGraph graph,
        LocalDate today,
        List<LetterView> letters,
        Map<EntityId, LetterView.ResponseRate> rates,
        Map<EntityId, ClaimStatus> statuses) {
      List<Object> list = new ArrayList<>();
      for (LetterView l : letters) {
        MergedEntity letter = l.letter();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", letter.id().value());
        j.put("date", l.date() == null ? null : l.date().toString());
        j.put("deadline", l.deadline() == null ? null : l.deadline().toString());
        j.put("state", l.state().name().toLowerCase(Locale.ROOT));
        j.put("overdue", l.state() == LetterView.State.OVERDUE);
        j.put("sender", l.sender() == null ? null : CaseText.ref(graph, l.sender()));
        j.put("recipient", l.recipient() == null ? null : CaseText.ref(graph, l.recipient()));
        j.put("subject", letter.values("subject"));
        j.put("questions", letter.values("questions"));
        j.put(
            "documents",
            graph.refs(letter, "document").stream().map(d -> CaseText.document(graph, d)).toList());
        j.put("citation", Cited.json(l.citation()));
        List<Object> replies = new ArrayList<>();
        for (MergedEntity reply : l.replies()) {
          Map<String, Object> r = new LinkedHashMap<>();
          LocalDate on = LetterView.dateOf(reply);
          r.put("id", reply.id().value());
          r.put("date", on == null ? null : on.toString());
          r.put(
              "senders",
              graph.refs(reply, "sender").stream().map(s -> CaseText.ref(graph, s)).toList());
          r.put(
              "documents",
              graph.refs(reply, "document").stream()
                  .map(d -> CaseText.document(graph, d))
                  .toList());
          List<Object> taken = new ArrayList<>();
          for (MergedEntity c : LetterView.claimsTaken(graph, reply)) {
            taken.add(
                Map.of(
                    "id",
                    c.id().value(),
                    "status",
                    statuses.getOrDefault(c.id(), ClaimStatus.UNVERIFIED).word()));
          }
          r.put("claims", taken);
          r.put("citation", Cited.json(graph.cite(reply)));
          replies.add(r);
        }
        j.put("replies", replies);
        list.add(j);
      }
      List<Object> rateList = new ArrayList<>();
      for (LetterView.ResponseRate r : rates.values()) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put(
            "recipient",
            graph
                .get(r.recipient())
                .map(e -> (Object) CaseText.ref(graph, e))
                .orElse(Map.of("id", r.recipient().value())));
        j.put("letters", r.letters());
        j.put("answered", r.answered());
        j.put("onTime", r.onTime());
        j.put("overdue", r.overdue());
        j.put("awaiting", r.awaiting());
        j.put("rate", r.due() == 0 ? null : r.rate());
        rateList.add(j);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("today", today.toString());
      out.put("letters", list);
      out.put("responseRates", rateList);
      return out;
    }
  }
}
