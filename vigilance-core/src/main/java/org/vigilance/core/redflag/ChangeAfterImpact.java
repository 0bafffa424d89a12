package org.vigilance.core.redflag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.diligence.Citations;
import org.vigilance.core.diligence.DateSpan;
import org.vigilance.core.diligence.ImpactView;
import org.vigilance.core.entity.MergedEntity;

/**
 * RF-04: a contract of the vendor was renewed, modified or newly awarded after an impact it reaches
 * was documented, with no new assessment in between.
 *
 * <p>A <b>change</b> is a dated {@code ContractTransaction} of the contract (a modification, or the
 * base award), an award of it to the vendor ({@code ContractAward} start date or date), or the
 * contract's {@code contractDate}. The change must come surely after the impact (its date, else its
 * event's; partial dates count at their latest day). It is <b>reassessed</b> when a {@code
 * DueDiligenceAssessment} of the vendor (or of that contract) may be dated after the impact and on
 * or before the change: the renewal was then decided with a new look at the harm. One flag per
 * contract: its earliest change without reassessment, with the impact it follows.
 */
public final class ChangeAfterImpact implements FlagRule {
  @Override
  public String id() {
    return "RF-04";
  }

  @Override
  public String title() {
    return "Renewal or modification after a documented impact, with no new assessment";
  }

  @Override
  public String explanation() {
    return "A contract that reaches a documented impact was renewed, modified or awarded again"
        + " after the impact, and no due-diligence assessment of the vendor or the contract is"
        + " dated between the impact and the change: the relationship went on without a new look"
        + " at the harm (UNGP 17, 19; indicator T-02).";
  }

  /**
   * A dated change of a contract.
   *
   * @param date when
   * @param label what it was
   * @param entity the entity that records it
   * @param citation where the date is recorded
   */
  record Change(DateSpan date, String label, MergedEntity entity, Citation citation) {}

  @Override
  public List<RedFlag> apply(VendorCase vendor) {
    CaseGraph graph = vendor.graph();
    List<RedFlag> flags = new ArrayList<>();
    for (VendorCase.ContractLink contract : vendor.contracts()) {
      List<VendorCase.ImpactLink> impacts = vendor.impactsOf(contract);
      if (impacts.isEmpty()) {
        continue;
      }
      List<AssessmentRecord> assessments = new ArrayList<>();
      for (AssessmentRecord a : vendor.assessments()) {
        if (a.contract() == null || a.contract().id().equals(contract.contract().id())) {
          assessments.add(a);
        }
      }
      List<Change> changes = changes(vendor, contract);
      Change firstChange = null;
      VendorCase.ImpactLink firstImpact = null;
      int count = 0;
      for (Change change : changes) {
        VendorCase.ImpactLink unassessed = null;
        for (VendorCase.ImpactLink link : impacts) {
          DateSpan when = link.impact().date();
          if (when == null || !change.date().after(when)) {
            continue;
          }
          if (!reassessed(assessments, when, change.date())) {
            unassessed = link; // impacts are by date: the last one kept is the latest before
          }
        }
        if (unassessed != null) {
          count++;
          if (firstChange == null) {
            firstChange = change;
            firstImpact = unassessed;
          }
        }
      }
      if (firstChange == null || firstImpact == null) {
        continue;
      }
      flags.add(flag(vendor, graph, contract, firstChange, firstImpact, count, assessments));
    }
    return flags;
  }

