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

/**
 * Labels for the same referent ({@code labels.csv}): the referent mentions of each independent
 * article of a multi-outlet event (copies left out), grouped by event and aligned across outlets
 * (or outlet groups: {@link OutletSides}) by {@link ReferentLabels}. Only mentions travel, never
 * the article text.
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
    return comparedArticles
        .flatMapValues(
            row -> {
              List<ReferentLabels.Mention> found = new ArrayList<>();
              for (String sentence : TermCounts.sentences(row)) {
                found.addAll(labels.mentions(sides.of(row.outlet()), row.id(), sentence));
              }
              return found.iterator();
            })
        .groupByKey()
        .flatMap(
            event ->
                ReferentLabels.align(event._2()).stream()
                    .map(label -> new Row(event._1(), label))
                    .iterator());
  }
}
