package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.testing.SampleArticles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The shared tokenizer and stemmer give exactly the terms of Lucene's EnglishAnalyzer, the
 * typographic apostrophe aside (the text stage writes ’ as ').
 */
class TermsTest {
  private static final Analyzer ENGLISH = new EnglishAnalyzer();

  private static List<String> english(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = ENGLISH.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void examples() {
    assertThat(Terms.of("Flooding floods the flooded town"))
        .containsExactly("flood", "flood", "flood", "town");
    assertThat(Terms.of("Keld’s so-called army, the U.S. and 4.25%"))
        .containsExactly("keld", "so", "call", "armi", "u.", "4.25");
  }

  @Test
  void sameAsEnglishAnalyzerOnTheSample() throws IOException {
    for (Article article : SampleArticles.read()) {
      String text = article.title() + "\n\n" + article.text();
      assertThat(Terms.of(text)).as(article.id()).isEqualTo(english(text.replace('’', '\'')));
    }
  }

  @Test
  void sameAsEnglishAnalyzerOnRandomText() throws IOException {
    String[] pieces = {
      "The",
      "minister's",
      "Minister’s",
      "ARMY",
      "so-called",
      "U.S.",
      "e.g.",
      "4.25",
      "3,000",
      "don't",
      "it’s",
      "café",
      "naïve",
      "İstanbul",
      "x",
      "'s",
      "’",
      "\"",
      "“",
      "”",
      "—",
      "-",
      ".",
      ",",
      "(SWA)",
      "#1",
      "@user",
      "https://example.org/a?b=c",
      "日本",
      "😀",
      "A.B.C",
      "o'clock",
      "ΣΊΣΥΦΟΣ",
      "straße",
      "and",
      "the",
      "flooding",
      "generously",
      "hopping"
    };
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(30);
      for (int i = 0; i < words; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
        text.append(random.nextInt(5) == 0 ? "" : random.nextInt(8) == 0 ? "\n\n" : " ");
      }
      assertThat(Terms.of(text.toString()))
          .as(text.toString())
          .isEqualTo(english(text.toString().replace('’', '\'')));
    }
  }
}
