package org.vigilance.core.entity;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.journal.Canonical;

/**
 * A record that could not be imported, kept with the reason so that nothing is lost.
 *
 * @param locator where in the source
 * @param field the field at fault ({@code schema}, {@code properties.name[0]}, ...), when one is
 * @param reason why it was rejected
 * @param raw the record's bytes exactly as read
 */
// equals, hashCode and the accessor are written to compare and copy the bytes
@SuppressWarnings("ArrayRecordComponent")
public record Reject(Locator locator, @Nullable String field, String reason, byte[] raw) {

  /** Copies the bytes. */
  public Reject {
    raw = raw.clone();
  }

  @Override
  public byte[] raw() {
    return raw.clone();
  }

  /** Appends the canonical form. */
  public void writeCanonical(Canonical out) {
    out.text(locator.value()).text(field).text(reason).bytes(raw);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Reject r
        && locator.equals(r.locator)
        && Objects.equals(field, r.field)
        && reason.equals(r.reason)
        && Arrays.equals(raw, r.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locator, field, reason, Arrays.hashCode(raw));
  }

  @Override
  public String toString() {
    return "Reject[" + locator + ", " + field + ", " + reason + "]";
  }
}
