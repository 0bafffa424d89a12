package org.vigilance.core.diligence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;

/**
 * A letter sent to an organisation, with its replies and where it stands on a given day.
 *
 * @param letter the {@code Correspondence} entity
 * @param sender who sent it
 * @param recipient who it was sent to
 * @param date when it was sent, when recorded
 * @param deadline the date an answer was asked for, when set
 * @param replies the responses ({@code Correspondence} with {@code inReplyTo} this letter), by date
 * @param state where it stands
 * @param citation where the letter is recorded
 */
public record LetterView(
    MergedEntity letter,
    @Nullable MergedEntity sender,
    @Nullable MergedEntity recipient,
    @Nullable LocalDate date,
    @Nullable LocalDate deadline,
    List<MergedEntity> replies,
    State state,
    Citation citation) {

  /** Copies the list. */
  public LetterView {
    replies = List.copyOf(replies);
  }

  /** Where a letter stands. */
  public enum State {
    /** Answered on or before its deadline (or answered, with no deadline). */
    ANSWERED,
    /** Answered after its deadline. */
    ANSWERED_LATE,
    /** Not answered, and its deadline has passed: flagged. */
    OVERDUE,
    /** Not answered, and its deadline (if any) has not passed. */
    AWAITING
  }

  /**
   * A recipient's record of answering. Letters still awaiting an answer within their deadline (or
   * with none) are not yet held against it: the rate is over the letters that are answered or
   * overdue.
   *
   * @param recipient the organisation written to
   * @param letters letters sent to it
   * @param answered letters it answered (on time or late)
   * @param onTime letters it answered by their deadline (or answered, with no deadline)
   * @param overdue letters unanswered after their deadline
   */
  public record ResponseRate(
      EntityId recipient, int letters, int answered, int onTime, int overdue) {
    /** Letters not answered whose deadline (if any) has not passed. */
    public int awaiting() {
      return letters - answered - overdue;
    }

    /** Letters answered or overdue: those a rate can be computed over. */
    public int due() {
      return answered + overdue;
    }

    /** Answered letters over letters answered or overdue, from 0 to 1; 0 when none is due. */
    public double rate() {
      return due() == 0 ? 0 : (double) answered / due();
    }
  }

  /**
   * Every letter (a {@code Correspondence} that replies to nothing), by date, as of {@code today}.
   */
  public static List<LetterView> of(CaseGraph graph, LocalDate today) {
    List<LetterView> result = new ArrayList<>();
    for (MergedEntity c : graph.all("Correspondence")) {
      if (!c.values("inReplyTo").isEmpty()) {
        continue;
      }
      List<MergedEntity> replies = new ArrayList<>(graph.referencing(c.id(), "inReplyTo"));
      replies.sort(Comparator.comparing(r -> String.valueOf(dateOf(r))));
      LocalDate deadline = parse(c.values("deadline"));
      State state;
      if (replies.isEmpty()) {
        state = deadline != null && today.isAfter(deadline) ? State.OVERDUE : State.AWAITING;
      } else {
        LocalDate first = dateOf(replies.get(0));
        state =
            deadline != null && first != null && first.isAfter(deadline)
                ? State.ANSWERED_LATE
                : State.ANSWERED;
      }
      List<MergedEntity> senders = graph.refs(c, "sender");
      List<MergedEntity> recipients = graph.refs(c, "recipient");
      result.add(
          new LetterView(
              c,
              senders.isEmpty() ? null : senders.get(0),
              recipients.isEmpty() ? null : recipients.get(0),
              dateOf(c),
              deadline,
              replies,
              state,
              graph.cite(c)));
    }
    result.sort(
        Comparator.comparing((LetterView l) -> String.valueOf(l.date()))
            .thenComparing(l -> l.letter().id()));
    return result;
  }

  /** The response rate of each recipient of the given letters, by recipient id. */
  public static Map<EntityId, ResponseRate> rates(List<LetterView> letters) {
    Map<EntityId, int[]> counts = new LinkedHashMap<>();
    for (LetterView l : letters) {
      if (l.recipient() == null) {
        continue;
      }
      int[] c = counts.computeIfAbsent(l.recipient().id(), k -> new int[4]);
      c[0]++;
      switch (l.state()) {
        case ANSWERED -> {
          c[1]++;
          c[2]++;
        }
        case ANSWERED_LATE -> c[1]++;
        case OVERDUE -> c[3]++;
        case AWAITING -> {}
      }
    }
    Map<EntityId, ResponseRate> rates = new LinkedHashMap<>();
    counts.forEach((id, c) -> rates.put(id, new ResponseRate(id, c[0], c[1], c[2], c[3])));
    return rates;
  }

  /**
   * The claims taken from a reply: the claims made in its document (their {@code sourceDocument} is
   * the reply's {@code document}), by id. A reply without a document has none.
   */
  public static List<MergedEntity> claimsTaken(CaseGraph graph, MergedEntity reply) {
    List<MergedEntity> claims = new ArrayList<>();
    for (MergedEntity document : graph.refs(reply, "document")) {
      for (MergedEntity claim : graph.referencing(document.id(), "sourceDocument")) {
        if (graph.isA(claim, "Claim") && !claims.contains(claim)) {
          claims.add(claim);
        }
      }
    }
    claims.sort(Comparator.comparing(MergedEntity::id));
    return claims;
  }

  /** The date of a letter or reply ({@code date}, else {@code startDate}), when a full date. */
  public static @Nullable LocalDate dateOf(MergedEntity c) {
    LocalDate d = parse(c.values("date"));
    return d != null ? d : parse(c.values("startDate"));
  }

  /** The first value that is a full ISO date ({@code 2020-09-10}); partial dates are ignored. */
  private static @Nullable LocalDate parse(List<String> values) {
    for (String v : values) {
      try {
        return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
      } catch (DateTimeParseException e) {
        // a partial date (2020-09) cannot be compared with a deadline; try the next value
      }
    }
    return null;
  }
}
