package org.vigilance.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** {@link Folding} gives exactly the tokens of Lucene's {@link ICUFoldingFilter}. */
class FoldingTest {
  @Example
  void folds_every_ascii_character_as_icu_does() throws IOException {
    for (char c = 0; c < 128; c++) {
      String value = "A" + c + "b";
      assertThat(keywordTokens(value, Folding::new))
          .as("character %d", (int) c)
          .isEqualTo(keywordTokens(value, ICUFoldingFilter::new));
      assertThat(Folding.fold(value)).isEqualTo(ICUFoldingFilter.NORMALIZER.normalize(value));
    }
  }

  @Example
  void folds_case_and_accents() {
    assertThat(Folding.fold("Ministère de l'Intérieur")).isEqualTo("ministere de l'interieur");
    assertThat(Folding.fold("STRASSE Straße")).isEqualTo("strasse strasse");
    assertThat(Folding.fold("a^b`c")).isEqualTo("abc");
  }

  @Property(tries = 2000)
  void gives_the_tokens_icu_folding_gives(@ForAll("texts") String text) throws IOException {
    assertThat(icuTokens(text, Folding::new)).isEqualTo(icuTokens(text, ICUFoldingFilter::new));
    assertThat(keywordTokens(text, Folding::new))
        .isEqualTo(keywordTokens(text, ICUFoldingFilter::new));
    assertThat(Folding.fold(text)).isEqualTo(ICUFoldingFilter.NORMALIZER.normalize(text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
            Arbitraries.strings().ascii().ofMaxLength(12),
            Arbitraries.strings().all().ofMaxLength(6),
            Arbitraries.of(
                "Ministère",
                "ÉCOLE",
                "Straße",
                "İstanbul",
                "ﬁnance",
                "Ｆｕｌｌ",
                "Москва",
                "北京",
                "naïve",
                "O'Brien",
                "co-operate",
                "^",
                "`",
                "x^2",
                " ",
                "\t",
                "é",
                "Ǆ"))
        .list()
        .ofMaxSize(8)
        .map(list -> String.join(" ", list));
  }

  private static List<String> icuTokens(String text, Function<TokenStream, TokenStream> folding)
      throws IOException {
    return tokens(new ICUTokenizer(), text, folding);
  }

  private static List<String> keywordTokens(String text, Function<TokenStream, TokenStream> folding)
      throws IOException {
    return tokens(new KeywordTokenizer(), text, folding);
  }

  private static List<String> tokens(
      Tokenizer tokenizer, String text, Function<TokenStream, TokenStream> folding)
      throws IOException {
    tokenizer.setReader(new StringReader(text));
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = folding.apply(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }
}
