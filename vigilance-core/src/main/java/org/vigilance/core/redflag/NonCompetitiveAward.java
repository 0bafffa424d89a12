package org.vigilance.core.redflag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigilance.core.diligence.CaseGraph;

/**
 * RF-05: a contract of the vendor awarded without competition (sole source) or on a single offer
 * ({@link Competition}) supplies a product able to identify or track people (a {@code Deployment}
 * of the product names the contract).
 */
public final class NonCompetitiveAward implements FlagRule {
  @Override
  public String id() {
    return "RF-05";
  }

  @Override
  public String title() {
    return "Sole-source or single-offer award for a product able to identify or track people";
  }

  @Override
  public String explanation() {
    return "A contract for a product able to identify or track people was awarded without"
        + " competition or on a single offer: a high-risk capability bought with the least"
        + " scrutiny, and a customer more dependent on the vendor (so with less room to impose"
        + " safeguards).";
  }

  @Override
  public List<RedFlag> apply(VendorCase vendor) {
    CaseGraph graph = vendor.graph();
    List<RedFlag> flags = new ArrayList<>();
    for (VendorCase.ContractLink contract : vendor.contracts()) {
      List<Competition.Signal> signals = Competition.of(graph, contract.contract());
      if (signals.isEmpty()) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (VendorCase.Placement placement : vendor.placements()) {
        if (placement.contract() == null
            || !placement.contract().contract().id().equals(contract.contract().id())) {
          continue;
        }
        List<String> risky = Capabilities.highRisk(placement.product());
        if (risky.isEmpty() || !seen.add(placement.product().id().value())) {
          continue;
        }
        List<Step> path = new ArrayList<>();
        for (Step step : placement.path()) {
          path.add(step);
          if (step.kind() == Step.Kind.CONTRACT) {
            for (Competition.Signal s : signals) {
              path.add(
                  Step.of(
                      Step.Kind.PROCEDURE,
                      s.entity().id(),
                      s.kind().word(),
                      s.property() + " \"" + s.value() + "\"",
                      s.citation()));
            }
          }
        }
        String text =
            "Contract "
                + vendor.contractName(contract.contract())
                + " ("
                + String.join("; ", signals.stream().map(Competition.Signal::describe).toList())
                + ") supplies "
                + placement.product().caption(graph.model())
                + " ("
                + String.join(", ", risky)
                + ") to "
                + placement.unit().caption(graph.model())
                + ".";
        flags.add(new RedFlag(id(), title(), text, path, List.of()));
      }
    }
    return flags;
  }
}
