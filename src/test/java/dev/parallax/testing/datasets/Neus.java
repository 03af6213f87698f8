package dev.parallax.testing.datasets;

import dev.parallax.model.Article;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SampleArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NeuS dev (Lee et al., NAACL 2022): AllSides stories told by a left-, a centre- and a right-rated
 * outlet, already in Parallax's JSON Lines input with {@code gold.csv}. With {@code sameDay}, every
 * date is set to one day, so that only the texts can tell the stories apart.
 */
public final class Neus {
  private Neus() {}

  public static LabelledCorpus load(Path folder, boolean sameDay) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (Article article : SampleArticles.read(folder.resolve("articles.jsonl"))) {
      articles.add(
          sameDay && article.published() != null
              ? new Article(
                  article.id(),
                  article.outlet(),
                  article.url(),
                  article.title(),
                  java.time.Instant.parse("2021-06-01T00:00:00Z"),
                  article.dateSource(),
                  article.language(),
                  article.paragraphs(),
                  article.declaredSource(),
                  article.sourceFile(),
                  article.record())
              : article);
    }
    Map<String, String> gold = new LinkedHashMap<>();
    for (Map<String, String> row : Reports.read(folder.resolve("gold.csv"))) {
      gold.put(row.get("article_id"), row.get("event_id"));
    }
    return new LabelledCorpus(articles, gold);
  }
}
