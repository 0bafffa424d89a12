package org.vigilance.core.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Schema;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.judgement.Components;
import org.vigilance.core.judgement.Judgement;
import org.vigilance.core.judgement.JudgementStore;
import org.vigilance.core.judgement.Verdict;
import org.vigilance.core.privacy.Masking;
import org.vigilance.core.workspace.Workspace;

/**
 * Cross-references the organisations of a whole workspace, across every source: finds candidate
 * pairs by blocking, scores them with the {@link EntityMatcher}, and decides for each pair whether
 * it is merged automatically, waits for review, or is related (parent and subsidiary).
 *
 * <p>Blocking, scoring and the merge rule are {@link Deduplication}'s, in memory: organisations
 * sharing a distinctive word of their normalised names (the next {@link Options#window} in name
 * order when the word is common), neighbours in name order, organisations sharing a strong
 * identifier, and an organisation and its parents and owners ({@code parent}, FtM {@code
 * Ownership}).
 *
 * <p>Decisions: a pair already in one merged component, a pair whose components a negative
 * judgement keeps apart, and a pair whose current judgement is same or not-same is not proposed
 * again. A parent and its subsidiary are {@link Decision#RELATED}, never merged, and so are a
 * public body and the organisation it is a member of (FtM {@code Membership}: an office and its
 * agency). Two public bodies that are members of different organisations, and of no common one, are
 * different units (an "Information Technology Services" office of two agencies) and are not
 * proposed at all. Above the auto-merge threshold, a pair is {@link Decision#MERGE}d only when
 * equal strong identifiers decided the score, or the normalised names are equal and so are the
 * (non-empty) countries and the two come from different sources (within one source, an importer
 * that gave two ids to one name, such as two agencies' offices both called "Office of Training and
 * Development", had a reason), and only when it was never judged before (an unsure or withdrawn
 * judgement sends it to review). Other pairs at or above the threshold wait for {@link
 * Decision#REVIEW}. A person is never matched.
 */
public final class CrossReference {
  /** Who the automatic merge records as the judge. */
  public static final String AUTO = "vigilance xref (auto)";

  private final Workspace workspace;
  private final Model model;
  private final EntityMatcher matcher;
  private final Map<String, Set<SourceId>> sourcesOf = new HashMap<>();

  /** Public bodies and other members: the organisations each is a member of. */
  private final Map<String, Set<String>> memberOf = new HashMap<>();

  private final Map<String, EntityMatcher.Prepared> preparedById = new HashMap<>();

  /**
   * Settings of a run.
   *
   * @param threshold pairs scoring at least this are listed (and the ones not merged are reviewed)
   * @param autoMerge pairs scoring at least this may be merged automatically
   * @param window how many following organisations of a blocking key each one is paired with (see
   *     {@link Deduplication})
   */
  public record Options(double threshold, double autoMerge, int window) {
    /** Checks the ranges. */
    public Options {
      new Deduplication.Settings(threshold, autoMerge, window, 1); // the deduplication's checks
    }

    /** The deduplication's settings for these options, on the given number of threads. */
    Deduplication.Settings settings(int threads) {
      return new Deduplication.Settings(threshold, autoMerge, window, threads);
    }

    /** The defaults: list from 0.70, merge automatically from 0.95, window 10. */
    public static Options defaults() {
      Deduplication.Settings d = Deduplication.Settings.defaults();
      return new Options(d.threshold(), d.autoMerge(), d.window());
    }
  }

  /** What becomes of a candidate pair. */
  public enum Decision {
    /** Merged automatically (a positive judgement by {@link #AUTO}). */
    MERGE,
    /** Waits for a person's judgement. */
    REVIEW,
    /** Parent and subsidiary: shown as related, never merged. */
    RELATED
  }

  /**
   * A scored candidate pair.
   *
   * @param left the organisation with the smaller id
   * @param right the other
   * @param score the score with its features
   * @param decision what becomes of it
   * @param why the reason for the decision, in one line
   */
  public record Candidate(
      MatchRecord left, MatchRecord right, MatchScore score, Decision decision, String why) {}

  /**
   * The outcome of a run.
   *
   * @param organisations how many organisations were read
   * @param pairsScored how many candidate pairs were scored
   * @param candidates the pairs listed (at or above the threshold, or related), best first
   */
  public record Outcome(int organisations, long pairsScored, List<Candidate> candidates) {
    /** Copies the list. */
    public Outcome {
      candidates = List.copyOf(candidates);
    }

    /** The candidates with one decision. */
    public List<Candidate> with(Decision decision) {
      return candidates.stream().filter(c -> c.decision() == decision).toList();
    }
  }

