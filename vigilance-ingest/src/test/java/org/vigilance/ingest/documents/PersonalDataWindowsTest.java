package org.vigilance.ingest.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.lang.reflect.Field;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.privacy.MaskedSpan;

/**
 * {@link PersonalDataDetector#find} runs its patterns only over the windows around digits; this
 * checks, on random texts made of the pieces personal data is made of, that it finds exactly what
 * the same patterns find run over the whole text (the detector's first version, kept here).
 */
class PersonalDataWindowsTest {
  private static final PersonalDataDetector DETECTOR = new PersonalDataDetector();
  private static final List<String> REGIONS = List.of("DE", "ES", "FR", "GB", "US");

  @Property(tries = 3000)
  void finds_what_the_patterns_find_in_the_whole_text(@ForAll("texts") String text)
      throws ReflectiveOperationException {
    assertThat(DETECTOR.find(text)).isEqualTo(wholeText(text));
  }

  @Example
  void finds_labels_and_numbers_far_apart_in_blank_space() throws ReflectiveOperationException {
    String text =
        "alien    registration \n\n   number  \n :   345678901, call A# 123-456-789 or"
            + " (202) 555-0143; SSN 123-45-6789; page 3 of 12";
    List<MaskedSpan> found = DETECTOR.find(text);
    assertThat(found).isEqualTo(wholeText(text)).hasSize(4);
  }

  @Property(tries = 500)
  void windows_are_sorted_disjoint_and_cover_every_digit(@ForAll("texts") String text) {
    int[] windows = PersonalDataDetector.windows(text);
    for (int w = 0; w + 2 < windows.length; w += 2) {
      assertThat(windows[w + 1]).isLessThan(windows[w + 2]);
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
        boolean covered = false;
        for (int w = 0; w < windows.length; w += 2) {
          covered |= windows[w] <= i && i < windows[w + 1];
        }
        assertThat(covered).as("digit at %d of %s", i, text).isTrue();
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                " ",
                "  ",
                "\n",
                "\t",
                "-",
                ".",
                "(",
                ")",
                "+",
                "/",
                "#",
                ":",
                "A",
                "A#",
                "A-",
                "Alien Registration Number",
                "alien   registration\n number",
                "A-Number",
                "No.",
                "a-no.",
                "SSN",
                "phone",
                "page",
                "USD",
                "x@example.org",
                "Tel",
                "é",
                "Straße"),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10),
            Arbitraries.of(
                "123-45-6789",
                "415-555-2671",
                "(202) 555-0143",
                "+33 1 42 68 53 00",
                "01 42 68 53 00",
                "030 1234567",
                "+44 20 7946 0958",
                "A123456789",
                "234 567 890",
                "03.01.2011",
                "2020-03-15",
                "1,234,567.89"),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
    return piece.list().ofMinSize(0).ofMaxSize(40).map(list -> String.join("", list));
  }

  /** The detector's first version: every pattern over the whole text. */
  private static List<MaskedSpan> wholeText(String text) throws ReflectiveOperationException {
    TreeSet<MaskedSpan> spans = new TreeSet<>();
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.indexOf('@') >= 0) {
      add(spans, MaskedSpan.Kind.EMAIL, pattern("EMAIL").matcher(text), null);
    }
    add(spans, MaskedSpan.Kind.SSN, pattern("SSN").matcher(text), null);
    add(spans, MaskedSpan.Kind.A_NUMBER, pattern("A_NUMBER").matcher(text), null);
    add(spans, MaskedSpan.Kind.A_NUMBER, pattern("LABELLED_A_NUMBER").matcher(text), "digits");
    Matcher candidates = pattern("PHONE_CANDIDATE").matcher(text);
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    while (candidates.find()) {
      int from = candidates.start();
      String candidate = candidates.group();
      if (digits(candidate) < 7) {
        continue;
      }
      for (String region : REGIONS) {
        for (PhoneNumberMatch match :
            phones.findNumbers(candidate, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
          String raw = match.rawString();
          boolean international = raw.startsWith("+") || raw.startsWith("00");
          if (international
              || (digits(raw) >= 9
                  && pattern("SEPARATOR").matcher(raw).find()
                  && !pattern("DATE_SHAPED").matcher(raw).find())) {
            spans.add(
                new MaskedSpan(MaskedSpan.Kind.PHONE, from + match.start(), from + match.end()));
          }
        }
      }
    }
    return List.copyOf(spans);
  }

  private static Pattern pattern(String name) throws ReflectiveOperationException {
    Field field = PersonalDataDetector.class.getDeclaredField(name);
    field.setAccessible(true);
    return (Pattern) field.get(null);
  }

  private static void add(
      java.util.Set<MaskedSpan> spans, MaskedSpan.Kind kind, Matcher m, @Nullable String group) {
    while (m.find()) {
      spans.add(
          group == null
              ? new MaskedSpan(kind, m.start(), m.end())
              : new MaskedSpan(kind, m.start(group), m.end(group)));
    }
  }

  private static int digits(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        count++;
      }
    }
    return count;
  }
}
