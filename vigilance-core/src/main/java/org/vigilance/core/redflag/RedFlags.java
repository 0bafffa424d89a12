package org.vigilance.core.redflag;

import java.util.ArrayList;
import java.util.List;

/**
 * The red-flag rules, in the order they are reported, and the run of all of them over a vendor.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>id</th><th>flag</th></tr>
 *   <tr><td>RF-01</td><td>{@link HighRiskProductAtImpactedUnit}</td></tr>
 *   <tr><td>RF-02</td><td>{@link ContradictedClaim}</td></tr>
 *   <tr><td>RF-03</td><td>{@link OverdueLetter}</td></tr>
 *   <tr><td>RF-04</td><td>{@link ChangeAfterImpact}</td></tr>
 *   <tr><td>RF-05</td><td>{@link NonCompetitiveAward}</td></tr>
 * </table>
 */
public final class RedFlags {
  /** Every rule, by id. */
  public static final List<FlagRule> RULES =
      List.of(
          new HighRiskProductAtImpactedUnit(),
          new ContradictedClaim(),
          new OverdueLetter(),
          new ChangeAfterImpact(),
          new NonCompetitiveAward());

  private RedFlags() {}

  /** The flags of every rule for the vendor, by rule then in each rule's order. */
  public static List<RedFlag> run(VendorCase vendor) {
    List<RedFlag> flags = new ArrayList<>();
    for (FlagRule rule : RULES) {
      flags.addAll(rule.apply(vendor));
    }
    return List.copyOf(flags);
  }

  /** The rule with this id. */
  public static FlagRule rule(String id) {
    for (FlagRule r : RULES) {
      if (r.id().equalsIgnoreCase(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no red-flag rule '" + id + "'");
  }
}
