package org.vigilance.search.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.jspecify.annotations.Nullable;

/**
 * The analysis chains: a base chain (ICU tokenisation, ICU folding ({@link Folding}): lower case,
 * no accents) for every text, one stemming chain per supported language, and a keyword chain (the
 * whole value, folded) for filters and normalised names.
 */
final class Analysis {
  /** Languages with a stemmed field, as ISO 639-1 codes. */
  static final List<String> LANGUAGES = List.of("en", "fr", "es", "de");

  private static final Map<String, String> LANGUAGE_CODES =
      Map.ofEntries(
          Map.entry("en", "en"),
          Map.entry("eng", "en"),
          Map.entry("english", "en"),
          Map.entry("fr", "fr"),
          Map.entry("fra", "fr"),
          Map.entry("fre", "fr"),
          Map.entry("french", "fr"),
          Map.entry("es", "es"),
          Map.entry("spa", "es"),
          Map.entry("spanish", "es"),
          Map.entry("de", "de"),
          Map.entry("deu", "de"),
          Map.entry("ger", "de"),
          Map.entry("german", "de"));

  private Analysis() {}

  /**
   * The ISO 639-1 code of a language name or code when it is one of ours, else the value folded.
   */
  static String languageCode(String value) {
    String lower = value.trim().toLowerCase(Locale.ROOT);
    return LANGUAGE_CODES.getOrDefault(lower, lower);
  }

  /** The stemmed language of a document's language, or null when none is supported. */
  static @Nullable String stemmedLanguage(@Nullable String language) {
    if (language == null) {
      return null;
    }
    String code = languageCode(language);
    return LANGUAGES.contains(code) ? code : null;
  }

  /** ICU tokens, folded. */
  static final Analyzer BASE =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new ICUTokenizer();
          return new TokenStreamComponents(source, new Folding(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
          return new Folding(in);
        }
      };

  /** The whole value as one token, folded. */
  static final Analyzer KEYWORD =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, new Folding(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
          return new Folding(in);
        }
      };

  /** ICU tokens, stemmed for a language, then folded. */
  static Analyzer stemming(String language) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream stream = source;
        switch (language) {
          case "en" -> {
            stream = new EnglishPossessiveFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new PorterStemFilter(stream);
          }
          case "fr" -> {
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new FrenchLightStemFilter(stream);
          }
          case "es" -> {
            stream = new LowerCaseFilter(stream);
            stream = new SpanishLightStemFilter(stream);
          }
          case "de" -> {
            stream = new LowerCaseFilter(stream);
            stream = new GermanNormalizationFilter(stream);
            stream = new GermanLightStemFilter(stream);
          }
          default -> throw new IllegalArgumentException("no stemmer for " + language);
        }
        return new TokenStreamComponents(source, new Folding(stream));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new Folding(in);
      }
    };
  }

  /** The analyzer of every field of the index (base unless named). */
  static Analyzer perField() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (String language : LANGUAGES) {
      fields.put(Fields.text(language), stemming(language));
    }
    for (String keyword : Fields.KEYWORD_FIELDS) {
      fields.put(keyword, KEYWORD);
    }
    return new PerFieldAnalyzerWrapper(BASE, fields);
  }

  /**
   * A name in normalised form: folded (lower case, no accents), punctuation dropped, spacing
   * collapsed; so "Palantir Technologies, Inc." and "palantir technologies inc" are the same.
   */
  static String nameKey(String name) {
    return fold(name).replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
  }

  /** A value as the keyword chain makes it: folded (lower case, no accents). */
  static String fold(String value) {
    return Folding.fold(value);
  }
}
