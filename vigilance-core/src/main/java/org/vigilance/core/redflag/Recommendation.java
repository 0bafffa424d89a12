package org.vigilance.core.redflag;

import java.util.List;
import java.util.Locale;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.diligence.EvidenceItem;

/**
 * What should happen next for a vendor, derived by {@link RecommendationRules}, with its reasons.
 *
 * @param rule the id of the rule of the table that decided it ({@code RC-1}...)
 * @param outcome the recommendation
 * @param reasons why: each condition of the rule that holds, with what shows it
 * @param unmet the stronger rules that do not apply, with the conditions they miss
 */
public record Recommendation(
    String rule, Outcome outcome, List<Reason> reasons, List<Unmet> unmet) {

  /** Copies the lists. */
  public Recommendation {
    reasons = List.copyOf(reasons);
    unmet = List.copyOf(unmet);
  }

  /** The recommendations, strongest first. */
  public enum Outcome {
    /** Suspend services pending due diligence. */
    SUSPEND(
        "Suspend services pending due diligence",
        "Until the vendor shows, through a human-rights impact assessment of its contracts, that"
            + " its technology does not contribute to these harms, the services that facilitate"
            + " them should be suspended (UNGP 19; OECD step 3)."),
    /** Escalate and use leverage. */
    ESCALATE(
        "Escalate and use leverage",
        "The vendor is tied to harm by its own involvement or by a high-risk product at a unit"
            + " with severe documented harm: it should stop contributing and use its leverage on"
            + " the customer, and those with leverage on the vendor (investors, partners,"
            + " oversight bodies) should use theirs (UNGP 19)."),
    /** Engage and request disclosure. */
    ENGAGE(
        "Engage and request disclosure",
        "Put the red flags to the vendor and ask for precise information on the technology"
            + " supplied, the units served, the safeguards and its due diligence (UNGP 21)."),
    /** Monitor. */
    MONITOR(
        "Monitor",
        "Nothing calls for action on the evidence recorded, but the vendor supplies technology"
            + " able to identify or track people, or impacts are documented near its contracts:"
            + " watch new contracts, modifications and reports."),
    /** No action found. */
    NO_ACTION(
        "No action found",
        "No red flag, impact or high-risk product is on record for this vendor. This describes"
            + " what the workspace holds, not the absence of risk.");

    private final String title;
    private final String action;

    Outcome(String title, String action) {
      this.title = title;
      this.action = action;
    }

    /** The recommendation in a few words. */
    public String title() {
      return title;
    }

    /** What it means and asks for. */
    public String action() {
      return action;
    }

    /** {@code suspend}, {@code escalate}... */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One reason: a condition of the rule, and one fact that shows it.
   *
   * @param condition the condition's id ({@code severe-contribution}...)
   * @param text the fact, naming the flag, finding, impact or claim
   * @param refs the flags and entities it rests on ({@code RF-01}, {@code I-01}, impact ids...)
   * @param citations where the fact is recorded (none when it is an absence: no assessment on
   *     record)
   * @param evidence the documents behind it
   */
  public record Reason(
      String condition,
      String text,
      List<String> refs,
      List<Citation> citations,
      List<EvidenceItem> evidence) {
    /** Copies the lists. */
    public Reason {
      refs = List.copyOf(refs);
      citations = citations.stream().distinct().toList();
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A stronger rule that does not apply.
   *
   * @param rule its id
   * @param outcome what it would recommend
   * @param missing the conditions that do not hold, in words
   */
  public record Unmet(String rule, Outcome outcome, List<String> missing) {
    /** Copies the list. */
    public Unmet {
      missing = List.copyOf(missing);
    }
  }
}
