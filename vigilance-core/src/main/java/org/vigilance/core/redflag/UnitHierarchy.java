package org.vigilance.core.redflag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;

/**
 * The agency hierarchy as the {@code Membership} entities give it (member → organization: an office
 * in a sub-agency, a sub-agency in an agency), over canonical ids.
 *
 * <p>How a unit where a product is placed relates to a unit where an impact is documented:
 *
 * <ul>
 *   <li>{@link Relation#SAME}: the same unit;
 *   <li>{@link Relation#WITHIN}: the impact's unit is below the product's (a product deployed at
 *       ICE reaches ERO);
 *   <li>{@link Relation#ABOVE}: the impact's unit is above the product's (an impact documented at
 *       ICE, without naming its unit, covers HSI);
 *   <li>none: siblings or cousins (HSI and ERO under ICE) do not relate: a shared parent alone
 *       would tie every unit of a department to every other.
 * </ul>
 */
public final class UnitHierarchy {
  private final CaseGraph graph;
  private final Map<EntityId, List<MergedEntity>> up = new HashMap<>(); // member -> memberships

  /** The hierarchy of a graph. */
  public UnitHierarchy(CaseGraph graph) {
    this.graph = graph;
    for (MergedEntity membership : graph.all("Membership")) {
      for (MergedEntity member : graph.refs(membership, "member")) {
        up.computeIfAbsent(member.id(), k -> new ArrayList<>()).add(membership);
      }
    }
  }

  /** How a product's unit relates to an impact's unit. */
  public enum Relation {
    /** The same unit. */
    SAME,
    /** The impact's unit is within the product's unit. */
    WITHIN,
    /** The impact's unit is above the product's unit. */
    ABOVE
  }

  /**
   * A relation with the memberships that show it.
   *
   * @param relation how the units relate
   * @param chain the {@code Membership} entities from the lower unit up to the higher one
   */
  public record Link(Relation relation, List<MergedEntity> chain) {
    /** Copies the list. */
    public Link {
      chain = List.copyOf(chain);
    }
  }

  /** How the impact's unit relates to the product's unit; null when they do not. */
  public @Nullable Link relate(EntityId productUnit, EntityId impactUnit) {
    EntityId a = graph.canonical(productUnit);
    EntityId b = graph.canonical(impactUnit);
    if (a.equals(b)) {
      return new Link(Relation.SAME, List.of());
    }
    List<MergedEntity> chain = chain(b, a);
    if (chain != null) {
      return new Link(Relation.WITHIN, chain);
    }
    chain = chain(a, b);
    return chain == null ? null : new Link(Relation.ABOVE, chain);
  }

  /** The memberships from {@code lower} up to {@code higher} (shortest), or null if none. */
  public @Nullable List<MergedEntity> chain(EntityId lower, EntityId higher) {
    Map<EntityId, MergedEntity> via = new HashMap<>();
    Map<EntityId, EntityId> from = new HashMap<>();
    Deque<EntityId> queue = new ArrayDeque<>(List.of(lower));
    from.put(lower, lower);
    while (!queue.isEmpty()) {
      EntityId id = queue.removeFirst();
      if (id.equals(higher)) {
        List<MergedEntity> chain = new ArrayList<>();
        EntityId at = id;
        while (!at.equals(lower)) {
          chain.add(Objects.requireNonNull(via.get(at)));
          at = Objects.requireNonNull(from.get(at));
        }
        Collections.reverse(chain);
        return chain;
      }
      for (MergedEntity membership : up.getOrDefault(id, List.of())) {
        for (MergedEntity organization : graph.refs(membership, "organization")) {
          if (!from.containsKey(organization.id())) {
            from.put(organization.id(), id);
            via.put(organization.id(), membership);
            queue.add(organization.id());
          }
        }
      }
    }
    return null;
  }
}
