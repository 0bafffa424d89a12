package org.vigilance.core.redflag;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citation;
import org.vigilance.core.diligence.Citations;
import org.vigilance.core.diligence.ClaimView;
import org.vigilance.core.diligence.EvidenceItem;
import org.vigilance.core.diligence.ImpactView;
import org.vigilance.core.diligence.LetterView;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.MergedEntity;

/**
 * What the red-flag rules read about one vendor: the company, the companies it owns, their
 * contracts, the units and products those reach, the impacts documented there, its claims, the
 * letters sent to it and its assessments. Computed once from a {@link CaseGraph}; immutable.
 *
 * <p><b>The vendor</b> is the subject company (with the records judged the same as it, merged by
 * the graph) and every company it owns through {@code Ownership} (owner → asset), directly or not:
 * a subsidiary's contracts, products, claims and letters count as the subject's. The parent of the
 * subject does not count.
 *
 * <p><b>Where a product is placed</b> ({@link Placement}): the unit of a {@code Deployment} of it
 * (product → unit), and the awarding unit ({@code Contract.authority}) of a contract it is deployed
 * under ({@code Deployment.contract}) when that contract was awarded to the vendor. A product is
 * the vendor's when its {@code vendor} is, or when it is deployed under the vendor's contract.
 *
 * <p><b>Which impacts a placement reaches</b> ({@link ImpactLink}): an impact naming the product,
 * or documented at the same unit, at a unit within it, or at a unit above it ({@link
 * UnitHierarchy}).
 */
public final class VendorCase {
  private final CaseGraph graph;
  private final LocalDate today;
  private final MergedEntity subject;
  private final Map<EntityId, Member> members;
  private final UnitHierarchy units;
  private final List<ContractLink> contracts;
  private final Map<EntityId, ProductLink> products;
  private final List<Placement> placements;
  private final List<ImpactView> impacts;

  /**
   * A company that counts as the vendor, with how it is reached from the subject.
   *
   * @param entity the company
   * @param path the subject, then each company owned on the way to it (cited by its {@code
   *     Ownership})
   */
  public record Member(MergedEntity entity, List<Step> path) {
    /** Copies the list. */
    public Member {
      path = List.copyOf(path);
    }

    /** Whether it is a subsidiary rather than the subject. */
    public boolean subsidiary() {
      return path.size() > 1;
    }
  }

  /**
   * A contract awarded to the vendor.
   *
   * @param supplier the company it was awarded to
   * @param contract the contract
   * @param award the {@code ContractAward}
   * @param citation where the award to the supplier is recorded
   */
  public record ContractLink(
      Member supplier, MergedEntity contract, MergedEntity award, Citation citation) {}

  /**
   * A product of the vendor.
   *
   * @param product the product
   * @param owner the company of the vendor it belongs to (its {@code vendor}, or the supplier of
   *     the contract it is deployed under)
   * @param citation where it is tied to the vendor ({@code Product.vendor}, or the deployment under
   *     the vendor's contract)
   */
  public record ProductLink(MergedEntity product, Member owner, Citation citation) {}

  /**
   * A product at an agency unit.
   *
   * @param product the product
   * @param unit the unit
   * @param contract the vendor's contract it is supplied under, if known
   * @param deployment the {@code Deployment}, if the placement comes from one
   * @param path the evidence path: vendor → [contract] → unit → product
   */
  public record Placement(
      MergedEntity product,
      MergedEntity unit,
      @Nullable ContractLink contract,
      @Nullable MergedEntity deployment,
      List<Step> path) {
    /** Copies the list. */
    public Placement {
      path = List.copyOf(path);
    }
  }

  /** How an impact is reached, strongest first. */
  public enum Match {
    /** The impact names the product. */
    NAMES_PRODUCT("the impact names the product"),
    /** The impact is documented at the unit where the product is. */
    SAME_UNIT("documented at the unit where the product is"),
    /** The impact is documented at a unit within the product's unit. */
    UNIT_WITHIN("documented at a unit within the product's unit"),
    /** The impact is documented at a unit above the product's unit. */
    UNIT_ABOVE("documented at a unit above the product's unit");

    private final String text;

    Match(String text) {
      this.text = text;
    }

    /** In words. */
    public String text() {
      return text;
    }
  }

