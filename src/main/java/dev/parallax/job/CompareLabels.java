package dev.parallax.job;

import dev.parallax.events.EventSummary;
import dev.parallax.io.ArticleRow;
import dev.parallax.wording.ReferentLabels;
import dev.parallax.wording.TermCounts;
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
 * Labels for the same referent ({@code labels.csv}): the referent mentions of each independent
 * article of a multi-outlet event (copies left out), grouped by event and aligned across outlets by
 * {@link ReferentLabels}. Only mentions travel, never the article text.
 */
public final class CompareLabels {
  private CompareLabels() {}

  /** One labels.csv row. */
  public record Row(String eventId, ReferentLabels.Label label) implements java.io.Serializable {}

  public static JavaRDD<Row> apply(
      JavaSparkContext context,
      JavaRDD<ArticleRow> articles,
      Map<String, String> eventOf,
      JavaRDD<EventSummary> events,
      Set<String> copyIds,
      Set<String> languages,
      ReferentLabels labels) {
    Set<String> compared =
        new HashSet<>(
            events
                .filter(event -> event.outlets().size() >= 2)
                .map(EventSummary::eventId)
                .collect());
    Broadcast<Set<String>> comparedEvents = context.broadcast(compared);
    Broadcast<Map<String, String>> eventIds = context.broadcast(eventOf);
    Broadcast<Set<String>> copies = context.broadcast(copyIds);
    return articles
        .filter(
            row ->
                languages.contains(row.getLanguage())
                    && !copies.value().contains(row.getId())
                    && comparedEvents.value().contains(eventIds.value().get(row.getId())))
        .flatMapToPair(
            row -> {
              String eventId = eventIds.value().get(row.getId());
              List<Tuple2<String, ReferentLabels.Mention>> found = new ArrayList<>();
              for (String sentence : TermCounts.sentences(row.toArticle())) {
                for (ReferentLabels.Mention mention :
                    labels.mentions(row.getOutlet(), row.getId(), sentence)) {
                  found.add(new Tuple2<>(eventId, mention));
                }
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
