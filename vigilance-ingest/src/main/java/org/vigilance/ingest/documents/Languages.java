package org.vigilance.ingest.documents;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.ingest.ftm.FtmSchemaLoader;

/**
 * The language of a text (optimaize's n-gram detector over its 71 built-in profiles), as the ISO
 * 639-3 code the FtM model knows ({@code eng}, {@code fra}). A text with fewer than {@link
 * #MIN_LETTERS} letters, or whose most likely language has a probability under {@link
 * #MIN_PROBABILITY}, has none. Only the first {@link #SAMPLE_CHARS} characters are looked at (a
 * document's language is that of the most pages, for a PDF). Thread-safe; the profiles are loaded
 * on first use.
 */
final class Languages {
  static final int MIN_LETTERS = 40;
  static final double MIN_PROBABILITY = 0.90;
  static final int SAMPLE_CHARS = 1_500;

  private Languages() {}

  static final class Holder {
    static final LanguageDetector DETECTOR = detector();
    static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

    /**
     * The same without its first filter, which blanks URLs ({@code https?://...}) and e-mail
     * addresses with regular expressions: it changes nothing in a text with neither {@code http}
     * nor {@code @}, and takes about half the detection's time on one.
     */
    static final TextObjectFactory PLAIN_TEXTS =
        new TextObjectFactoryBuilder()
            .maxTextLength(10_000)
            .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3))
            .build();

    static final Set<String> KNOWN =
        FtmSchemaLoader.loadDefault().vocabulary(PropertyType.LANGUAGE);

    private static LanguageDetector detector() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("the language profiles cannot be read", e);
      }
    }
  }

  /** The language of the text, when it can be told. */
  static Optional<String> detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS) {
      return Optional.empty();
    }
    TextObjectFactory texts =
        sample.indexOf('@') < 0 && !sample.contains("http") ? Holder.PLAIN_TEXTS : Holder.TEXTS;
    List<DetectedLanguage> found = Holder.DETECTOR.getProbabilities(texts.forText(sample));
    if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
      return Optional.empty();
    }
    return iso3(found.get(0).getLocale().getLanguage());
  }

  /** The language most pages have (the first of those tied), when any page has one. */
  static Optional<String> mostCommon(List<@Nullable String> languages) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String language : languages) {
      if (language != null) {
        counts.merge(language, 1, Integer::sum);
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > most) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The model's code for a language tag ({@code en}, {@code fr-FR}, {@code fra}), when the model
   * knows it.
   */
  static Optional<String> iso3(String tag) {
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    if (language.isEmpty()) {
      return Optional.empty();
    }
    try {
      String code = Locale.of(language).getISO3Language();
      return Holder.KNOWN.contains(code) ? Optional.of(code) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
