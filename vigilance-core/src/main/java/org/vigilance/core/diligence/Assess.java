package org.vigilance.core.diligence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.methodology.FindingsFile;
import org.vigilance.core.methodology.GraphRule;
import org.vigilance.core.methodology.Indicator;
import org.vigilance.core.methodology.Level;
import org.vigilance.core.methodology.Methodology;
import org.vigilance.core.methodology.ScoreCard;
import org.vigilance.core.methodology.Scoring;

/**
 * Applies a methodology to a subject on a date: checks the analyst's findings file against the
 * methodology and the case, then decides each indicator's level by these rules, each of which says
 * why it applied:
 *
 * <ol>
 *   <li><b>No evidence found.</b> An indicator the findings file does not mention is at 0.
 *   <li><b>Not applicable.</b> An indicator proposed {@code n/a} is left out of the averages.
 *   <li><b>A source is needed.</b> A level above 0 needs at least {@link
 *       Scoring#sourcesAboveZero()} cited source; without one the indicator is capped at 0.
 *   <li><b>Weak evidence never raises a level.</b> Evidence graded below {@link
 *       Scoring#weakestRaisingGrade()} (by default: E4, unverified allegations) does not count
 *       towards that source; cited alone, the indicator is capped at 0.
 *   <li><b>The graph decides where the methodology says so.</b> An indicator with the {@link
 *       GraphRule#OVERDUE_LETTER} rule is at 0 when a letter to the subject is overdue on the date
 *       of the assessment (status {@link FindingStatus#UNANSWERED}); the letter is cited.
 *   <li><b>Contradicted.</b> An indicator bearing a claim (its {@code indicators} name it) that an
 *       official record contradicts ({@link ClaimStatus#CONTRADICTED}) is forced down to {@link
 *       Scoring#contradictedLevel()} (0 by default), even when proposed {@code n/a}; the
 *       contradicting evidence is cited. The claims considered are those about the subject or the
 *       contract and those the subject made.
 * </ol>
 *
 * Rules 5 and 6 only ever lower a level. Scores follow from the levels (see {@link ScoreCard}).
 */
public final class Assess {
  /** The rationale of an indicator the findings file does not mention. */
  public static final String NO_EVIDENCE = "no evidence found";

  private Assess() {}

  /**
   * What to assess.
   *
   * @param subject the company
   * @param contract the contract, when the assessment is of the company on one contract
   * @param date the date of the assessment (letters are overdue or not as of this date)
   * @param findings the analyst's findings file, when there is one
   */
  public record Request(
      EntityId subject,
      @Nullable EntityId contract,
      LocalDate date,
      @Nullable FindingsFile findings) {}

  /**
   * Checks the request against the methodology and the case, and applies the rules.
   *
   * @throws IllegalArgumentException when the subject or contract is missing or of the wrong kind
   * @throws org.vigilance.core.methodology.FileFormatException naming the line and field of the
   *     findings file at fault (an unknown indicator or level, a document that is not in the case)
   */
  public static Assessment apply(CaseGraph graph, Methodology methodology, Request request) {
    MergedEntity subject = graph.require(request.subject());
    // do no harm: an assessment is of an organisation's conduct, never of a person
    if (!graph.isA(subject, "Organization")) {
      throw new IllegalArgumentException(
          "'"
              + request.subject()
              + "' is a "
              + subject.schema()
              + ": the subject of an assessment is a company or another organisation, never a"
              + " person");
    }
    MergedEntity contract = null;
    if (request.contract() != null) {
      contract = graph.require(request.contract());
      if (!graph.isA(contract, "Contract")) {
        throw new IllegalArgumentException(
            "'" + request.contract() + "' is a " + contract.schema() + ", not a Contract");
      }
    }
    FindingsFile file = request.findings();
    Map<String, FindingsFile.Proposal> proposals = new LinkedHashMap<>();
    if (file != null) {
      check(graph, methodology, subject, file);
      proposals.putAll(file.proposals());
    }
    List<ClaimView> claims = claims(graph, subject, contract);
    List<LetterView> overdue = new ArrayList<>();
    for (LetterView l : LetterView.of(graph, request.date())) {
      if (l.state() == LetterView.State.OVERDUE
          && l.recipient() != null
          && l.recipient().id().equals(subject.id())) {
        overdue.add(l);
      }
    }
    List<Assessment.Finding> findings = new ArrayList<>();
    List<ScoreCard.Scored> scored = new ArrayList<>();
    for (Indicator indicator : methodology.indicators()) {
      Assessment.Finding f =
          finding(
              graph,
              methodology,
              indicator,
              proposals.get(indicator.id()),
              claims,
              overdue,
              request.date());
      findings.add(f);
      scored.add(new ScoreCard.Scored(indicator.id(), f.level()));
    }
    return new Assessment(
        methodology,
        subject,
        contract,
        request.date(),
        findings,
        ScoreCard.of(methodology, scored));
  }

