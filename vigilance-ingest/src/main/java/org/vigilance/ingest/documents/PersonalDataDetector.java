package org.vigilance.ingest.documents;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigilance.core.privacy.MaskedSpan;
import org.vigilance.core.privacy.Masking;

/**
 * Finds the personal data of affected people in a text, as {@link MaskedSpan}s to be kept with the
 * text (property {@code maskedSpans}) so that every output can mask it: e-mail addresses, telephone
 * numbers, US alien registration numbers (A-numbers) and US social security numbers. It returns
 * positions only; the values themselves are never stored.
 *
 * <ul>
 *   <li><b>e-mail</b>: {@code local@domain.tld}, the local part of letters, digits and {@code
 *       ._%+-}, a dotted domain ending in a top-level domain of two or more letters.
 *   <li><b>phone</b>: Google's libphonenumber ({@link PhoneNumberUtil#findNumbers}, leniency {@code
 *       VALID}) over the stretches of digits and phone punctuation of the text: numbers in
 *       international form ({@code +33 1 ...}, {@code 0033 ...}) valid anywhere, and numbers in
 *       national form valid in one of the regions given (by default US, FR, ES, DE, GB) that have
 *       at least 9 digits and a separator and are not shaped like a date ({@code 03.01.2011} is not
 *       masked, nor is a bare {@code 788640664}).
 *   <li><b>a-number</b>: {@code A} followed by 8 or 9 digits, optionally written {@code A#}, {@code
 *       A-} or {@code A } and with the digits grouped by dashes or spaces ({@code A123456789},
 *       {@code A# 123-456-789}, {@code A-12 345 678}); and 8 or 9 digits after a label ({@code
 *       A-Number: 123 456 789}, {@code Alien Registration Number 123456789}). Only the digits part
 *       of a labelled number is masked.
 *   <li><b>ssn</b>: {@code ddd-dd-dddd} whose area is not 000, 666 or 900-999, group not 00 and
 *       serial not 0000, not inside a longer run of digits or dashes.
 * </ul>
 *
 * <p>Spans may overlap (a number can look like a phone number and an SSN); {@link Masking} masks
 * their union. Thread-safe.
 */
