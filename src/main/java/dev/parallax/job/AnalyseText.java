package dev.parallax.job;

import dev.parallax.io.ArticleRow;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.text.TextAnalyzer;
import org.apache.spark.api.java.JavaRDD;

/**
 * The text stage: every accepted, cleaned article analysed once ({@link TextAnalyzer}) into the
 * {@link AnalysedArticle} that every analysis reads. The result is cached.
 */
public final class AnalyseText {
  private AnalyseText() {}

  public static JavaRDD<AnalysedArticle> apply(JavaRDD<ArticleRow> articles) {
    return articles.map(row -> TextAnalyzer.analyse(row.toArticle())).persist(Storage.CACHED);
  }

  /** Sentences and tokens of the analysed articles, counted in one pass. */
  static long[] sentencesAndTokens(JavaRDD<AnalysedArticle> analysed) {
    return analysed
        .map(article -> new long[] {article.sentenceCount(), article.tokenCount()})
        .fold(new long[] {0, 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
  }
}
