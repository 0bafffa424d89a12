package org.vigilance.core.diligence;

import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.SourceId;

/**
 * Where a statement comes from, as printed after it: the source, the place in it, its grade and,
 * when known, its address.
 *
 * @param source the source id
 * @param name the source's name (a file name, or the entry's name)
 * @param locator the place in the source
 * @param grade the source's evidence grade
 * @param url where the source (or the item it cites) is, when known
 */
public record Citation(
    SourceId source, String name, Locator locator, EvidenceGrade grade, @Nullable String url) {

  /** {@code [E3 press-release.txt line:4 https://…]}. */
  @Override
  public String toString() {
    return "["
        + grade
        + " "
        + name
        + " "
        + locator
        + (url == null || url.isBlank() ? "" : " " + url)
        + "]";
  }
}