  private RedFlag flag(
      VendorCase vendor,
      CaseGraph graph,
      VendorCase.ContractLink contract,
      Change change,
      VendorCase.ImpactLink link,
      int count,
      List<AssessmentRecord> assessments) {
    ImpactView impact = link.impact();
    List<Step> path = new ArrayList<>();
    boolean changeAdded = false;
    for (Step step : link.path()) {
      path.add(step);
      if (!changeAdded
          && step.kind() == Step.Kind.CONTRACT
          && step.id().equals(contract.contract().id())) {
        path.add(changeStep(change));
        changeAdded = true;
      }
    }
    if (!changeAdded) { // the impact is reached through another contract's placement
      path.clear();
      path.addAll(contract.supplier().path());
      path.add(vendor.contractStep(contract));
      path.add(changeStep(change));
      path.addAll(link.path().subList(indexOfUnit(link.path()), link.path().size()));
    }
    String assessed =
        assessments.isEmpty()
            ? "no due-diligence assessment of the vendor or the contract is recorded"
            : "no due-diligence assessment of the vendor or the contract is dated between them"
                + " (on record: "
                + String.join(", ", assessments.stream().map(a -> a.describe(graph)).toList())
                + ")";
    String text =
        "Contract "
            + vendor.contractName(contract.contract())
            + ": "
            + change.label()
            + " on "
            + change.date()
            + ", after the impact on the right to "
            + impact.right()
            + " documented "
            + (impact.date() == null ? "" : "for " + impact.date() + " ")
            + (impact.unit() == null ? "" : "at " + impact.unit().caption(graph.model()) + " ")
            + "("
            + link.match().text()
            + "); "
            + assessed
            + "."
            + (count > 1
                ? " "
                    + (count - 1)
                    + " later change"
                    + (count > 2 ? "s" : "")
                    + " of it also follow"
                    + (count > 2 ? "" : "s")
                    + " a documented impact with no assessment."
                : "");
    return new RedFlag(id(), title(), text, path, List.of(impact));
  }

  private static int indexOfUnit(List<Step> path) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).kind() == Step.Kind.UNIT) {
        return i;
      }
    }
    return path.size();
  }

  private static Step changeStep(Change change) {
    return Step.of(
        Step.Kind.CHANGE,
        change.entity().id(),
        change.label(),
        "dated " + change.date(),
        change.citation());
  }

  private static boolean reassessed(
      List<AssessmentRecord> assessments, DateSpan impact, DateSpan change) {
    for (AssessmentRecord a : assessments) {
      DateSpan d = a.date();
      if (d != null && d.possiblyAfter(impact) && d.possiblyOnOrBefore(change)) {
        return true;
      }
    }
    return false;
  }

  /** The dated changes of a contract, by date. */
  static List<Change> changes(VendorCase vendor, VendorCase.ContractLink link) {
    CaseGraph graph = vendor.graph();
    MergedEntity contract = link.contract();
    List<Change> changes = new ArrayList<>();
    for (MergedEntity e : graph.referencing(contract.id(), "contract")) {
      if (graph.isA(e, "ContractTransaction")) {
        String value = firstDate(e, "date", "startDate");
        DateSpan date = DateSpan.parse(value);
        if (date == null || value == null) {
          continue;
        }
        List<String> mods = e.values("modificationNumber");
        List<String> types = e.values("actionType");
        String label =
            mods.isEmpty() || mods.get(0).strip().equals("0")
                ? (mods.isEmpty() ? "contract action" : "base award")
                : "modification " + mods.get(0);
        if (!types.isEmpty()) {
          label += " (" + types.get(0) + ")";
        }
        changes.add(
            new Change(
                date,
                label,
                e,
                Citations.value(
                    graph, e, e.values("date").isEmpty() ? "startDate" : "date", value)));
      } else if (graph.isA(e, "ContractAward")
          && e.values("supplier").stream()
              .anyMatch(s -> vendor.member(org.vigilance.core.entity.EntityId.of(s)).isPresent())) {
        String value = firstDate(e, "startDate", "date");
        DateSpan date = DateSpan.parse(value);
        if (date != null && value != null) {
          changes.add(
              new Change(
                  date,
                  "award to " + link.supplier().entity().caption(graph.model()),
                  e,
                  Citations.value(
                      graph, e, e.values("startDate").isEmpty() ? "date" : "startDate", value)));
        }
      }
    }
    for (String value : contract.values("contractDate")) {
      DateSpan date = DateSpan.parse(value);
      if (date != null) {
        changes.add(
            new Change(
                date,
                "contract signed",
                contract,
                Citations.value(graph, contract, "contractDate", value)));
      }
    }
    changes.sort(Comparator.comparing(Change::date).thenComparing(c -> c.entity().id()));
    return changes;
  }

  private static @Nullable String firstDate(MergedEntity e, String first, String second) {
    List<String> values = e.values(first);
    if (values.isEmpty()) {
      values = e.values(second);
    }
    return values.isEmpty() ? null : values.get(0);
  }
}
