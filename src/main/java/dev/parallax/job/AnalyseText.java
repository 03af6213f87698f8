package dev.parallax.job;

import dev.parallax.io.ArticleRow;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.text.TextAnalyzer;
import org.apache.spark.api.java.JavaRDD;

/**
 * The text stage: every accepted, cleaned article analysed once ({@link TextAnalyzer}) into the
 * {@link AnalysedArticle} that every analysis reads. The result is cached, in place of the rows it
 * was made from.
 */
public final class AnalyseText {
  private AnalyseText() {}

  public static JavaRDD<AnalysedArticle> apply(
      JavaRDD<ArticleRow> articles, RunRecord.Stage stage) {
    JavaRDD<AnalysedArticle> analysed =
        articles.map(row -> TextAnalyzer.analyse(row.toArticle())).persist(Storage.CACHED);
    // Articles, sentences and tokens counted in one pass, which also fills the cache.
    long[] counts =
        analysed
            .map(article -> new long[] {1, article.sentenceCount(), article.tokenCount()})
            .fold(
                new long[] {0, 0, 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    stage.count("articles", counts[0]);
    stage.count("sentences", counts[1]);
    stage.count("tokens", counts[2]);
    // The analysed articles hold the articles: the cleaned rows can leave the cache.
    articles.unpersist();
    return analysed;
  }
}