  /**
   * The use case over a workspace.
   *
   * @param workspace the workspace (its fragments and judgements)
   * @param model the schema model
   * @param resolution the cross-referencing ports
   */
  public CrossReference(Workspace workspace, Model model, Resolution resolution) {
    this.workspace = workspace;
    this.model = model;
    this.matcher = resolution.matcher();
  }

  /** Finds, scores and decides the candidate pairs; records nothing. */
  public Outcome find(Options options) {
    Map<String, MatchRecord> records = organisations();
    List<MatchRecord> list = new ArrayList<>(records.values());
    List<Judgement> judgements = workspace.judgements().list();
    Components components = Components.of(judgements);
    Map<String, Judgement> current = new HashMap<>();
    for (Judgement j : JudgementStore.current(judgements)) {
      current.put(key(j.left().value(), j.right().value()), j);
    }
    Set<String> judgedBefore = new HashSet<>();
    for (Judgement j : judgements) {
      judgedBefore.add(key(j.left().value(), j.right().value()));
    }

    Deduplication dedup =
        new Deduplication(matcher, options.settings(Deduplication.Settings.defaults().threads()));
    EntityMatcher.Prepared[] prepared = dedup.prepare(list);
    preparedById.clear();
    for (EntityMatcher.Prepared p : prepared) {
      preparedById.put(p.record().id(), p);
    }
    long[] all = dedup.candidates(prepared);
    // pairs already decided are not scored again; a parent and its subsidiary always are
    long[] open = new long[all.length];
    int kept = 0;
    for (long code : all) {
      MatchRecord a = list.get(Deduplication.left(code));
      MatchRecord b = list.get(Deduplication.right(code));
      if (!linked(a, b)) {
        EntityId ia = EntityId.of(a.id());
        EntityId ib = EntityId.of(b.id());
        if (components.merged(ia, ib) || components.forbidden(ia, ib)) {
          continue;
        }
        Judgement j = current.get(key(a.id(), b.id()));
        if (j != null && j.verdict() != Verdict.UNSURE) {
          continue;
        }
      }
      open[kept++] = code;
    }
    Deduplication.Scored scored =
        dedup.score(prepared, java.util.Arrays.copyOf(open, kept), code -> false);

    List<Candidate> candidates = new ArrayList<>();
    for (int k = 0; k < scored.pairs().length; k++) {
      int ia = Deduplication.left(scored.pairs()[k]);
      int ib = Deduplication.right(scored.pairs()[k]);
      MatchRecord a = list.get(ia);
      MatchRecord b = list.get(ib);
      PairScore quick = scored.scores()[k];
      MatchScore score = matcher.score(prepared[ia], prepared[ib]);
      String pair = key(a.id(), b.id());
      if (linked(a, b) || quick.related()) {
        candidates.add(
            new Candidate(a, b, score, Decision.RELATED, "one is the other's parent or owner"));
        continue;
      }
      if (member(a, b)) {
        candidates.add(
            new Candidate(a, b, score, Decision.RELATED, "one is a member of the other"));
        continue;
      }
      if (unitsOfDifferentOrganisations(a, b)) {
        continue;
      }
      if (quick.vetoed() || quick.score() < options.threshold()) {
        continue;
      }
      String mergeReason =
          Deduplication.mergeReason(
              quick,
              a,
              b,
              !disjoint(
                  sourcesOf.getOrDefault(a.id(), Set.of()),
                  sourcesOf.getOrDefault(b.id(), Set.of())),
              options.autoMerge());
      if (mergeReason != null && !judgedBefore.contains(pair)) {
        candidates.add(new Candidate(a, b, score, Decision.MERGE, mergeReason));
      } else {
        String why =
            judgedBefore.contains(pair)
                ? "judged before (unsure or withdrawn): a person decides"
                : quick.score() >= options.autoMerge()
                    ? "high score, but the merge rule does not allow it (equal identifiers; or"
                        + " countries and legal forms agreeing across sources with equal names,"
                        + " alike names or alike addresses)"
                    : "between the thresholds";
        candidates.add(new Candidate(a, b, score, Decision.REVIEW, why));
      }
    }
    candidates.sort(
        (x, y) -> {
          int c = Double.compare(y.score().score(), x.score().score());
          if (c != 0) {
            return c;
          }
          c = x.left().id().compareTo(y.left().id());
          return c != 0 ? c : x.right().id().compareTo(y.right().id());
        });
    return new Outcome(records.size(), scored.compared(), candidates);
  }

