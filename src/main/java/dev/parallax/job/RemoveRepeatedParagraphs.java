package dev.parallax.job;

import dev.parallax.config.ConfigKeys;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.ingest.CopyFingerprint;
import dev.parallax.ingest.IngestOutcome;
import dev.parallax.ingest.RepeatedParagraphRule;
import dev.parallax.io.ArticleRow;
import dev.parallax.io.RejectRow;
import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import dev.parallax.model.WordCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Removes paragraphs that repeat across an outlet's articles ({@link RepeatedParagraphRule}); an
 * article left under the minimum length is rejected as too short. Articles with the same text are
 * found first ({@link CopyFingerprint#textKey}) and counted once: an outlet that publishes one body
 * three times keeps it, and the repeats become exact copies in syndication.
 */
public final class RemoveRepeatedParagraphs {
  private RemoveRepeatedParagraphs() {}

  /**
   * The accepted articles and every reject (both cached), and the groups of article ids that shared
   * a text as read (two or more ids each, sorted).
   */
  public record Result(
      JavaRDD<ArticleRow> articles,
      JavaRDD<RejectRow> rejects,
      List<List<String>> sameText,
      AcceptedCounts counts) {}

  public static Result apply(
      JavaSparkContext context,
      ReadArticles.Result read,
      ParallaxConfig config,
      Analyses analyses,
      RunRecord.Stage stage) {
    Cleaned cleaned =
        clean(
            context,
            read.unique(),
            new RepeatedParagraphRule(
                config.getInt(ConfigKeys.INGEST_BOILERPLATE_MIN_ARTICLES),
                config.getDouble(ConfigKeys.INGEST_BOILERPLATE_MIN_SHARE)),
            analyses.rules().minWords());
    JavaRDD<IngestOutcome> outcomes = cleaned.outcomes().persist(Storage.CACHED);
    JavaRDD<ArticleRow> articles = Outcomes.accepted(outcomes).persist(Storage.CACHED);
    JavaRDD<RejectRow> rejects =
        Outcomes.rejected(read.outcomes())
            .union(Outcomes.rejected(outcomes))
            .persist(Storage.CACHED);
    AcceptedCounts counts = AcceptedCounts.of(articles);
    stage.count("accepted", counts.byFile().values().stream().mapToLong(Long::longValue).sum());
    stage.count("rejected", rejects.count());
    stage.count("repeated_paragraph_kinds", cleaned.repeatedParagraphKinds());
    // Articles and rejects are cached and counted: the earlier copies can go.
    outcomes.unpersist();
    read.outcomes().unpersist();
    return new Result(articles, rejects, cleaned.sameText(), counts);
  }

  private record Cleaned(
      JavaRDD<IngestOutcome> outcomes, List<List<String>> sameText, long repeatedParagraphKinds) {}

  /** An article's distinct paragraph keys as one string: each key as "length:key". */
  static String paragraphKeys(ArticleRow row) {
    Set<String> keys = new java.util.TreeSet<>();
    for (String paragraph : row.getParagraphs()) {
      keys.add(RepeatedParagraphRule.key(paragraph));
    }
    StringBuilder joined = new StringBuilder();
    for (String key : keys) {
      joined.append(key.length()).append(':').append(key);
    }
    return joined.toString();
  }

  /** The keys of {@link #paragraphKeys}. */
  static List<String> keysOf(String joined) {
    List<String> keys = new ArrayList<>();
    int at = 0;
    while (at < joined.length()) {
      int colon = joined.indexOf(':', at);
      int length = Integer.parseInt(joined, at, colon, 10);
      keys.add(joined.substring(colon + 1, colon + 1 + length));
      at = colon + 1 + length;
    }
    return keys;
  }

  private static Cleaned clean(
      JavaSparkContext context,
      JavaRDD<ArticleRow> rows,
      RepeatedParagraphRule rule,
      int minWords) {
    JavaPairRDD<String, ArticleRow> byText =
        rows.mapToPair(row -> new Tuple2<>(CopyFingerprint.textKey(row.getParagraphs()), row));
    List<List<String>> sameText =
        byText
            .mapValues(ArticleRow::getId)
            .groupByKey()
            .values()
            .map(
                ids -> {
                  List<String> sorted = new ArrayList<>();
                  ids.forEach(sorted::add);
                  sorted.sort(null);
                  return sorted;
                })
            .filter(ids -> ids.size() > 1)
            .collect();
    // Each outlet's distinct texts: the paragraphs of a text published twice count once (those of
    // its first article by id). Only strings cross the shuffle: the paragraph keys of an article
    // travel as one string, which Spark's SizeEstimator sizes in one step (an ArticleRow's
    // object graph it walks field by field).
    JavaPairRDD<String, Tuple2<String, String>> distinctTexts =
        byText
            .mapToPair(
                keyed ->
                    new Tuple2<>(
                        keyed._2().getOutlet() + '\u0000' + keyed._1(),
                        new Tuple2<>(keyed._2().getId(), paragraphKeys(keyed._2()))))
            .reduceByKey(
                (first, second) -> first._1().compareTo(second._1()) <= 0 ? first : second);
    Map<String, Long> textsPerOutlet =
        distinctTexts.keys().map(key -> key.substring(0, key.indexOf('\u0000'))).countByValue();
    Broadcast<Map<String, Long>> outletSizes = context.broadcast(textsPerOutlet);
    List<String> repeated =
        distinctTexts
            .flatMapToPair(
                keyed -> {
                  String outlet = keyed._1().substring(0, keyed._1().indexOf('\u0000'));
                  List<Tuple2<String, Long>> pairs = new ArrayList<>();
                  for (String key : keysOf(keyed._2()._2())) {
                    pairs.add(new Tuple2<>(outlet + '\u0000' + key, 1L));
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
    return new Cleaned(outcomes, sameText, repeated.size());
  }
}
