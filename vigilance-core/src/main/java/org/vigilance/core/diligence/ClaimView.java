package org.vigilance.core.diligence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.evidence.EvidenceGrade;

/**
 * A claim in the ledger with the evidence on each side and its derived status.
 *
 * @param claim the claim entity
 * @param speakers who made it
 * @param about the entities it is about (canonical ids)
 * @param indicators the methodology indicators it bears on
 * @param source the document it was made in, when recorded
 * @param locator where in that document
 * @param evidence the evidence linked to it, by relation then grade
 * @param status the status and the rule that decided it
 * @param citation where the claim itself is recorded
 */
public record ClaimView(
    MergedEntity claim,
    List<MergedEntity> speakers,
    List<EntityId> about,
    List<String> indicators,
    @Nullable MergedEntity source,
    @Nullable String locator,
    List<Evidence> evidence,
    ClaimStatus.Derivation status,
    Citation citation) {

  /** Copies the lists. */
  public ClaimView {
    speakers = List.copyOf(speakers);
    about = List.copyOf(about);
    indicators = List.copyOf(indicators);
    evidence = List.copyOf(evidence);
  }

  /**
   * One evidence link.
   *
   * @param link the {@code EvidenceLink} entity
   * @param relation how it bears on the claim
   * @param grade the grade it carries (recorded on the link, else its document's)
   * @param document the document cited, when recorded
   * @param locator where in the document
   * @param quote the passage quoted
   * @param citation where the link is recorded
   */
  public record Evidence(
      MergedEntity link,
      Relation relation,
      EvidenceGrade grade,
      @Nullable MergedEntity document,
      @Nullable String locator,
      @Nullable String quote,
      Citation citation) {}

  /** The claim's text. */
  public String text() {
    List<String> texts = claim.values("text");
    return texts.isEmpty() ? "" : texts.get(0);
  }

  /** The date it was made, when recorded. */
  public @Nullable String date() {
    List<String> dates = claim.values("date");
    return dates.isEmpty() ? null : dates.get(0);
  }

  /** The evidence of one relation. */
  public List<Evidence> evidence(Relation relation) {
    return evidence.stream().filter(e -> e.relation() == relation).toList();
  }

  /** Every claim of the graph, or those about one entity (its merged component), by date and id. */
  public static List<ClaimView> of(CaseGraph graph, @Nullable EntityId about) {
    List<ClaimView> result = new ArrayList<>();
    EntityId target = about == null ? null : graph.canonical(about);
    for (MergedEntity claim : graph.all("Claim")) {
      List<EntityId> subjects = new ArrayList<>();
      graph.refs(claim, "about").forEach(e -> subjects.add(e.id()));
      if (target != null && !subjects.contains(target)) {
        continue;
      }
      result.add(view(graph, claim, subjects));
    }
    result.sort(
        Comparator.comparing((ClaimView c) -> c.date() == null ? "" : c.date())
            .thenComparing(c -> c.claim().id()));
    return result;
  }

  private static ClaimView view(CaseGraph graph, MergedEntity claim, List<EntityId> about) {
    List<Evidence> evidence = new ArrayList<>();
    for (MergedEntity link : graph.referencing(claim.id(), "claim")) {
      if (!graph.isA(link, "EvidenceLink")) {
        continue;
      }
      Relation relation = relation(link);
      if (relation == null) {
        continue;
      }
      List<MergedEntity> documents = graph.refs(link, "document");
      MergedEntity document = documents.isEmpty() ? null : documents.get(0);
      EvidenceGrade grade = recordedGrade(link);
      if (grade == null) {
        grade = document != null ? graph.grade(document) : graph.cite(link).grade();
      }
      evidence.add(
          new Evidence(
              link,
              relation,
              grade,
              document,
              first(link, "locator"),
              first(link, "quote"),
              graph.cite(link)));
    }
    evidence.sort(
        Comparator.comparing(Evidence::relation)
            .thenComparing(Evidence::grade)
            .thenComparing(e -> e.link().id()));
    ClaimStatus.Derivation status =
        ClaimStatus.derive(
            evidence.stream().map(e -> new ClaimStatus.Weight(e.relation(), e.grade())).toList());
    List<MergedEntity> sources = graph.refs(claim, "sourceDocument");
    return new ClaimView(
        claim,
        graph.refs(claim, "speaker"),
        about,
        claim.values("indicators"),
        sources.isEmpty() ? null : sources.get(0),
        first(claim, "locator"),
        evidence,
        status,
        graph.cite(claim));
  }

  /**
   * The relation of a link; null when it has none the rules know (a link imported from elsewhere
   * with another word), so that one odd link does not stop the ledger. Such a link is left out.
   */
  private static @Nullable Relation relation(MergedEntity link) {
    for (String word : link.values("relation")) {
      try {
        return Relation.parse(word);
      } catch (IllegalArgumentException e) {
        // not supports, contradicts or context: try the next value
      }
    }
    return null;
  }

  /** The grade recorded on a link, when it has one that parses. */
  private static @Nullable EvidenceGrade recordedGrade(MergedEntity link) {
    for (String text : link.values("grade")) {
      try {
        return EvidenceGrade.parse(text);
      } catch (IllegalArgumentException e) {
        // not E1..E4: try the next value, else the document's grade
      }
    }
    return null;
  }

  private static @Nullable String first(MergedEntity entity, String property) {
    List<String> values = entity.values(property);
    return values.isEmpty() ? null : values.get(0);
  }
}
