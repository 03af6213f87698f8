package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Stemmed content terms of a text outside an analysed article (a claim's content, an evaluation
 * headline): the tokens of {@link Tokenizer}, stopwords left out, stemmed by {@link Stems} — the
 * same terms an {@link dev.parallax.model.AnalysedArticle} gives its tokens, and exactly what
 * Lucene's {@code EnglishAnalyzer} returns ("flooding", "floods", "flooded" → "flood").
 */
public final class Terms {
  private Terms() {}

  public static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    Tokenizer.tokens(
        text,
        0,
        (start, end) -> {
          String base = Stems.withoutPossessive(Tokenizer.form(text, start, end));
          if (!Stems.isStopword(base)) {
            terms.add(Stems.stem(base));
          }
        });
    return terms;
  }
}
