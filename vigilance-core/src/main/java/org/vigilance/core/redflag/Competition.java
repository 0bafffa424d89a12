package org.vigilance.core.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.diligence.Citations;
import org.vigilance.core.entity.MergedEntity;

/**
 * Whether a contract was awarded without competition, read from what the importers write:
 *
 * <ul>
 *   <li>USAspending (ADR 0007): {@code Contract.method} = {@code extent_competed} ({@code NOT
 *       COMPETED}, {@code NOT COMPETED UNDER SAP}, {@code NOT AVAILABLE FOR COMPETITION}, {@code
 *       NON-COMPETITIVE DELIVERY ORDER}, {@code FOLLOW ON TO COMPETED ACTION} are sole-source);
 *       {@code Contract.procedure} = {@code solicitation_procedures} ({@code ONLY ONE SOURCE});
 *       {@code Contract.notes} {@code Number of offers received: 1} (single offer);
 *   <li>OCDS: the award's call for tenders with {@code procedure} {@code direct} (sole-source) or
 *       exactly one {@code tenderers} (single offer);
 *   <li>any source: {@code method} or {@code procedure} saying {@code sole source}, {@code single
 *       source} or {@code non-competitive}.
 * </ul>
 */
public final class Competition {
  private static final List<String> SOLE_SOURCE_WORDS =
      List.of(
          "not competed",
          "not available for competition",
          "non-competitive",
          "noncompetitive",
          "follow on to competed action",
          "only one source",
          "sole source",
          "sole-source",
          "single source",
          "single-source");
  private static final Pattern OFFERS =
      Pattern.compile("number of offers received\\s*:\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

  private Competition() {}

  /** How a signal limits competition. */
  public enum Kind {
    /** Awarded to one source without competition. */
    SOLE_SOURCE("sole-source"),
    /** Competed, but one offer was received. */
    SINGLE_OFFER("single offer");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** As printed. */
    public String word() {
      return word;
    }
  }

  /**
   * A recorded value that shows a lack of competition.
   *
   * @param kind sole source or single offer
   * @param entity the entity holding the value (the contract, or a call for tenders)
   * @param property the property
   * @param value the value as recorded
   * @param citation where it is recorded
   */
  public record Signal(
      Kind kind, MergedEntity entity, String property, String value, Citation citation) {
    /** {@code sole-source: method "NOT COMPETED"}. */
    public String describe() {
      return kind.word() + ": " + property + " \"" + value + "\"";
    }
  }

  /** The signals of a contract (and of the calls for tenders of its awards), in a stable order. */
  public static List<Signal> of(CaseGraph graph, MergedEntity contract) {
    List<Signal> signals = new ArrayList<>();
    for (String property : List.of("method", "procedure")) {
      for (String value : contract.values(property)) {
        if (soleSource(value)) {
          signals.add(signal(graph, Kind.SOLE_SOURCE, contract, property, value));
        }
      }
    }
    for (String note : contract.values("notes")) {
      Matcher m = OFFERS.matcher(note);
      if (m.find() && Integer.parseInt(m.group(1)) == 1) {
        signals.add(signal(graph, Kind.SINGLE_OFFER, contract, "notes", note));
      }
    }
    for (MergedEntity award : graph.referencing(contract.id(), "contract")) {
      if (!graph.isA(award, "ContractAward")) {
        continue;
      }
      for (MergedEntity call : graph.refs(award, "callForTenders")) {
        for (String value : call.values("procedure")) {
          if (value.strip().equalsIgnoreCase("direct") || soleSource(value)) {
            signals.add(signal(graph, Kind.SOLE_SOURCE, call, "procedure", value));
          }
        }
        if (call.values("tenderers").size() == 1) {
          signals.add(
              signal(graph, Kind.SINGLE_OFFER, call, "tenderers", call.values("tenderers").get(0)));
        }
      }
    }
    return signals;
  }

  /** Whether a method or procedure value says the award was not competed. */
  public static boolean soleSource(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    for (String word : SOLE_SOURCE_WORDS) {
      if (v.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Signal signal(
      CaseGraph graph, Kind kind, MergedEntity entity, String property, String value) {
    return new Signal(
        kind, entity, property, value, Citations.value(graph, entity, property, value));
  }
}