  private static void check(
      CaseGraph graph, Methodology m, MergedEntity subject, FindingsFile file) {
    String said = file.methodology();
    if (said != null && !said.equals(m.id()) && !said.equals(m.key())) {
      throw file.problem(
          file.methodologyLine(),
          "methodology",
          "the file is written for '" + said + "', not for " + m.key());
    }
    String about = file.subject();
    if (about != null
        && !graph.canonical(EntityId.of(about)).equals(graph.canonical(subject.id()))) {
      throw file.problem(
          file.subjectLine(),
          "subject",
          "the file is written for '" + about + "', not for '" + subject.id() + "'");
    }
    for (FindingsFile.Proposal p : file.proposals().values()) {
      String where = "findings." + p.indicator();
      if (m.indicator(p.indicator()).isEmpty()) {
        throw file.problem(
            p.line(),
            where,
            "unknown indicator '"
                + p.indicator()
                + "': "
                + m.key()
                + " has "
                + m.indicators().get(0).id()
                + " … "
                + m.indicators().get(m.indicators().size() - 1).id()
                + " (vigilance methodology show "
                + m.key()
                + ")");
      }
      if (m.level(p.level()).isEmpty()) {
        throw file.problem(
            p.levelLine(),
            where + ".level",
            "unknown level '" + p.level() + "' (levels: " + m.levelCodes() + ")");
      }
      for (int i = 0; i < p.evidence().size(); i++) {
        FindingsFile.EvidenceRef ref = p.evidence().get(i);
        String field = where + ".evidence[" + (i + 1) + "].document";
        String problem = EntityId.problem(ref.document());
        if (problem != null) {
          throw file.problem(ref.line(), field, problem);
        }
        MergedEntity doc =
            graph
                .get(EntityId.of(ref.document()))
                .orElseThrow(
                    () ->
                        file.problem(
                            ref.line(),
                            field,
                            "no entity '"
                                + ref.document()
                                + "' in the workspace (ingest the file, or cite the record)"));
        if (!graph.isA(doc, "Document")) {
          throw file.problem(
              ref.line(),
              field,
              "'"
                  + ref.document()
                  + "' is a "
                  + doc.schema()
                  + ", not a Document: cite a document");
        }
      }
    }
  }

  /** The claims about the subject or the contract, and those the subject made, by id. */
  private static List<ClaimView> claims(
      CaseGraph graph, MergedEntity subject, @Nullable MergedEntity contract) {
    Map<EntityId, ClaimView> result = new TreeMap<>();
    for (ClaimView c : ClaimView.of(graph, null)) {
      boolean about =
          c.about().contains(subject.id())
              || (contract != null && c.about().contains(contract.id()));
      boolean made = c.speakers().stream().anyMatch(s -> s.id().equals(subject.id()));
      if (about || made) {
        result.put(c.claim().id(), c);
      }
    }
    return List.copyOf(result.values());
  }

