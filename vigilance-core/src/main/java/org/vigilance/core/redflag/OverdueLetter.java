package org.vigilance.core.redflag;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.diligence.Citations;
import org.vigilance.core.diligence.EvidenceItem;
import org.vigilance.core.diligence.LetterView;
import org.vigilance.core.entity.MergedEntity;

/** RF-03: a letter to the vendor has no response recorded after its deadline. */
public final class OverdueLetter implements FlagRule {
  @Override
  public String id() {
    return "RF-03";
  }

  @Override
  public String title() {
    return "No response after a letter's deadline";
  }

  @Override
  public String explanation() {
    return "A letter to the vendor asked for an answer by a deadline that has passed, and no"
        + " response is recorded: the company has not answered the specific concerns put to it"
        + " (indicator C-04).";
  }

  @Override
  public List<RedFlag> apply(VendorCase vendor) {
    CaseGraph graph = vendor.graph();
    List<RedFlag> flags = new ArrayList<>();
    for (LetterView letter : vendor.letters()) {
      if (letter.state() != LetterView.State.OVERDUE
          || letter.recipient() == null
          || letter.deadline() == null) {
        continue;
      }
      VendorCase.Member recipient = vendor.member(letter.recipient().id()).orElse(null);
      if (recipient == null) {
        continue;
      }
      List<EvidenceItem> documents = new ArrayList<>();
      for (MergedEntity d : graph.refs(letter.letter(), "document")) {
        documents.add(
            new EvidenceItem(
                d,
                null,
                graph.grade(d),
                Citations.entity(graph, d),
                Citations.reference(graph, letter.letter(), "document", d)));
      }
      long days = ChronoUnit.DAYS.between(letter.deadline(), vendor.today());
      String sender =
          letter.sender() == null
              ? "(sender not recorded)"
              : letter.sender().caption(graph.model());
      List<Step> path = new ArrayList<>(recipient.path());
      path.add(
          new Step(
              Step.Kind.LETTER,
              letter.letter().id(),
              letter.letter().caption(graph.model()),
              "from "
                  + sender
                  + (letter.date() == null ? "" : ", sent " + letter.date())
                  + ", deadline "
                  + letter.deadline()
                  + ", no response recorded",
              List.of(letter.citation()),
              documents));
      String text =
          sender
              + " wrote to "
              + recipient.entity().caption(graph.model())
              + (letter.date() == null ? "" : " on " + letter.date())
              + " asking for an answer by "
              + letter.deadline()
              + "; no response is recorded as of "
              + vendor.today()
              + " ("
              + days
              + (days == 1 ? " day" : " days")
              + " after the deadline).";
      flags.add(new RedFlag(id(), title(), text, path, List.of()));
    }
    return flags;
  }
}