  /** Whether one is the other's parent or owner (by id). */
  private static boolean linked(MatchRecord a, MatchRecord b) {
    return a.parents().contains(b.id()) || b.parents().contains(a.id());
  }

  private boolean member(MatchRecord a, MatchRecord b) {
    return memberOf.getOrDefault(a.id(), Set.of()).contains(b.id())
        || memberOf.getOrDefault(b.id(), Set.of()).contains(a.id());
  }

  /** Two public bodies, each a member of some organisation, and of none in common. */
  private boolean unitsOfDifferentOrganisations(MatchRecord a, MatchRecord b) {
    Set<String> left = memberOf.getOrDefault(a.id(), Set.of());
    Set<String> right = memberOf.getOrDefault(b.id(), Set.of());
    return !left.isEmpty()
        && !right.isEmpty()
        && disjoint(left, right)
        && publicBody(a)
        && publicBody(b);
  }

  /** Adds to {@code map}, for each id in the entity's {@code from}, the ids in its {@code to}. */
  private static void collect(
      Map<String, Set<String>> map, MergedEntity entity, String from, String to) {
    for (String id : entity.values(from)) {
      map.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(entity.values(to));
    }
  }

  private boolean publicBody(MatchRecord r) {
    return model.schema(r.schema()).map(s -> s.isA("PublicBody")).orElse(false);
  }

  /**
   * Records the automatic merges of an outcome, in its order, and returns the outcome as recorded.
   * A merge on names alone that would put two entities of one source into one component (through a
   * third entity, or an earlier merge) is not recorded: it goes to review instead, so that a name
   * shared by two records of one dataset cannot bridge them.
   */
  public Outcome mergeAll(Outcome outcome) {
    List<Candidate> result = new ArrayList<>();
    for (Candidate c : outcome.candidates()) {
      if (c.decision() != Decision.MERGE) {
        result.add(c);
        continue;
      }
      Components components = Components.of(workspace.judgements().list());
      String refusal = refusal(components, c);
      if (refusal != null) {
        result.add(new Candidate(c.left(), c.right(), c.score(), Decision.REVIEW, refusal));
        continue;
      }
      if (!components.merged(EntityId.of(c.left().id()), EntityId.of(c.right().id()))) {
        merge(c);
      } // else already joined by an earlier merge of this run
      result.add(c);
    }
    return new Outcome(outcome.organisations(), outcome.pairsScored(), result);
  }

  /**
   * The outcome as the judgements stand, recording nothing: a merge not made yet that {@link
   * #mergeAll} would refuse (a negative judgement, or the components it would join) is a review,
   * with the reason. What a person is asked about after {@code xref} has run.
   */
  public Outcome asJudged(Outcome outcome) {
    Components components = Components.of(workspace.judgements().list());
    List<Candidate> result = new ArrayList<>();
    for (Candidate c : outcome.candidates()) {
      String refusal = c.decision() == Decision.MERGE ? refusal(components, c) : null;
      result.add(
          refusal == null
              ? c
              : new Candidate(c.left(), c.right(), c.score(), Decision.REVIEW, refusal));
    }
    return new Outcome(outcome.organisations(), outcome.pairsScored(), result);
  }

  /** Why a merge may not be recorded against these components; null when it may (or is made). */
  private @Nullable String refusal(Components components, Candidate c) {
    EntityId a = EntityId.of(c.left().id());
    EntityId b = EntityId.of(c.right().id());
    if (components.merged(a, b)) {
      return null;
    }
    if (components.forbidden(a, b)) {
      return "a negative judgement forbids joining these components: a person decides";
    }
    return c.score().identifiersAgree()
        ? null
        : componentConflict(components.members(a), components.members(b));
  }