  private static Assessment.Finding finding(
      CaseGraph graph,
      Methodology m,
      Indicator indicator,
      FindingsFile.@Nullable Proposal proposal,
      List<ClaimView> claims,
      List<LetterView> overdue,
      LocalDate date) {
    Scoring scoring = m.scoring();
    List<String> reasons = new ArrayList<>();
    List<Assessment.Passage> passages = new ArrayList<>();
    Integer level;
    FindingStatus status;
    String rationale;
    String proposed = null;
    if (proposal == null) {
      level = 0;
      status = FindingStatus.NO_EVIDENCE;
      rationale = NO_EVIDENCE;
    } else {
      Level asked = m.level(proposal.level()).orElseThrow();
      proposed = asked.code();
      rationale = proposal.rationale();
      for (FindingsFile.EvidenceRef ref : proposal.evidence()) {
        MergedEntity doc = graph.require(EntityId.of(ref.document()));
        passages.add(
            new Assessment.Passage(
                doc.id(), ref.locator(), ref.quote(), graph.grade(doc), "cited"));
      }
      if (asked.notApplicable()) {
        level = null;
        status = FindingStatus.NOT_APPLICABLE;
      } else if (Objects.requireNonNull(asked.value()) == 0) {
        level = 0;
        status = FindingStatus.ASSESSED;
      } else {
        Set<EntityId> raising = new HashSet<>();
        List<String> weak = new ArrayList<>();
        for (Assessment.Passage p : passages) {
          if (scoring.raises(p.grade())) {
            raising.add(p.document());
          } else {
            weak.add(p.document() + " (" + p.grade() + ", " + p.grade().meaning() + ")");
          }
        }
        if (passages.isEmpty()) {
          level = 0;
          status = FindingStatus.CAPPED;
          reasons.add(
              "a level above 0 needs at least "
                  + sources(scoring.sourcesAboveZero())
                  + " and none is cited: proposed "
                  + proposed
                  + ", capped at 0");
        } else if (raising.size() < scoring.sourcesAboveZero()) {
          level = 0;
          status = FindingStatus.CAPPED;
          reasons.add(
              raising.isEmpty()
                  ? "evidence graded below "
                      + scoring.weakestRaisingGrade()
                      + " alone never raises a level, and "
                      + String.join(", ", weak)
                      + (weak.size() == 1 ? " is" : " are")
                      + " all that is cited: proposed "
                      + proposed
                      + ", capped at 0"
                  : "a level above 0 needs "
                      + sources(scoring.sourcesAboveZero())
                      + " graded "
                      + scoring.weakestRaisingGrade()
                      + " or better, and "
                      + raising.size()
                      + " is cited: proposed "
                      + proposed
                      + ", capped at 0");
        } else {
          level = asked.value();
          status = FindingStatus.ASSESSED;
        }
      }
    }
    List<EntityId> letters = new ArrayList<>();
    if (indicator.rules().contains(GraphRule.OVERDUE_LETTER) && !overdue.isEmpty()) {
      for (LetterView l : overdue) {
        letters.add(l.letter().id());
        List<MergedEntity> docs = graph.refs(l.letter(), "document");
        MergedEntity cited = docs.isEmpty() ? l.letter() : docs.get(0);
        passages.add(
            new Assessment.Passage(
                cited.id(), null, null, graph.grade(cited), "unanswered " + l.letter().id()));
        reasons.add(
            "letter "
                + l.letter().id()
                + (l.date() == null ? "" : " of " + l.date())
                + " to the subject asked for an answer by "
                + l.deadline()
                + " and is unanswered on "
                + date
                + " (rule "
                + GraphRule.OVERDUE_LETTER.word()
                + "): level 0");
      }
      level = 0;
      status = FindingStatus.UNANSWERED;
    }
    List<EntityId> contradicted = new ArrayList<>();
    for (ClaimView c : claims) {
      if (!c.indicators().contains(indicator.id())
          || c.status().status() != ClaimStatus.CONTRADICTED) {
        continue;
      }
      contradicted.add(c.claim().id());
      for (ClaimView.Evidence e : c.evidence(Relation.CONTRADICTS)) {
        if (e.grade() == EvidenceGrade.E4) {
          continue;
        }
        MergedEntity cited = e.document() != null ? e.document() : e.link();
        passages.add(
            new Assessment.Passage(
                cited.id(), e.locator(), e.quote(), e.grade(), "contradicts " + c.claim().id()));
      }
      reasons.add(
          "claim "
              + c.claim().id()
              + " (\""
              + clip(c.text())
              + "\") is contradicted: "
              + c.status().reason()
              + "; the level is forced to "
              + scoring.contradictedLevel());
    }
    if (!contradicted.isEmpty()) {
      level =
          level == null
              ? scoring.contradictedLevel()
              : Math.min(level, scoring.contradictedLevel());
      status = FindingStatus.CONTRADICTED;
    }
    List<EntityId> documents = new ArrayList<>();
    for (Assessment.Passage p : passages) {
      MergedEntity cited = graph.get(p.document()).orElse(null);
      if (cited != null && graph.isA(cited, "Document") && !documents.contains(cited.id())) {
        documents.add(cited.id());
      }
    }
    return new Assessment.Finding(
        indicator,
        level,
        status,
        proposed,
        rationale,
        reasons,
        passages,
        documents,
        contradicted,
        letters);
  }

  private static String sources(int n) {
    return n == 1 ? "one cited source" : n + " cited sources";
  }

  private static String clip(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
  }

  // ---------------------------------------------------------------- recording

  /** The schema of an assessment. */
  public static final String ASSESSMENT_SCHEMA = "DueDiligenceAssessment";

  /** The schema of a finding. */
  public static final String FINDING_SCHEMA = "Finding";

