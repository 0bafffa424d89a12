package org.vigilance.core.judgement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vigilance.core.entity.EntityId;

/**
 * The merged view that judgements give: entities joined by current positive judgements form a
 * component, whose canonical id is its shortest entity id (the smallest among equally short ones: a
 * hand-chosen id such as {@code palantir-technologies} rather than a mapping's hash). A negative
 * judgement blocks a merge: positive judgements are applied in recording order, and one that would
 * put two entities judged not the same into one component is left out ({@link #blocked()}).
 * Deterministic: the same records give the same components.
 */
public final class Components {
  private final Map<EntityId, EntityId> parent = new HashMap<>();

  /** Shortest first, then in id order: the first member of a component is its canonical id. */
  public static final java.util.Comparator<EntityId> CANONICAL_ORDER =
      java.util.Comparator.comparingInt((EntityId id) -> id.value().length())
          .thenComparing(java.util.Comparator.naturalOrder());

  private final Map<EntityId, TreeSet<EntityId>> members = new HashMap<>();
  private final Map<EntityId, Set<EntityId>> notSame = new HashMap<>();
  private final List<Judgement> applied = new ArrayList<>();
  private final List<Judgement> blocked = new ArrayList<>();

  private Components() {}

  /** The components that the given records (every record, in recording order) give. */
  public static Components of(List<Judgement> records) {
    Components c = new Components();
    List<Judgement> current = JudgementStore.current(records);
    for (Judgement j : current) {
      if (j.verdict() == Verdict.NOT_SAME) {
        c.notSame.computeIfAbsent(j.left(), k -> new HashSet<>()).add(j.right());
        c.notSame.computeIfAbsent(j.right(), k -> new HashSet<>()).add(j.left());
      }
    }
    for (Judgement j : current) {
      if (j.verdict() == Verdict.SAME) {
        EntityId a = c.root(j.left());
        EntityId b = c.root(j.right());
        if (a.equals(b)) {
          c.applied.add(j);
        } else if (c.conflict(a, b)) {
          c.blocked.add(j);
        } else {
          c.union(a, b);
          c.applied.add(j);
        }
      }
    }
    return c;
  }

  private EntityId root(EntityId id) {
    EntityId r = id;
    EntityId p;
    while ((p = parent.get(r)) != null) {
      r = p;
    }
    if (!r.equals(id)) {
      parent.put(id, r); // shorten the path
    }
    return r;
  }

  private Set<EntityId> membersOfRoot(EntityId root) {
    TreeSet<EntityId> m = members.get(root);
    return m == null ? Set.of(root) : m;
  }

  private boolean conflict(EntityId rootA, EntityId rootB) {
    Set<EntityId> b = membersOfRoot(rootB);
    for (EntityId m : membersOfRoot(rootA)) {
      Set<EntityId> partners = notSame.get(m);
      if (partners != null) {
        for (EntityId p : partners) {
          if (b.contains(p)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void union(EntityId rootA, EntityId rootB) {
    TreeSet<EntityId> all = new TreeSet<>(CANONICAL_ORDER);
    all.addAll(membersOfRoot(rootA));
    all.addAll(membersOfRoot(rootB));
    members.remove(rootA);
    members.remove(rootB);
    EntityId newRoot = all.first();
    EntityId other = newRoot.equals(rootA) ? rootB : rootA;
    if (!newRoot.equals(rootA) && !newRoot.equals(rootB)) {
      throw new IllegalStateException("the first member is always a root");
    }
    parent.put(other, newRoot);
    members.put(newRoot, all);
  }

  /**
   * The canonical id of an entity's component: its first member in {@link #CANONICAL_ORDER} (the
   * entity itself if alone).
   */
  public EntityId canonical(EntityId id) {
    return root(id);
  }

  /**
   * The members of an entity's component, canonical id first, in {@link #CANONICAL_ORDER} (just the
   * entity when it is alone).
   */
  public List<EntityId> members(EntityId id) {
    return List.copyOf(membersOfRoot(root(id)));
  }

  /** Whether two entities are in one component. */
  public boolean merged(EntityId a, EntityId b) {
    return root(a).equals(root(b));
  }

  /** Whether a negative judgement between the two entities' components forbids merging them. */
  public boolean forbidden(EntityId a, EntityId b) {
    EntityId ra = root(a);
    EntityId rb = root(b);
    return !ra.equals(rb) && conflict(ra, rb);
  }

  /**
   * The components with more than one member, each in {@link #CANONICAL_ORDER}, ordered by
   * canonical id.
   */
  public List<List<EntityId>> merges() {
    return members.values().stream()
        .filter(m -> m.size() > 1)
        .sorted((x, y) -> x.first().compareTo(y.first()))
        .map(m -> List.copyOf(m))
        .toList();
  }

  /** The positive judgements that joined the components, in recording order. */
  public List<Judgement> applied() {
    return List.copyOf(applied);
  }

  /** The positive judgements left out because a negative judgement forbids the merge. */
  public List<Judgement> blocked() {
    return List.copyOf(blocked);
  }

  /**
   * The applied positive judgements along a shortest chain joining two entities of one component,
   * from {@code a} to {@code b}; empty when they are not merged (or are the same entity).
   */
  public List<Judgement> chain(EntityId a, EntityId b) {
    if (a.equals(b) || !merged(a, b)) {
      return List.of();
    }
    Map<EntityId, List<Judgement>> edges = new HashMap<>();
    for (Judgement j : applied) {
      edges.computeIfAbsent(j.left(), k -> new ArrayList<>()).add(j);
      edges.computeIfAbsent(j.right(), k -> new ArrayList<>()).add(j);
    }
    Map<EntityId, Judgement> via = new HashMap<>();
    Set<EntityId> seen = new HashSet<>(List.of(a));
    Deque<EntityId> queue = new ArrayDeque<>(List.of(a));
    while (!queue.isEmpty()) {
      EntityId at = queue.removeFirst();
      if (at.equals(b)) {
        break;
      }
      for (Judgement j : edges.getOrDefault(at, List.of())) {
        EntityId next = j.other(at);
        if (seen.add(next)) {
          via.put(next, j);
          queue.addLast(next);
        }
      }
    }
    List<Judgement> chain = new ArrayList<>();
    EntityId at = b;
    while (!at.equals(a)) {
      Judgement j = via.get(at);
      if (j == null) {
        return List.of();
      }
      chain.add(0, j);
      at = j.other(at);
    }
    return chain;
  }
}
