package org.vigilance.core.entity;

import java.time.Instant;
import java.util.Comparator;
import org.vigilance.core.evidence.SourceId;

/**
 * Which fragment asserts a value: its source and the place in that source.
 *
 * @param source the source
 * @param locator the place in the source
 * @param schema the schema the fragment asserted
 * @param recordedAt when the fragment was recorded
 */
public record Provenance(SourceId source, Locator locator, String schema, Instant recordedAt)
    implements Comparable<Provenance> {

  private static final Comparator<Provenance> ORDER =
      Comparator.comparing(Provenance::source)
          .thenComparing(Provenance::locator)
          .thenComparing(Provenance::schema)
          .thenComparing(Provenance::recordedAt);

  /** The provenance of a fragment. */
  public static Provenance of(Fragment fragment) {
    return new Provenance(
        fragment.source(), fragment.locator(), fragment.schema(), fragment.recordedAt());
  }

  @Override
  public int compareTo(Provenance other) {
    return ORDER.compare(this, other);
  }
}