  /**
   * Why a merge on names may not join two components taken whole (as the deduplication's clustering
   * refuses it): they hold entities of one source, their legal forms differ (each has some and they
   * share none), their countries differ (each names some and they share none), or an entity of one
   * is the parent or owner of an entity of the other. Null when nothing stands in the way. So an
   * entity without a legal form cannot bridge {@code Acme Inc} and {@code Acme LLC}, nor a parent
   * and its subsidiary.
   */
  private @Nullable String componentConflict(List<EntityId> left, List<EntityId> right) {
    if (shareSource(left, right)) {
      return "a merge on names would join two entities of one source: a person decides";
    }
    Set<String> formsLeft = new HashSet<>();
    Set<String> formsRight = new HashSet<>();
    Set<String> idsLeft = new HashSet<>();
    Set<String> idsRight = new HashSet<>();
    Set<String> parentsLeft = new HashSet<>();
    Set<String> parentsRight = new HashSet<>();
    Set<String> countriesLeft = new HashSet<>();
    Set<String> countriesRight = new HashSet<>();
    for (EntityId id : left) {
      idsLeft.add(id.value());
      EntityMatcher.Prepared p = preparedById.get(id.value());
      if (p != null) {
        formsLeft.addAll(p.legalFormKinds());
        parentsLeft.addAll(p.record().parents());
        countriesLeft.addAll(p.record().countries());
      }
    }
    for (EntityId id : right) {
      idsRight.add(id.value());
      EntityMatcher.Prepared p = preparedById.get(id.value());
      if (p != null) {
        formsRight.addAll(p.legalFormKinds());
        parentsRight.addAll(p.record().parents());
        countriesRight.addAll(p.record().countries());
      }
    }
    if (!formsLeft.isEmpty() && !formsRight.isEmpty() && disjoint(formsLeft, formsRight)) {
      return "a merge on names would join entities of different legal forms ("
          + new java.util.TreeSet<>(formsLeft)
          + " and "
          + new java.util.TreeSet<>(formsRight)
          + "): a person decides";
    }
    if (!countriesLeft.isEmpty()
        && !countriesRight.isEmpty()
        && disjoint(countriesLeft, countriesRight)) {
      return "a merge on names would join entities of different countries ("
          + new java.util.TreeSet<>(countriesLeft)
          + " and "
          + new java.util.TreeSet<>(countriesRight)
          + "): a person decides";
    }
    if (!disjoint(parentsLeft, idsRight) || !disjoint(parentsRight, idsLeft)) {
      return "a merge on names would join a parent and its subsidiary: a person decides";
    }
    return null;
  }

  private boolean shareSource(List<EntityId> left, List<EntityId> right) {
    Set<SourceId> seen = new HashSet<>();
    for (EntityId id : left) {
      seen.addAll(sourcesOf.getOrDefault(id.value(), Set.of()));
    }
    for (EntityId id : right) {
      for (SourceId s : sourcesOf.getOrDefault(id.value(), Set.of())) {
        if (seen.contains(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Records the positive judgement of an automatic merge. */
  public Judgement merge(Candidate candidate) {
    if (candidate.decision() != Decision.MERGE) {
      throw new IllegalArgumentException("only a MERGE candidate is merged automatically");
    }
    return workspace
        .judgements()
        .record(
            EntityId.of(candidate.left().id()),
            EntityId.of(candidate.right().id()),
            Verdict.SAME,
            AUTO,
            candidate.score().score(),
            candidate.why());
  }

  /** Every organisation of the workspace, by id, with owners added to its parents. */
  private Map<String, MatchRecord> organisations() {
    sourcesOf.clear();
    memberOf.clear();
    Map<String, MatchRecord> records = new TreeMap<>();
    Map<String, Set<String>> owners = new HashMap<>();
    EntityMerger merger = new EntityMerger(model);
    workspace
        .fragments()
        .forEachEntity(
            (id, fragments) -> {
              boolean organisation = false;
              boolean ownership = false;
              boolean membership = false;
              for (Fragment f : fragments) {
                organisation |= MatchRecord.matchable(f.schema(), model);
                ownership |= model.schema(f.schema()).map(s -> s.isA("Ownership")).orElse(false);
                membership |= model.schema(f.schema()).map(s -> s.isA("Membership")).orElse(false);
              }
              if (!organisation && !ownership && !membership) {
                return;
              }
              MergedEntity entity = Masking.apply(merger.merge(fragments));
              Optional<Schema> schema = model.schema(entity.schema());
              if (schema.isPresent() && schema.get().isA("Membership")) {
                collect(memberOf, entity, "member", "organization");
                return;
              }
              if (schema.isPresent() && schema.get().isA("Ownership")) {
                collect(owners, entity, "asset", "owner");
                return;
              }
              MatchRecord.from(entity, model)
                  .ifPresent(
                      r -> {
                        records.put(r.id(), r);
                        sourcesOf.put(r.id(), entity.sources());
                      });
            });
    owners.forEach(
        (asset, ids) -> {
          MatchRecord r = records.get(asset);
          if (r != null) {
            Set<String> parents = new LinkedHashSet<>(r.parents());
            parents.addAll(ids);
            records.put(
                asset,
                new MatchRecord(
                    r.id(),
                    r.schema(),
                    r.names(),
                    r.countries(),
                    r.addresses(),
                    r.identifiers(),
                    parents,
                    r.parentNames()));
          }
        });
    return records;
  }

  private static <T> boolean disjoint(Set<T> a, Set<T> b) {
    for (T s : a) {
      if (b.contains(s)) {
        return false;
      }
    }
    return true;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }
}
