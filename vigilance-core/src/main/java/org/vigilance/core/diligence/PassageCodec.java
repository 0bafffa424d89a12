package org.vigilance.core.diligence;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.evidence.EvidenceGrade;

/**
 * How a cited passage is stored in a {@code Finding}'s {@code passages}: one value per passage,
 * five fields separated by tabs: role, document id, grade, locator, quote (an absent locator or
 * quote is empty; tabs and line breaks in them become spaces). One value per passage keeps each
 * passage whole in the merged view, whose values are sorted.
 */
final class PassageCodec {
  private PassageCodec() {}

  static String encode(Assessment.Passage p) {
    return String.join(
        "\t",
        flat(p.role()),
        p.document().value(),
        p.grade().name(),
        flat(p.locator()),
        flat(p.quote()));
  }

  static Optional<Assessment.Passage> decode(String value) {
    String[] f = value.split("\t", -1);
    if (f.length != 5 || EntityId.problem(f[1]) != null) {
      return Optional.empty();
    }
    EvidenceGrade grade;
    try {
      grade = EvidenceGrade.parse(f[2]);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(
        new Assessment.Passage(
            EntityId.of(f[1]),
            f[3].isEmpty() ? null : f[3],
            f[4].isEmpty() ? null : f[4],
            grade,
            f[0]));
  }

  private static String flat(@Nullable String text) {
    return text == null ? "" : text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').trim();
  }
}
