package dev.parallax.job;

import dev.parallax.ingest.IngestOutcome;
import dev.parallax.ingest.RepeatedParagraphRule;
import dev.parallax.io.ArticleRow;
import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import dev.parallax.model.WordCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Removes paragraphs that repeat across an outlet's articles ({@link RepeatedParagraphRule}); an
 * article left under the minimum length is rejected as too short.
 */
public final class RemoveRepeatedParagraphs {
  private RemoveRepeatedParagraphs() {}

  /** The cleaned outcomes, and how many paragraphs were removed. */
  public record Result(JavaRDD<IngestOutcome> outcomes, long repeatedParagraphKinds) {}

  public static Result apply(
      JavaSparkContext context,
      JavaRDD<ArticleRow> rows,
      RepeatedParagraphRule rule,
      int minWords) {
    Map<String, Long> articlesPerOutlet = rows.map(ArticleRow::getOutlet).countByValue();
    Broadcast<Map<String, Long>> outletSizes = context.broadcast(articlesPerOutlet);
    List<String> repeated =
        rows.flatMapToPair(
                row -> {
                  Set<String> keys = new HashSet<>();
                  for (String paragraph : row.getParagraphs()) {
                    keys.add(row.getOutlet() + '\u0000' + RepeatedParagraphRule.key(paragraph));
                  }
                  List<Tuple2<String, Long>> pairs = new ArrayList<>(keys.size());
                  for (String key : keys) {
                    pairs.add(new Tuple2<>(key, 1L));
                  }
                  return pairs.iterator();
                })
            .reduceByKey(Long::sum)
            .filter(
                keyAndCount -> {
                  String outlet = keyAndCount._1().substring(0, keyAndCount._1().indexOf('\u0000'));
                  return rule.isBoilerplate(keyAndCount._2(), outletSizes.value().get(outlet));
                })
            .keys()
            .collect();
    Broadcast<Set<String>> boilerplate = context.broadcast(new HashSet<>(repeated));
    JavaRDD<IngestOutcome> outcomes =
        rows.map(
            row -> {
              List<String> kept = new ArrayList<>();
              for (String paragraph : row.getParagraphs()) {
                String key = row.getOutlet() + '\u0000' + RepeatedParagraphRule.key(paragraph);
                if (!boilerplate.value().contains(key)) {
                  kept.add(paragraph);
                }
              }
              if (kept.size() == row.getParagraphs().size()) {
                return new IngestOutcome.Accepted(row.toArticle(), row.isRepairedUtf8());
              }
              int words = WordCount.of(kept);
              if (words < minWords) {
                return new IngestOutcome.Rejected(
                    new Reject(
                        row.getSourceFile(),
                        row.getRecord(),
                        row.getId(),
                        "text",
                        RejectReason.TOO_SHORT,
                        "text has "
                            + words
                            + " words after removing the outlet's repeated paragraphs, under"
                            + " ingest.min-words="
                            + minWords,
                        String.join(" ", row.getParagraphs())));
              }
              return new IngestOutcome.Accepted(
                  row.toArticle().withParagraphs(kept), row.isRepairedUtf8());
            });
    return new Result(outcomes, repeated.size());
  }
}
