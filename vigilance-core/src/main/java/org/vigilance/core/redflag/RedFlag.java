package org.vigilance.core.redflag;

import java.util.List;
import org.vigilance.core.diligence.ImpactView;

/**
 * A red flag raised by a rule for a vendor.
 *
 * @param rule the rule's id ({@code RF-01}...)
 * @param title the rule's title
 * @param explanation what was found, in one or two sentences naming the entities
 * @param path the evidence path, from the vendor on, each step cited
 * @param impacts the documented impacts on the path (the recommendation weighs them)
 */
public record RedFlag(
    String rule, String title, String explanation, List<Step> path, List<ImpactView> impacts) {

  /** Copies the lists. */
  public RedFlag {
    path = List.copyOf(path);
    impacts = List.copyOf(impacts);
  }
}