  /**
   * A documented impact reached from a placement (or from the product alone, when the impact names
   * it).
   *
   * @param product the vendor's product, when the impact is reached through one
   * @param placement the placement it is reached from, if any
   * @param impact the impact
   * @param match how
   * @param path the evidence path: vendor → [contract] → unit → product → [impact's unit] → event →
   *     impact
   */
  public record ImpactLink(
      @Nullable MergedEntity product,
      @Nullable Placement placement,
      ImpactView impact,
      Match match,
      List<Step> path) {
    /** Copies the list. */
    public ImpactLink {
      path = List.copyOf(path);
    }
  }

  private VendorCase(CaseGraph graph, MergedEntity subject, LocalDate today) {
    this.graph = graph;
    this.today = today;
    this.subject = subject;
    this.units = new UnitHierarchy(graph);
    this.members = members(graph, subject);
    this.contracts = findContracts();
    this.products = new LinkedHashMap<>();
    this.placements = new ArrayList<>();
    place();
    this.impacts = ImpactView.of(graph, null);
  }

  /**
   * The case of a company.
   *
   * @param today the day letters' deadlines are judged on
   * @throws IllegalArgumentException when the subject is not an organisation of the graph
   */
  public static VendorCase of(CaseGraph graph, EntityId subject, LocalDate today) {
    MergedEntity entity = graph.require(subject);
    if (!graph.isA(entity, "Organization")) {
      throw new IllegalArgumentException(
          "'"
              + subject
              + "' is a "
              + entity.schema()
              + ": red flags are about companies and organisations, never people");
    }
    return new VendorCase(graph, entity, today);
  }

