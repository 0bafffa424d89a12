package org.vigilance.core.methodology;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One indicator of a methodology.
 *
 * @param id its stable id ({@code G-01}); assessments cite it, so it never changes meaning
 * @param group the id of its group
 * @param question what is asked
 * @param full what the highest level needs
 * @param references the provisions it rests on
 * @param rules the graph rules that apply to it
 */
public record Indicator(
    String id,
    String group,
    String question,
    String full,
    List<Reference> references,
    Set<GraphRule> rules) {

  /** Copies the collections. */
  public Indicator {
    Objects.requireNonNull(id);
    Objects.requireNonNull(group);
    Objects.requireNonNull(question);
    Objects.requireNonNull(full);
    references = List.copyOf(references);
    rules = Set.copyOf(rules);
  }
}
