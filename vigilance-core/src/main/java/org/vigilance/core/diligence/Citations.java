package org.vigilance.core.diligence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Provenance;
import org.vigilance.core.evidence.EvidenceGrade;

/**
 * The citation to print for a fact: among the fragments that assert it, the one from the
 * best-graded source (an official record before the press), then the first in sorted order, so the
 * choice does not depend on the order of import.
 */
public final class Citations {
  private Citations() {}

  /** The best citation of anything the entity asserts (its best-graded fragment). */
  public static Citation entity(CaseGraph graph, MergedEntity entity) {
    return best(graph, entity.fragments());
  }

  /**
   * The best citation of one value of a property (e.g. the {@code authority} of a contract); the
   * entity's when the value is absent.
   */
  public static Citation value(
      CaseGraph graph, MergedEntity entity, String property, @Nullable String value) {
    List<MergedEntity.Value> values = entity.properties().get(property);
    if (values != null) {
      for (MergedEntity.Value v : values) {
        if (value == null || v.value().equals(value)) {
          return best(graph, v.assertedBy());
        }
      }
    }
    return entity(graph, entity);
  }

  /**
   * The best citation of a reference from an entity to another through a property (the value that
   * names the target, or one of its members when the target is a merged component).
   */
  public static Citation reference(
      CaseGraph graph, MergedEntity from, String property, MergedEntity target) {
    List<MergedEntity.Value> values = from.properties().get(property);
    if (values != null) {
      for (MergedEntity.Value v : values) {
        if (graph.canonical(org.vigilance.core.entity.EntityId.of(v.value())).equals(target.id())) {
          return best(graph, v.assertedBy());
        }
      }
    }
    return entity(graph, from);
  }

  private static Citation best(CaseGraph graph, List<Provenance> provenances) {
    Citation best = null;
    for (Provenance p : provenances) {
      Citation c = graph.cite(p);
      if (best == null || c.grade().compareTo(best.grade()) < 0) {
        best = c;
      }
    }
    if (best == null) {
      throw new IllegalStateException("a fact with no fragment");
    }
    return best;
  }

  /** The best grade among citations; E4 for none. */
  public static EvidenceGrade bestGrade(List<Citation> citations) {
    return EvidenceGrade.best(citations.stream().map(Citation::grade).toList());
  }
}
