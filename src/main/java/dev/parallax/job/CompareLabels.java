package dev.parallax.job;

import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.ReferentLabel;
import dev.parallax.wording.OutletSides;
import dev.parallax.wording.ReferentLabels;
import dev.parallax.wording.TermCounts;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Labels for the same referent ({@code labels.csv}): the referent mentions of each independent
 * article of a multi-outlet event (copies left out), grouped by event and aligned across outlets
 * (or outlet groups: {@link OutletSides}) by {@link ReferentLabels}. Only mentions travel, never
 * the article text; an article's name labels travel once each, with their uses counted.
 */
public final class CompareLabels {
  private CompareLabels() {}

  /** One labels.csv row. */
  public record Row(String eventId, ReferentLabel label) implements java.io.Serializable {}

  /**
   * @param comparedArticles independent (not copied) articles of multi-outlet events in the
   *     analysis languages, keyed by event: {@link ScoreDistinctiveTerms.Result#comparedArticles}
   */
  public static JavaRDD<Row> apply(
      JavaPairRDD<String, AnalysedArticle> comparedArticles,
      ReferentLabels labels,
      OutletSides sides) {
    // The labels hold the part-of-speech lexicon (over a megabyte): broadcast once, not shipped
    // and read again with every task.
    Broadcast<ReferentLabels> shared =
        JavaSparkContext.fromSparkContext(comparedArticles.context()).broadcast(labels);
    // An article's mentions cross the grouping as bytes (SerializedValues): Spark's SizeEstimator
    // walking them was 40% of the wording stage's CPU samples.
    JavaPairRDD<String, ArrayList<ReferentLabels.Mention>> mentions =
        comparedArticles.mapValues(
            row ->
                new ArrayList<>(
                    shared
                        .value()
                        .articleMentions(
                            sides.of(row.outlet()), row.id(), TermCounts.sentences(row))));
    return SerializedValues.groupByKey(mentions)
        .flatMap(
            event -> {
              List<ReferentLabels.Mention> all = new ArrayList<>();
              for (List<ReferentLabels.Mention> article : event._2()) {
                all.addAll(article);
              }
              return shared.value().alignEvent(all).stream()
                  .map(label -> new Row(event._1(), label))
                  .iterator();
            });
  }
}
