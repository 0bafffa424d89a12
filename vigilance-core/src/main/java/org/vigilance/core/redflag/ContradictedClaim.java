package org.vigilance.core.redflag;

import java.util.ArrayList;
import java.util.List;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citations;
import org.vigilance.core.diligence.ClaimStatus;
import org.vigilance.core.diligence.ClaimView;
import org.vigilance.core.diligence.EvidenceItem;
import org.vigilance.core.diligence.Relation;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.evidence.EvidenceGrade;

/** RF-02: a claim made by the vendor is contradicted by an official record (E1). */
public final class ContradictedClaim implements FlagRule {
  @Override
  public String id() {
    return "RF-02";
  }

  @Override
  public String title() {
    return "Company claim contradicted by an official record";
  }

  @Override
  public String explanation() {
    return "A claim the vendor made is contradicted by an official record (E1), so its status is"
        + " CONTRADICTED (ADR 0011): what the company says about its business cannot be relied on"
        + " where the record says otherwise (UNGP 21).";
  }

  @Override
  public List<RedFlag> apply(VendorCase vendor) {
    CaseGraph graph = vendor.graph();
    List<RedFlag> flags = new ArrayList<>();
    for (ClaimView claim : vendor.claims()) {
      if (claim.status().status() != ClaimStatus.CONTRADICTED) {
        continue;
      }
      VendorCase.Member speaker = null;
      for (MergedEntity s : claim.speakers()) {
        speaker = vendor.member(s.id()).orElse(null);
        if (speaker != null) {
          break;
        }
      }
      if (speaker == null) {
        continue;
      }
      List<Step> path = new ArrayList<>(speaker.path());
      path.add(claimStep(vendor, claim));
      List<String> documents = new ArrayList<>();
      for (ClaimView.Evidence e : claim.evidence(Relation.CONTRADICTS)) {
        if (e.grade() != EvidenceGrade.E1) {
          continue;
        }
        path.add(evidenceStep(graph, e));
        documents.add(e.document() == null ? e.link().id().value() : title(graph, e.document()));
      }
      String text =
          speaker.entity().caption(graph.model())
              + " said \""
              + claim.text()
              + "\""
              + (claim.date() == null ? "" : " (" + claim.date() + ")")
              + "; "
              + claim.status().reason()
              + ": "
              + String.join("; ", documents)
              + ".";
      flags.add(new RedFlag(id(), title(), text, path, List.of()));
    }
    return flags;
  }

  /** The step of a claim: its text, status and where it is recorded. */
  static Step claimStep(VendorCase vendor, ClaimView claim) {
    return Step.of(
        Step.Kind.CLAIM,
        claim.claim().id(),
        "\"" + claim.text() + "\"",
        claim.status().status().word()
            + (claim.date() == null ? "" : "; made " + claim.date())
            + (claim.indicators().isEmpty()
                ? ""
                : "; indicators " + String.join(", ", claim.indicators())),
        claim.citation());
  }

  /** The step of a piece of evidence on a claim, with its document. */
  static Step evidenceStep(CaseGraph graph, ClaimView.Evidence e) {
    MergedEntity document = e.document();
    List<EvidenceItem> items =
        document == null
            ? List.of()
            : List.of(
                new EvidenceItem(
                    document,
                    e.locator(),
                    e.grade(),
                    Citations.entity(graph, document),
                    e.citation()));
    return new Step(
        Step.Kind.EVIDENCE,
        e.link().id(),
        e.relation().word() + " (" + e.grade() + ")",
        e.quote() == null ? "" : "\"" + e.quote() + "\"",
        List.of(e.citation()),
        items);
  }

  private static String title(CaseGraph graph, MergedEntity document) {
    List<String> titles = document.values("title");
    return titles.isEmpty() ? document.caption(graph.model()) : titles.get(0);
  }
}
