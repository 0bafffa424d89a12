package org.vigilance.core.redflag;

import java.util.ArrayList;
import java.util.List;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.ImpactView;

/**
 * RF-01: a product able to identify or track people ({@link Capabilities#HIGH_RISK}) is placed at
 * an agency unit where an adverse impact is documented (the same unit, a unit within it or above
 * it), or an impact names the product.
 */
public final class HighRiskProductAtImpactedUnit implements FlagRule {
  @Override
  public String id() {
    return "RF-01";
  }

  @Override
  public String title() {
    return "Product able to identify or track people at a unit with documented impacts";
  }

  @Override
  public String explanation() {
    return "The vendor supplies a product able to identify or track people to an agency unit"
        + " where an adverse human-rights impact is documented (at that unit, a unit within it or"
        + " a unit above it), or an impact names the product: the vendor may contribute to the"
        + " harm (UNGP 13, 17).";
  }

  @Override
  public List<RedFlag> apply(VendorCase vendor) {
    CaseGraph graph = vendor.graph();
    List<RedFlag> flags = new ArrayList<>();
    for (VendorCase.ProductLink p : vendor.products()) {
      List<String> risky = Capabilities.highRisk(p.product());
      if (risky.isEmpty()) {
        continue;
      }
      for (VendorCase.ImpactLink link : vendor.impactsOf(p.product())) {
        ImpactView impact = link.impact();
        String where;
        VendorCase.Placement placement = link.placement();
        if (placement == null) {
          where = "is the vendor's product";
        } else if (placement.deployment() != null) {
          where = "is deployed at " + placement.unit().caption(graph.model());
        } else {
          where =
              "is supplied under contract "
                  + (placement.contract() == null
                      ? "?"
                      : vendor.contractName(placement.contract().contract()))
                  + ", awarded by "
                  + placement.unit().caption(graph.model());
        }
        List<String> context = new ArrayList<>();
        if (impact.unit() != null) {
          context.add(impact.unit().caption(graph.model()));
        }
        if (impact.event() != null) {
          context.add("event \"" + impact.event().caption(graph.model()) + "\"");
        }
        if (impact.product() != null && !impact.product().id().equals(p.product().id())) {
          context.add("it names another product, " + impact.product().caption(graph.model()));
        }
        String text =
            p.product().caption(graph.model())
                + " ("
                + String.join(", ", risky)
                + ") "
                + where
                + "; an impact on the right to "
                + impact.right()
                + (link.match() == VendorCase.Match.NAMES_PRODUCT
                    ? " names the product"
                    : " is " + link.match().text())
                + (context.isEmpty() ? "" : " (" + String.join(", ", context) + ")")
                + ".";
        flags.add(new RedFlag(id(), title(), text, link.path(), List.of(impact)));
      }
    }
    return flags;
  }
}
