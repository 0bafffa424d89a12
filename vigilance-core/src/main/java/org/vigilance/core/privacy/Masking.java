package org.vigilance.core.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Provenance;

/**
 * Hides the personal data in a text: each span is replaced by a mask naming its kind, such as
 * {@code [email]}. Spans may overlap and come in any order; a span that reaches past the end of the
 * text is cut at the end (the rest of the text is still masked, never shown).
 *
 * <p>Thread-safe: static methods only.
 */
public final class Masking {
  private Masking() {}

  /** The property that holds the text the spans refer to. */
  public static final String TEXT_PROPERTY = "bodyText";

  /** The property that holds the spans, as {@link MaskedSpan#format stored forms}. */
  public static final String SPANS_PROPERTY = "maskedSpans";

  /** What a text shows when its spans cannot be read: nothing of it. */
  public static final String UNREADABLE =
      "[masked: the positions of personal data in this text are unreadable]";

  /**
   * The entity as outputs show it: each {@code bodyText} value masked with the spans asserted by
   * the same fragments (a span's offsets refer to the text of its own fragment). A text whose spans
   * cannot be read is hidden whole. The spans themselves are left out: their offsets are those of
   * the unmasked text, which the output no longer holds.
   */
  public static MergedEntity apply(MergedEntity entity) {
    List<MergedEntity.Value> texts = entity.properties().get(TEXT_PROPERTY);
    List<MergedEntity.Value> spans = entity.properties().get(SPANS_PROPERTY);
    if (texts == null || spans == null) {
      return entity;
    }
    List<MergedEntity.Value> masked = new ArrayList<>(texts.size());
    for (MergedEntity.Value text : texts) {
      Set<Provenance> sameFragments = new HashSet<>(text.assertedBy());
      List<String> stored = new ArrayList<>();
      for (MergedEntity.Value span : spans) {
        if (span.assertedBy().stream().anyMatch(sameFragments::contains)) {
          stored.add(span.value());
        }
      }
      String shown;
      try {
        shown = apply(text.value(), MaskedSpan.parseAll(stored));
      } catch (IllegalArgumentException e) {
        shown = UNREADABLE;
      }
      masked.add(new MergedEntity.Value(shown, text.assertedBy()));
    }
    SortedMap<String, List<MergedEntity.Value>> properties = new TreeMap<>(entity.properties());
    properties.put(TEXT_PROPERTY, masked);
    properties.remove(SPANS_PROPERTY);
    return new MergedEntity(
        entity.id(), entity.schema(), entity.schemaConflict(), properties, entity.fragments());
  }

  /** The mask shown in place of a span of this kind: {@code [email]}, {@code [a-number]}. */
  public static String mask(MaskedSpan.Kind kind) {
    return "[" + kind.label() + "]";
  }

  /** The text with every span replaced by its mask. */
  public static String apply(String text, Collection<MaskedSpan> spans) {
    return apply(text, 0, text.length(), spans);
  }

  /**
   * The part {@code [from, to)} of a text with every span that overlaps it masked. A span that
   * starts before {@code from} or ends after {@code to} is masked as a whole within the part, so a
   * cut never reveals half of a value.
   *
   * @param text the whole text the spans refer to
   * @param from the first code unit of the part
   * @param to one past the last code unit of the part
   * @param spans the spans of the whole text
   */
  public static String apply(String text, int from, int to, Collection<MaskedSpan> spans) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException("part " + from + "-" + to + " of " + text.length());
    }
    if (from == to) {
      return "";
    }
    List<MaskedSpan> sorted = new ArrayList<>();
    for (MaskedSpan span : spans) {
      if (span.overlaps(from, to)) {
        sorted.add(span);
      }
    }
    if (sorted.isEmpty()) {
      return text.substring(from, to);
    }
    sorted.sort(null);
    StringBuilder out = new StringBuilder(to - from);
    int at = from;
    for (int i = 0; i < sorted.size(); i++) {
      MaskedSpan span = sorted.get(i);
      int end = Math.min(span.end(), to);
      // Merge overlapping spans: mask the union once, named after the first.
      while (i + 1 < sorted.size() && sorted.get(i + 1).start() < end) {
        end = Math.max(end, Math.min(sorted.get(++i).end(), to));
      }
      if (span.start() > at) {
        out.append(text, at, span.start());
      }
      if (end > at) {
        out.append(mask(span.kind()));
        at = end;
      }
    }
    out.append(text, at, to);
    return out.toString();
  }
}