  /**
   * The entities that record an assessment: the {@code DueDiligenceAssessment} and one {@code
   * Finding} per indicator. The assessment's id is derived from what it says (subject, contract,
   * date, methodology, every finding), so recording the same assessment twice records it once, and
   * a different one on the same day is a new one.
   *
   * @param methodologyDocument the {@code Document} standing for the methodology file applied
   */
  public static List<EntityDraft> entities(Assessment a, EntityId methodologyDocument) {
    List<Map<String, List<String>>> findingProperties = new ArrayList<>();
    for (Assessment.Finding f : a.findings()) {
      Map<String, List<String>> p = new TreeMap<>();
      p.put("indicator", List.of(f.indicator().id()));
      p.put("group", List.of(f.indicator().group()));
      if (f.level() != null) {
        p.put("level", List.of(String.valueOf(f.level())));
      }
      p.put("status", List.of(f.status().word()));
      if (f.proposed() != null) {
        p.put("proposedLevel", List.of(f.proposed()));
      }
      p.put("rationale", List.of(f.rationale()));
      if (!f.reasons().isEmpty()) {
        p.put("explanation", List.of(String.join("\n", f.reasons())));
      }
      List<String> passages = new ArrayList<>();
      for (Assessment.Passage passage : f.passages()) {
        passages.add(PassageCodec.encode(passage));
      }
      p.put("evidence", f.documents().stream().map(EntityId::value).toList());
      p.put("passages", passages);
      p.put("claims", f.claims().stream().map(EntityId::value).toList());
      p.put("letters", f.letters().stream().map(EntityId::value).toList());
      findingProperties.add(p);
    }
    Map<String, List<String>> ap = new TreeMap<>();
    ap.put("subject", List.of(a.subject().id().value()));
    if (a.contract() != null) {
      ap.put("contract", List.of(a.contract().id().value()));
    }
    ap.put("methodology", List.of(a.methodology().key()));
    ap.put("methodologyDocument", List.of(methodologyDocument.value()));
    ap.put("date", List.of(a.date().toString()));
    ScoreCard scores = a.scores();
    if (scores.total() != null) {
      ap.put("totalScore", List.of(scores.total().toPlainString()));
    }
    ap.put("totalScale", List.of(String.valueOf(a.methodology().scoring().totalScale())));
    ap.put("groupScores", List.of(groupScores(scores)));
    ap.put("scoreExplanation", List.of(explanation(scores)));
    ap.put(
        "summary",
        List.of(
            a.methodology().key()
                + " on "
                + a.date()
                + ": "
                + (scores.total() == null
                    ? "no total"
                    : scores.total().toPlainString()
                        + " of "
                        + a.methodology().scoring().totalScale())));
    EntityId id = id(ap, findingProperties);
    List<EntityDraft> drafts = new ArrayList<>();
    drafts.add(new EntityDraft(id, ASSESSMENT_SCHEMA, ap));
    for (int i = 0; i < a.findings().size(); i++) {
      Map<String, List<String>> p = new TreeMap<>(findingProperties.get(i));
      p.put("assessment", List.of(id.value()));
      drafts.add(
          new EntityDraft(
              EntityId.of(id.value() + ":" + a.findings().get(i).indicator().id()),
              FINDING_SCHEMA,
              p));
    }
    return drafts;
  }

  /** {@code G=0.50 I=n/a A=1.25}, in methodology order. */
  static String groupScores(ScoreCard scores) {
    List<String> parts = new ArrayList<>();
    for (ScoreCard.GroupScore g : scores.groups()) {
      parts.add(g.group().id() + "=" + (g.mean() == null ? "n/a" : g.mean().toPlainString()));
    }
    return String.join(" ", parts);
  }

  /** One line per group, then the total. */
  static String explanation(ScoreCard scores) {
    List<String> lines = new ArrayList<>();
    for (ScoreCard.GroupScore g : scores.groups()) {
      lines.add(
          g.group().id()
              + " "
              + g.group().title()
              + " (weight "
              + g.group().weight().stripTrailingZeros().toPlainString()
              + "): "
              + g.explanation());
    }
    lines.add("total: " + scores.explanation());
    return String.join("\n", lines);
  }

  private static EntityId id(
      Map<String, List<String>> assessment, List<Map<String, List<String>>> findings) {
    MessageDigest digest = ContentHash.newDigest();
    update(digest, assessment);
    findings.forEach(f -> update(digest, f));
    String hex = ContentHash.fromDigest(digest.digest()).hex();
    return EntityId.of("dda-" + hex.substring(0, 20).toLowerCase(Locale.ROOT));
  }

  private static void update(MessageDigest digest, Map<String, List<String>> properties) {
    properties.forEach(
        (name, values) -> {
          digest.update(name.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          for (String v : values) {
            digest.update(v.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
          }
          digest.update((byte) 1);
        });
    digest.update((byte) 2);
  }
}
