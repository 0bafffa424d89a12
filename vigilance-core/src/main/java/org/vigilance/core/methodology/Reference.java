package org.vigilance.core.methodology;

/**
 * A reference to a framework's provision: {@code UNGP 17}, {@code CSDDD 8}, {@code FR 3}.
 *
 * @param framework the framework's abbreviation, declared in the methodology's list of frameworks
 * @param item the principle, article, step, measure or indicator
 */
public record Reference(String framework, String item) {
  @Override
  public String toString() {
    return framework + " " + item;
  }
}
