package org.vigilance.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Provenance;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.privacy.MaskedSpan.Kind;

class MaskingTest {
  private static final String TEXT = "Write to jane@example.org or call +1 202 555 0100 today.";

  @Test
  void masksEachSpanByKind() {
    int email = TEXT.indexOf("jane");
    int phone = TEXT.indexOf("+1");
    List<MaskedSpan> spans =
        List.of(
            new MaskedSpan(Kind.PHONE, phone, phone + 15),
            new MaskedSpan(Kind.EMAIL, email, email + 16));
    assertThat(Masking.apply(TEXT, spans)).isEqualTo("Write to [email] or call [phone] today.");
  }

  @Test
  void aPartCuttingASpanMasksItsVisibleHalfToo() {
    int email = TEXT.indexOf("jane");
    List<MaskedSpan> spans = List.of(new MaskedSpan(Kind.EMAIL, email, email + 16));
    assertThat(Masking.apply(TEXT, email + 5, TEXT.length(), spans))
        .isEqualTo("[email] or call +1 202 555 0100 today.");
    assertThat(Masking.apply(TEXT, 0, email + 4, spans)).isEqualTo("Write to [email]");
  }

  @Test
  void overlappingSpansAreMaskedOnce() {
    List<MaskedSpan> spans =
        List.of(new MaskedSpan(Kind.SSN, 2, 8), new MaskedSpan(Kind.PHONE, 5, 12));
    assertThat(Masking.apply("0123456789abcdef", spans)).isEqualTo("01[ssn]cdef");
  }

  @Test
  void storedFormRoundTripsAndBadFormsFail() {
    MaskedSpan span = new MaskedSpan(Kind.A_NUMBER, 3, 14);
    assertThat(span.format()).isEqualTo("a-number:3-14");
    assertThat(MaskedSpan.parse(span.format())).isEqualTo(span);
    for (String bad : List.of("email", "email:3", "email:5-2", "fax:1-2", ":1-2", "email:a-b")) {
      assertThatThrownBy(() -> MaskedSpan.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property
  void noCharacterInsideASpanSurvives(
      @ForAll @IntRange(min = 0, max = 30) int start,
      @ForAll @IntRange(min = 1, max = 10) int length,
      @ForAll @IntRange(min = 0, max = 40) int from,
      @ForAll @IntRange(min = 0, max = 40) int to) {
    // 40 distinct characters, none of which a mask contains.
    StringBuilder letters = new StringBuilder();
    for (char c = '\u0100'; c < '\u0128'; c++) {
      letters.append(c);
    }
    String text = letters.toString();
    if (from > to) {
      return;
    }
    MaskedSpan span = new MaskedSpan(Kind.EMAIL, start, start + length);
    String masked = Masking.apply(text, from, to, List.of(span));
    for (int i = Math.max(start, from); i < Math.min(start + length, to); i++) {
      assertThat(masked).doesNotContain(String.valueOf(text.charAt(i)));
    }
    if (from < to && span.overlaps(from, to)) {
      assertThat(masked).contains("[email]");
    } else {
      assertThat(masked).isEqualTo(text.substring(from, to));
    }
  }

  @Test
  void anEntityShowsEachTextMaskedWithTheSpansOfItsOwnFragment() {
    Provenance first =
        new Provenance(
            SourceId.of("src-000000000000000000000001"),
            new Locator("part:1"),
            "PlainText",
            Instant.EPOCH);
    Provenance second =
        new Provenance(
            SourceId.of("src-000000000000000000000002"),
            new Locator("part:1"),
            "PlainText",
            Instant.EPOCH);
    SortedMap<String, List<MergedEntity.Value>> properties = new TreeMap<>();
    properties.put(
        "bodyText",
        List.of(
            new MergedEntity.Value("call 202-555-0100", List.of(first)),
            new MergedEntity.Value("SSN 123-45-6789 here", List.of(second))));
    properties.put(
        "maskedSpans",
        List.of(
            new MergedEntity.Value("phone:5-17", List.of(first)),
            new MergedEntity.Value("ssn:4-15", List.of(second))));
    properties.put("title", List.of(new MergedEntity.Value("A letter", List.of(first))));
    MergedEntity entity =
        new MergedEntity(
            EntityId.of("doc-1"), "PlainText", false, properties, List.of(first, second));

    MergedEntity shown = Masking.apply(entity);

    assertThat(shown.values("bodyText")).containsExactly("call [phone]", "SSN [ssn] here");
    assertThat(shown.values("title")).containsExactly("A letter");
    assertThat(shown.properties()).doesNotContainKey("maskedSpans");
    assertThat(shown.properties().get("bodyText"))
        .first()
        .extracting(MergedEntity.Value::assertedBy)
        .isEqualTo(List.of(first));

    properties.put("maskedSpans", List.of(new MergedEntity.Value("phone:oops", List.of(first))));
    MergedEntity broken =
        Masking.apply(
            new MergedEntity(
                EntityId.of("doc-1"), "PlainText", false, properties, List.of(first, second)));
    assertThat(broken.values("bodyText"))
        .contains(Masking.UNREADABLE)
        .noneMatch(v -> v.contains("202"));
  }
}
