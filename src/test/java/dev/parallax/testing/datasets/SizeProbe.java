package dev.parallax.testing.datasets;

import dev.parallax.claims.ArticleClaims;
import dev.parallax.io.ArticleRow;
import dev.parallax.job.Analyses;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.testing.SampleArticles;
import dev.parallax.testing.TestRules;
import dev.parallax.text.TextAnalyzer;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Developer tool: serialized sizes of the cached records on a folder of articles. */
public final class SizeProbe {
  public static void main(String[] args) throws Exception {
    List<Article> articles = SampleArticles.read(Path.of(args[0]));
    List<ArticleRow> rows = new ArrayList<>();
    List<AnalysedArticle> analysed = new ArrayList<>();
    List<ArticleClaims> claims = new ArrayList<>();
    Analyses analyses = Analyses.load(TestRules.config(Map.of()), TestRules.rules());
    for (Article article : articles) {
      rows.add(ArticleRow.of(article, false));
      AnalysedArticle one = TextAnalyzer.analyse(article);
      analysed.add(one);
      claims.add(analyses.claims().analyse(one));
    }
    System.out.printf("articles %d%n", articles.size());
    System.out.printf("ArticleRow bytes %d%n", size(rows));
    System.out.printf("AnalysedArticle bytes %d%n", size(analysed));
    System.out.printf("ArticleClaims bytes %d%n", size(claims));
  }

  private static long size(List<?> items) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      for (Object item : items) {
        out.writeObject(item);
      }
    }
    return bytes.size();
  }
}