public final class PersonalDataDetector {
  /** The regions whose national phone formats are looked for by default. */
  public static final Set<String> DEFAULT_REGIONS = Set.of("US", "FR", "ES", "DE", "GB");

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+"
              + "[A-Za-z]{2,}(?![A-Za-z0-9-])");
  private static final Pattern A_NUMBER =
      Pattern.compile("(?<![A-Za-z0-9#-])A(?:#\\s?|-|\\s)?(\\d{2,3}(?:[- ]?\\d{3}){2})(?![\\d-])");
  private static final Pattern LABELLED_A_NUMBER =
      Pattern.compile(
          "(?i:\\bA-?\\s?(?:number|no\\.?)|\\balien\\s+(?:registration\\s+)?(?:number|no\\.?))"
              + "\\s*[:#]?\\s*(?<digits>\\d{2,3}(?:[- ]?\\d{3}){2})(?![\\d-])");
  private static final Pattern SSN =
      Pattern.compile("(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}(?![\\d-])");

  /** Stretches that may hold a phone number: a digit run with phone punctuation inside. */
  private static final Pattern PHONE_CANDIDATE =
      Pattern.compile("(?<![\\p{L}\\d+])(?:\\+|\\(\\+?)?\\d[\\d \\t().\\-/]{5,}\\d(?![\\p{L}\\d])");

  private static final Pattern SEPARATOR = Pattern.compile("[ \\t().\\-/]");
  private static final Pattern DATE_SHAPED =
      Pattern.compile(
          "^\\(?\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\)?$|^\\d{1,2}[./-]\\d{4}$|^\\d{4}[./-]\\d{1,2}$");
  private static final int MIN_NATIONAL_DIGITS = 9;

  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
  private final List<String> regions;

  /** A detector with the {@link #DEFAULT_REGIONS}. */
  public PersonalDataDetector() {
    this(DEFAULT_REGIONS);
  }

  /**
   * A detector that looks for phone numbers in the national formats of these regions (ISO 3166
   * alpha-2 codes, such as {@code US}); international numbers are found whatever the regions.
   */
  public PersonalDataDetector(Set<String> regions) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String region : regions) {
      sorted.add(region.toUpperCase(Locale.ROOT));
    }
    if (sorted.isEmpty()) {
      sorted.add("ZZ"); // unknown region: international numbers only
    }
    this.regions = List.copyOf(sorted);
  }

  /** The spans of personal data in the text, sorted by start, then end; one span per stretch. */
  public List<MaskedSpan> find(String text) {
    TreeSet<MaskedSpan> spans = new TreeSet<>();
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.indexOf('@') >= 0) {
      add(spans, MaskedSpan.Kind.EMAIL, EMAIL.matcher(text), 0);
    }
    // Every other kind holds digits: the patterns run only over the windows around the stretches
    // that have some (see windows), which finds exactly what a run over the whole text finds.
    Matcher ssn = SSN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    Matcher aNumber = A_NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    Matcher labelled =
        LABELLED_A_NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    Matcher candidates =
        PHONE_CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int[] windows = windows(text);
    for (int w = 0; w < windows.length; w += 2) {
      int from = windows[w];
      int to = windows[w + 1];
      add(spans, MaskedSpan.Kind.SSN, ssn.region(from, to), 0);
      add(spans, MaskedSpan.Kind.A_NUMBER, aNumber.region(from, to), 0);
      add(spans, MaskedSpan.Kind.A_NUMBER, labelled.region(from, to), "digits");
      candidates.region(from, to);
      while (candidates.find()) {
        addPhones(spans, text, candidates.start(), candidates.end());
      }
    }
    // A TreeSet orders spans by (start, end) only: when two kinds claim the same stretch, the
    // first one added (e-mail, SSN, A-number, then phone) is kept.
    return List.copyOf(spans);
  }

  /** The text with its personal data masked, e.g. {@code write to [email]}. */
  public String mask(String text) {
    List<MaskedSpan> spans = find(text);
    return spans.isEmpty() ? text : Masking.apply(text, spans);
  }

  /**
   * Phone numbers inside one candidate stretch: what libphonenumber finds there in any of the
   * regions, kept when written in international form ({@code +} or {@code 00}), or else when it has
   * at least {@link #MIN_NATIONAL_DIGITS} digits, a separator, and is not shaped like a date.
   */
  private void addPhones(Set<MaskedSpan> spans, String text, int from, int to) {
    if (digits(text, from, to) < MIN_NATIONAL_DIGITS - 2) {
      return;
    }
    String candidate = text.substring(from, to);
    for (String region : regions) {
      for (PhoneNumberMatch match :
          phones.findNumbers(candidate, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
        String raw = match.rawString();
        boolean international = raw.startsWith("+") || raw.startsWith("00");
        if (international
            || (digits(raw, 0, raw.length()) >= MIN_NATIONAL_DIGITS
                && SEPARATOR.matcher(raw).find()
                && !DATE_SHAPED.matcher(raw).find())) {
          spans.add(
              new MaskedSpan(MaskedSpan.Kind.PHONE, from + match.start(), from + match.end()));
        }
      }
    }
  }

  /**
   * The windows of the text in which a number of one of the kinds may lie, as {@code [from, to)}
   * pairs, sorted and disjoint. A match of any of them holds a digit, and all its characters but a
   * label and the {@code A} of an A-number are digits, white space or {@code ()+-./#:}: it lies
   * inside a maximal stretch of such characters that holds a digit. So the window of a stretch runs
   * from {@link #LABEL_CHARS} non-blank characters before it (the longest label, {@code alien
   * registration number}, has 23; the {@code A} is right before it) to its end. Windows that touch
   * are joined, so that every match lies inside one window and the patterns, run over each window
   * with transparent bounds, find what they find in the whole text, in the same order.
   */
  static int[] windows(String text) {
    int[] windows = new int[8];
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!inStretch(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean digit = false;
      while (i < n && inStretch(text.charAt(i))) {
        char c = text.charAt(i);
        digit |= c >= '0' && c <= '9';
        i++;
      }
      if (!digit) {
        continue;
      }
      int from = start;
      for (int seen = 0; from > 0 && seen < LABEL_CHARS; from--) {
        if (!Character.isWhitespace(text.charAt(from - 1))) {
          seen++;
        }
      }
      if (count > 0 && from <= windows[count - 1]) {
        windows[count - 1] = i;
      } else {
        if (count == windows.length) {
          windows = java.util.Arrays.copyOf(windows, count * 2);
        }
        windows[count++] = from;
        windows[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(windows, count);
  }

  /** Non-blank characters looked at before a stretch: more than any label has. */
  private static final int LABEL_CHARS = 26;

  /** Digits, white space (as {@code \\s} means it) and {@code ()+-./#:}. */
  private static boolean inStretch(char c) {
    return (c >= '0' && c <= '9')
        || c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '('
        || c == ')'
        || c == '+'
        || c == '-'
        || c == '.'
        || c == '/'
        || c == '#'
        || c == ':';
  }

  private static int digits(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        count++;
      }
    }
    return count;
  }

  private static void add(Set<MaskedSpan> spans, MaskedSpan.Kind kind, Matcher m, int group) {
    while (m.find()) {
      spans.add(new MaskedSpan(kind, m.start(group), m.end(group)));
    }
  }

  private static void add(Set<MaskedSpan> spans, MaskedSpan.Kind kind, Matcher m, String group) {
    while (m.find()) {
      spans.add(new MaskedSpan(kind, m.start(group), m.end(group)));
    }
  }
}
