package org.vigilance.core.diligence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.evidence.EvidenceGrade;

/**
 * An adverse human-rights impact as recorded: the right affected, the event, the agency unit, the
 * product and the vendor involved, how (cause, contribute, directly linked), how severe, and the
 * evidence. An impact describes a right and an event, never a person.
 *
 * @param impact the {@code Impact} entity
 * @param right the right affected
 * @param event the event it followed from, when recorded
 * @param unit the agency unit where it is documented, when recorded
 * @param product the product involved, when recorded
 * @param vendor the company whose involvement is described: the impact's {@code vendor}, else the
 *     vendor of its product, when recorded
 * @param involvement how that company is involved, when recorded and valid
 * @param severity how severe, when all three dimensions are recorded and valid
 * @param date when it happened: the impact's date, else its event's
 * @param evidence the documents that report it (the impact's and, after them, its event's)
 * @param citation where the impact is recorded (its best-graded fragment)
 */
public record ImpactView(
    MergedEntity impact,
    String right,
    @Nullable MergedEntity event,
    @Nullable MergedEntity unit,
    @Nullable MergedEntity product,
    @Nullable MergedEntity vendor,
    @Nullable Involvement involvement,
    @Nullable Severity severity,
    @Nullable DateSpan date,
    List<EvidenceItem> evidence,
    Citation citation) {

  /** Copies the list. */
  public ImpactView {
    evidence = List.copyOf(evidence);
  }

  /** The best grade of its evidence (E4 when it cites none): how far the impact is established. */
  public EvidenceGrade grade() {
    return EvidenceItem.best(evidence);
  }

  /** The ids this impact is about: itself, its event, unit, product and vendor. */
  public Set<EntityId> subjects() {
    Set<EntityId> ids = new LinkedHashSet<>();
    ids.add(impact.id());
    for (MergedEntity e : new MergedEntity[] {event, unit, product, vendor}) {
      if (e != null) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  /** Every impact, or those about one entity (see {@link #subjects()}), by date then id. */
  public static List<ImpactView> of(CaseGraph graph, @Nullable EntityId about) {
    EntityId target = about == null ? null : graph.canonical(about);
    List<ImpactView> result = new ArrayList<>();
    for (MergedEntity impact : graph.all("Impact")) {
      ImpactView view = view(graph, impact);
      if (target == null || view.subjects().contains(target)) {
        result.add(view);
      }
    }
    result.sort(
        Comparator.comparing(
                (ImpactView v) -> v.date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(v -> v.impact().id()));
    return result;
  }

  /** The view of one impact entity. */
  public static ImpactView view(CaseGraph graph, MergedEntity impact) {
    MergedEntity event = first(graph.refs(impact, "event"));
    MergedEntity product = first(graph.refs(impact, "product"));
    MergedEntity vendor = first(graph.refs(impact, "vendor"));
    if (vendor == null && product != null) {
      vendor = first(graph.refs(product, "vendor"));
    }
    Involvement involvement = null;
    for (String word : impact.values("involvement")) {
      try {
        involvement = Involvement.parse(word);
        break;
      } catch (IllegalArgumentException e) {
        // an unknown word (from an imported file) leaves the involvement unknown
      }
    }
    DateSpan date = DateSpan.first(dates(impact));
    if (date == null && event != null) {
      date = DateSpan.first(dates(event));
    }
    List<EvidenceItem> evidence = new ArrayList<>(EvidenceItem.of(graph, impact));
    if (event != null) {
      for (EvidenceItem item : EvidenceItem.of(graph, event)) {
        if (evidence.stream().noneMatch(e -> same(e, item))) {
          evidence.add(item);
        }
      }
    }
    List<String> rights = impact.values("right");
    return new ImpactView(
        impact,
        rights.isEmpty() ? "(right not recorded)" : rights.get(0),
        event,
        first(graph.refs(impact, "unit")),
        product,
        vendor,
        involvement,
        Severity.of(
            value(impact, "severityScale"),
            value(impact, "severityScope"),
            value(impact, "severityIrremediability")),
        date,
        evidence,
        Citations.entity(graph, impact));
  }

  private static boolean same(EvidenceItem a, EvidenceItem b) {
    return a.document().id().equals(b.document().id())
        && String.valueOf(a.locator()).equals(String.valueOf(b.locator()));
  }

  private static List<String> dates(MergedEntity entity) {
    List<String> dates = new ArrayList<>(entity.values("date"));
    dates.addAll(entity.values("startDate"));
    return dates;
  }

  private static @Nullable String value(MergedEntity entity, String property) {
    List<String> values = entity.values(property);
    return values.isEmpty() ? null : values.get(0);
  }

  private static @Nullable MergedEntity first(List<MergedEntity> list) {
    return list.isEmpty() ? null : list.get(0);
  }
}