  /**
   * Finds the company a user names: an entity id, else a unique organisation whose name contains
   * the text (ignoring case).
   *
   * @throws IllegalArgumentException when nothing, or more than one organisation, matches
   */
  public static EntityId resolve(CaseGraph graph, String text) {
    String t = text.strip();
    if (EntityId.problem(t) == null && graph.get(EntityId.of(t)).isPresent()) {
      return graph.canonical(EntityId.of(t));
    }
    String needle = t.toLowerCase(Locale.ROOT);
    List<MergedEntity> found = new ArrayList<>();
    for (MergedEntity e : graph.all("Organization")) {
      for (String name : e.values("name")) {
        if (name.toLowerCase(Locale.ROOT).contains(needle)) {
          found.add(e);
          break;
        }
      }
    }
    if (found.size() == 1) {
      return found.get(0).id();
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "no company or organisation '" + text + "' in the workspace (give its id or a name)");
    }
    StringBuilder list = new StringBuilder();
    found.stream()
        .limit(10)
        .forEach(
            e -> list.append("\n  ").append(e.id()).append("  ").append(e.caption(graph.model())));
    throw new IllegalArgumentException(
        found.size() + " organisations match '" + text + "'; give one id:" + list);
  }

  // ---- what the rules read

  /** The graph. */
  public CaseGraph graph() {
    return graph;
  }

  /** The day deadlines are judged on. */
  public LocalDate today() {
    return today;
  }

  /** The subject company. */
  public MergedEntity subject() {
    return subject;
  }

  /** The subject and its subsidiaries, subject first. */
  public List<Member> members() {
    return List.copyOf(members.values());
  }

  /** The member with this id (canonical), if it is one. */
  public Optional<Member> member(EntityId id) {
    return Optional.ofNullable(members.get(graph.canonical(id)));
  }

  /** The agency hierarchy. */
  public UnitHierarchy units() {
    return units;
  }

  /** The vendor's contracts, by contract id. */
  public List<ContractLink> contracts() {
    return contracts;
  }

  /** The vendor's contract with this id, if it is one. */
  public Optional<ContractLink> contract(EntityId id) {
    EntityId c = graph.canonical(id);
    return contracts.stream().filter(l -> l.contract().id().equals(c)).findFirst();
  }

  /** The vendor's products, by id. */
  public List<ProductLink> products() {
    return List.copyOf(products.values());
  }

  /** Where the vendor's products are. */
  public List<Placement> placements() {
    return List.copyOf(placements);
  }

  /** Every impact of the graph. */
  public List<ImpactView> allImpacts() {
    return impacts;
  }

  /**
   * The impacts that describe the vendor's own involvement: those naming it (or a subsidiary) as
   * {@code vendor}, or naming one of its products.
   */
  public List<ImpactView> vendorImpacts() {
    List<ImpactView> result = new ArrayList<>();
    for (ImpactView i : impacts) {
      boolean named = i.vendor() != null && members.containsKey(i.vendor().id());
      boolean product = i.product() != null && products.containsKey(i.product().id());
      if (named || product) {
        result.add(i);
      }
    }
    return result;
  }

  /** The claims made by the vendor (a member is among the speakers). */
  public List<ClaimView> claims() {
    List<ClaimView> result = new ArrayList<>();
    for (ClaimView c : ClaimView.of(graph, null)) {
      if (c.speakers().stream().anyMatch(s -> members.containsKey(s.id()))) {
        result.add(c);
      }
    }
    return result;
  }

  /** The letters sent to the vendor, as of {@link #today()}. */
  public List<LetterView> letters() {
    List<LetterView> result = new ArrayList<>();
    for (LetterView l : LetterView.of(graph, today)) {
      if (l.recipient() != null && members.containsKey(l.recipient().id())) {
        result.add(l);
      }
    }
    return result;
  }

  /**
   * The assessments of the vendor: of a member, or of one of its contracts, oldest first (undated
   * ones first).
   */
  public List<AssessmentRecord> assessments() {
    List<AssessmentRecord> result = new ArrayList<>();
    for (MergedEntity a : graph.all("DueDiligenceAssessment")) {
      AssessmentRecord r = AssessmentRecord.of(graph, a);
      boolean ofMember = r.subject() != null && members.containsKey(r.subject().id());
      boolean ofContract = r.contract() != null && contract(r.contract().id()).isPresent();
      if (ofMember || ofContract) {
        result.add(r);
      }
    }
    result.sort(
        Comparator.comparing(
                AssessmentRecord::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.assessment().id()));
    return result;
  }

  /**
   * The latest assessment of each thing assessed (the company, or each company × contract): what
   * the vendor's due diligence stands on today.
   */
  public List<AssessmentRecord> latestAssessments() {
    Map<String, AssessmentRecord> latest = new LinkedHashMap<>();
    for (AssessmentRecord r : assessments()) {
      String key = (r.contract() == null ? "" : r.contract().id().value());
      latest.put(key, r); // oldest first: the last one put wins
    }
    return List.copyOf(latest.values());
  }

  /** The impacts a placement reaches, strongest match first, then by impact date. */
  public List<ImpactLink> impactsAt(Placement placement) {
    List<ImpactLink> result = new ArrayList<>();
    for (ImpactView impact : impacts) {
      ImpactLink link = link(placement.product(), placement, impact);
      if (link != null) {
        result.add(link);
      }
    }
    return result;
  }

  /**
   * For each impact reached by any placement of the product, or naming it, the strongest link.
   *
   * @return links by impact date then id
   */
  public List<ImpactLink> impactsOf(MergedEntity product) {
    Map<EntityId, ImpactLink> best = new LinkedHashMap<>();
    for (Placement p : placements) {
      if (!p.product().id().equals(product.id())) {
        continue;
      }
      for (ImpactLink l : impactsAt(p)) {
        best.merge(l.impact().impact().id(), l, VendorCase::stronger);
      }
    }
    for (ImpactView impact : impacts) {
      if (impact.product() != null
          && impact.product().id().equals(product.id())
          && !best.containsKey(impact.impact().id())) {
        best.put(impact.impact().id(), unplaced(product, impact));
      }
    }
    return best.values().stream().sorted(IMPACT_ORDER).toList();
  }

  /**
   * The impacts a contract reaches: documented at (or above, or within) its awarding unit or a unit
   * where a product is deployed under it, or naming a product deployed under it; the strongest link
   * for each impact, by impact date.
   */
  public List<ImpactLink> impactsOf(ContractLink contract) {
    Map<EntityId, ImpactLink> best = new LinkedHashMap<>();
    for (Placement p : placements) {
      if (p.contract() == null || !p.contract().contract().id().equals(contract.contract().id())) {
        continue;
      }
      for (ImpactLink l : impactsAt(p)) {
        best.merge(l.impact().impact().id(), l, VendorCase::stronger);
      }
    }
    // the awarding unit alone, for contracts with no product recorded
    for (MergedEntity unit : graph.refs(contract.contract(), "authority")) {
      List<Step> path = new ArrayList<>(contract.supplier().path());
      path.add(contractStep(contract));
      path.add(authorityStep(contract, unit));
      for (ImpactView impact : impacts) {
        if (impact.unit() == null || best.containsKey(impact.impact().id())) {
          continue;
        }
        UnitHierarchy.Link rel = units.relate(unit.id(), impact.unit().id());
        if (rel != null) {
          List<Step> full = new ArrayList<>(path);
          full.addAll(impactSteps(impact, unit, rel));
          best.put(impact.impact().id(), new ImpactLink(null, null, impact, match(rel), full));
        }
      }
    }
    return best.values().stream().sorted(IMPACT_ORDER).toList();
  }

  private static final Comparator<ImpactLink> IMPACT_ORDER =
      Comparator.comparing(
              (ImpactLink l) -> l.impact().date(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(l -> l.impact().impact().id());

  private static ImpactLink stronger(ImpactLink a, ImpactLink b) {
    return b.match().compareTo(a.match()) < 0 ? b : a;
  }

  // ---- steps

  /** A contract's number ({@code name}: PIID, award id), else its caption. */
  public String contractName(MergedEntity contract) {
    List<String> names = contract.values("name");
    return names.isEmpty() ? contract.caption(graph.model()) : names.get(0);
  }

  /** The step of a contract: its number and title, awarded to the supplier. */
  public Step contractStep(ContractLink link) {
    MergedEntity c = link.contract();
    List<String> titles = c.values("title");
    String label =
        contractName(c)
            + (titles.isEmpty() || contractName(c).equals(titles.get(0))
                ? ""
                : " \"" + titles.get(0) + "\"");
    return Step.of(
        Step.Kind.CONTRACT,
        c.id(),
        label,
        "awarded to " + link.supplier().entity().caption(graph.model()),
        link.citation());
  }

  /** The step of a contract's awarding unit. */
  public Step authorityStep(ContractLink link, MergedEntity unit) {
    return Step.of(
        Step.Kind.UNIT,
        unit.id(),
        unit.caption(graph.model()),
        "awarded the contract",
        Citations.reference(graph, link.contract(), "authority", unit));
  }

  /** The step of a product, with its high-risk capabilities and what ties it to the vendor. */
  public Step productStep(MergedEntity product) {
    List<Citation> citations = new ArrayList<>();
    ProductLink link = products.get(product.id());
    if (link != null) {
      citations.add(link.citation());
    }
    List<String> risky = Capabilities.highRisk(product);
    for (String c : risky) {
      citations.add(Citations.value(graph, product, "capabilities", c));
    }
    if (citations.isEmpty()) {
      citations.add(Citations.entity(graph, product));
    }
    List<String> vendors =
        graph.refs(product, "vendor").stream().map(v -> v.caption(graph.model())).toList();
    String note =
        (vendors.isEmpty() ? "" : "by " + String.join(", ", vendors) + "; ")
            + (product.values("capabilities").isEmpty()
                ? "no capabilities recorded"
                : "capabilities: " + String.join(", ", product.values("capabilities")));
    return new Step(
        Step.Kind.PRODUCT,
        product.id(),
        product.caption(graph.model()),
        note,
        citations,
        List.of());
  }

  /**
   * The steps from a unit to an impact: the impact's unit when it differs (cited by the memberships
   * between them), its event, the impact.
   */
  public List<Step> impactSteps(
      ImpactView impact, @Nullable MergedEntity from, UnitHierarchy.@Nullable Link relation) {
    List<Step> steps = new ArrayList<>();
    MergedEntity unit = impact.unit();
    if (unit != null
        && (from == null
            || relation == null
            || relation.relation() != UnitHierarchy.Relation.SAME)) {
      List<Citation> citations = new ArrayList<>();
      citations.add(Citations.reference(graph, impact.impact(), "unit", unit));
      String note = "where the impact is documented";
      if (from != null && relation != null) {
        for (MergedEntity m : relation.chain()) {
          citations.add(Citations.entity(graph, m));
        }
        note +=
            relation.relation() == UnitHierarchy.Relation.WITHIN
                ? "; part of " + from.caption(graph.model())
                : "; includes " + from.caption(graph.model());
      }
      steps.add(
          new Step(
              Step.Kind.UNIT, unit.id(), unit.caption(graph.model()), note, citations, List.of()));
    }
    MergedEntity event = impact.event();
    if (event != null) {
      List<String> dates = event.values("date");
      steps.add(
          new Step(
              Step.Kind.EVENT,
              event.id(),
              event.caption(graph.model()) + (dates.isEmpty() ? "" : " (" + dates.get(0) + ")"),
              "reported event of the impact",
              List.of(
                  Citations.reference(graph, impact.impact(), "event", event),
                  Citations.entity(graph, event)),
              EvidenceItem.of(graph, event)));
    }
    List<EvidenceItem> own = EvidenceItem.of(graph, impact.impact());
    steps.add(
        new Step(
            Step.Kind.IMPACT,
            impact.impact().id(),
            "right affected: " + impact.right(),
            describe(impact),
            List.of(impact.citation()),
            own.isEmpty() ? impact.evidence() : own));
    return steps;
  }

  /** {@code involvement contribute (of Palantir); severity 13/15 high (...); 2019-08}. */
  public String describe(ImpactView impact) {
    List<String> parts = new ArrayList<>();
    if (impact.involvement() != null) {
      parts.add(
          "involvement "
              + impact.involvement().word()
              + (impact.vendor() == null
                  ? ""
                  : " (of " + impact.vendor().caption(graph.model()) + ")"));
    } else {
      parts.add("involvement not recorded");
    }
    parts.add(
        impact.severity() == null ? "severity not recorded" : "severity " + impact.severity());
    if (impact.date() != null) {
      parts.add("date " + impact.date());
    }
    if (impact.product() != null) {
      parts.add("product " + impact.product().caption(graph.model()));
    }
    return String.join("; ", parts);
  }

  // ---- building

  private static Map<EntityId, Member> members(CaseGraph graph, MergedEntity subject) {
    Map<EntityId, List<MergedEntity>> owns = new HashMap<>();
    for (MergedEntity ownership : graph.all("Ownership")) {
      for (MergedEntity owner : graph.refs(ownership, "owner")) {
        owns.computeIfAbsent(owner.id(), k -> new ArrayList<>()).add(ownership);
      }
    }
    Map<EntityId, Member> members = new LinkedHashMap<>();
    Member root =
        new Member(
            subject,
            List.of(
                Step.of(
                    Step.Kind.VENDOR,
                    subject.id(),
                    subject.caption(graph.model()),
                    "the company examined",
                    Citations.entity(graph, subject))));
    members.put(subject.id(), root);
    Deque<Member> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      Member owner = queue.removeFirst();
      for (MergedEntity ownership : owns.getOrDefault(owner.entity().id(), List.of())) {
        for (MergedEntity asset : graph.refs(ownership, "asset")) {
          if (members.containsKey(asset.id()) || !graph.isA(asset, "LegalEntity")) {
            continue;
          }
          List<Step> path = new ArrayList<>(owner.path());
          path.add(
              Step.of(
                  Step.Kind.SUBSIDIARY,
                  asset.id(),
                  asset.caption(graph.model()),
                  "owned by " + owner.entity().caption(graph.model()),
                  Citations.reference(graph, ownership, "asset", asset)));
          Member m = new Member(asset, path);
          members.put(asset.id(), m);
          queue.add(m);
        }
      }
    }
    return members;
  }

  private List<ContractLink> findContracts() {
    Map<String, ContractLink> result = new java.util.TreeMap<>();
    for (MergedEntity award : graph.all("ContractAward")) {
      for (MergedEntity supplier : graph.refs(award, "supplier")) {
        Member member = members.get(supplier.id());
        if (member == null) {
          continue;
        }
        for (MergedEntity contract : graph.refs(award, "contract")) {
          result.putIfAbsent(
              contract.id().value() + "\n" + supplier.id().value(),
              new ContractLink(
                  member,
                  contract,
                  award,
                  Citations.reference(graph, award, "supplier", supplier)));
        }
      }
    }
    return List.copyOf(result.values());
  }

  private void place() {
    for (MergedEntity product : graph.all("Product")) {
      for (MergedEntity vendor : graph.refs(product, "vendor")) {
        Member owner = members.get(vendor.id());
        if (owner != null && !products.containsKey(product.id())) {
          products.put(
              product.id(),
              new ProductLink(
                  product, owner, Citations.reference(graph, product, "vendor", vendor)));
        }
      }
    }
    List<MergedEntity> deployments = graph.all("Deployment");
    for (MergedEntity deployment : deployments) {
      for (ContractLink c : under(deployment)) {
        for (MergedEntity product : graph.refs(deployment, "product")) {
          products.putIfAbsent(
              product.id(),
              new ProductLink(
                  product,
                  c.supplier(),
                  Citations.reference(graph, deployment, "contract", c.contract())));
        }
      }
    }
    for (MergedEntity deployment : deployments) {
      List<ContractLink> under = under(deployment);
      for (MergedEntity product : graph.refs(deployment, "product")) {
        if (!products.containsKey(product.id())) {
          continue;
        }
        for (MergedEntity unit : graph.refs(deployment, "unit")) {
          if (under.isEmpty()) {
            placements.add(placement(product, unit, null, deployment));
          }
          for (ContractLink c : under) {
            placements.add(placement(product, unit, c, deployment));
          }
        }
        for (ContractLink c : under) {
          for (MergedEntity unit : graph.refs(c.contract(), "authority")) {
            placements.add(placement(product, unit, c, null));
          }
        }
      }
    }
  }

  /** The vendor's contracts a deployment is under. */
  private List<ContractLink> under(MergedEntity deployment) {
    List<ContractLink> under = new ArrayList<>();
    for (MergedEntity c : graph.refs(deployment, "contract")) {
      contract(c.id()).ifPresent(under::add);
    }
    return under;
  }

  /** The path from the subject to the company a product belongs to. */
  private List<Step> ownerPath(MergedEntity product) {
    ProductLink link = products.get(product.id());
    return link != null ? link.owner().path() : rootPath();
  }

  private List<Step> rootPath() {
    return java.util.Objects.requireNonNull(members.get(subject.id())).path();
  }

  private Placement placement(
      MergedEntity product,
      MergedEntity unit,
      @Nullable ContractLink contract,
      @Nullable MergedEntity deployment) {
    List<Step> path = new ArrayList<>();
    if (contract != null) {
      path.addAll(contract.supplier().path());
      path.add(contractStep(contract));
    } else {
      path.addAll(ownerPath(product));
    }
    if (deployment != null) {
      path.add(
          new Step(
              Step.Kind.UNIT,
              unit.id(),
              unit.caption(graph.model()),
              product.caption(graph.model()) + " deployed at it",
              List.of(Citations.reference(graph, deployment, "unit", unit)),
              EvidenceItem.of(graph, deployment)));
    } else if (contract != null) {
      path.add(authorityStep(contract, unit));
    }
    path.add(productStep(product));
    return new Placement(product, unit, contract, deployment, path);
  }

  private @Nullable ImpactLink link(MergedEntity product, Placement placement, ImpactView impact) {
    UnitHierarchy.Link rel =
        impact.unit() == null ? null : units.relate(placement.unit().id(), impact.unit().id());
    boolean names = impact.product() != null && impact.product().id().equals(product.id());
    if (rel == null && !names) {
      return null;
    }
    Match match = names ? Match.NAMES_PRODUCT : match(rel);
    List<Step> path = new ArrayList<>(placement.path());
    path.addAll(impactSteps(impact, placement.unit(), rel));
    return new ImpactLink(product, placement, impact, match, path);
  }

  private ImpactLink unplaced(MergedEntity product, ImpactView impact) {
    List<Step> path = new ArrayList<>(ownerPath(product));
    path.add(productStep(product));
    path.addAll(impactSteps(impact, null, null));
    return new ImpactLink(product, null, impact, Match.NAMES_PRODUCT, path);
  }

  private static Match match(UnitHierarchy.@Nullable Link rel) {
    if (rel == null) {
      return Match.NAMES_PRODUCT;
    }
    return switch (rel.relation()) {
      case SAME -> Match.SAME_UNIT;
      case WITHIN -> Match.UNIT_WITHIN;
      case ABOVE -> Match.UNIT_ABOVE;
    };
  }
}
