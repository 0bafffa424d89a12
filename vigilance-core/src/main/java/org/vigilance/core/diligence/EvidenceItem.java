package org.vigilance.core.diligence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.evidence.EvidenceGrade;

/**
 * A document cited as evidence of an entity (an impact, an event, a deployment), with where in the
 * document.
 *
 * <p>Two ways of citing are read: the entity's {@code evidence} property (a list of documents), and
 * {@code Documentation} entities (FollowTheMoney's link from a document to any entity) with role
 * {@code evidence} (or no role), whose {@code summary} is the locator. A document cited both ways
 * is listed once per locator.
 *
 * @param document the document
 * @param locator where in it (a page, a paragraph), when given
 * @param grade the document's grade as evidence ({@link CaseGraph#grade})
 * @param citation where the document is recorded (its file, or the citation entry with its URL)
 * @param link where the link from the entity to the document is recorded
 */
public record EvidenceItem(
    MergedEntity document,
    @Nullable String locator,
    EvidenceGrade grade,
    Citation citation,
    Citation link) {

  /** The role of a {@code Documentation} that cites evidence. */
  public static final String ROLE = "evidence";

  /** The document's title (or name, or id). */
  public String title(CaseGraph graph) {
    List<String> titles = document.values("title");
    return titles.isEmpty() ? document.caption(graph.model()) : titles.get(0);
  }

  /** {@code Title, p. 12}. */
  public String describe(CaseGraph graph) {
    return title(graph) + (locator == null ? "" : ", " + locator);
  }

  /** The evidence cited for an entity, best grade first, then by document and locator. */
  public static List<EvidenceItem> of(CaseGraph graph, MergedEntity entity) {
    List<EvidenceItem> items = new ArrayList<>();
    Set<EntityId> located = new HashSet<>();
    for (MergedEntity documentation : graph.referencing(entity.id(), "entity")) {
      if (!graph.isA(documentation, "Documentation")) {
        continue;
      }
      List<String> roles = documentation.values("role");
      if (!roles.isEmpty() && !roles.contains(ROLE)) {
        continue;
      }
      for (MergedEntity document : graph.refs(documentation, "document")) {
        List<String> locators = documentation.values("summary");
        items.add(
            new EvidenceItem(
                document,
                locators.isEmpty() ? null : locators.get(0),
                graph.grade(document),
                Citations.entity(graph, document),
                Citations.entity(graph, documentation)));
        located.add(document.id());
      }
    }
    for (MergedEntity document : graph.refs(entity, "evidence")) {
      if (located.add(document.id())) {
        items.add(
            new EvidenceItem(
                document,
                null,
                graph.grade(document),
                Citations.entity(graph, document),
                Citations.reference(graph, entity, "evidence", document)));
      }
    }
    items.sort(
        Comparator.comparing(EvidenceItem::grade)
            .thenComparing(i -> i.document().id())
            .thenComparing(i -> i.locator() == null ? "" : i.locator()));
    return items;
  }

  /** The best grade among the items, E4 for none. */
  public static EvidenceGrade best(List<EvidenceItem> items) {
    return EvidenceGrade.best(items.stream().map(EvidenceItem::grade).toList());
  }
}
