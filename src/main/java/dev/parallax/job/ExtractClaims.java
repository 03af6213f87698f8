package dev.parallax.job;

import dev.parallax.claims.ClaimAligner;
import dev.parallax.claims.ClaimCluster;
import dev.parallax.claims.ClaimExtractor;
import dev.parallax.claims.ClaimMention;
import dev.parallax.events.EventSummary;
import dev.parallax.io.ArticleRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Extracts each article's claims (English and other analysis languages only), groups them by event,
 * and aligns them across outlets into the claim × outlet matrix.
 */
public final class ExtractClaims {
  private ExtractClaims() {}

  /** Every mention (for the attribution-verb report) and the aligned claims. */
  public record Result(JavaRDD<ClaimMention> mentions, JavaRDD<ClaimCluster> claims) {}

  public static Result apply(
      JavaSparkContext context,
      JavaRDD<ArticleRow> articles,
      Map<String, String> eventOf,
      JavaRDD<EventSummary> events,
      ClaimExtractor extractor,
      ClaimAligner aligner,
      Set<String> languages,
      int minOutlets) {
    Set<String> compared =
        new java.util.HashSet<>(
            events
                .filter(event -> event.outlets().size() >= minOutlets)
                .map(EventSummary::eventId)
                .collect());
    Broadcast<Set<String>> comparedEvents = context.broadcast(compared);
    Broadcast<Map<String, String>> eventIds = context.broadcast(eventOf);
    JavaPairRDD<String, ClaimMention> mentions =
        articles
            .filter(
                row ->
                    languages.contains(row.getLanguage())
                        && comparedEvents.value().contains(eventIds.value().get(row.getId())))
            .flatMapToPair(
                row -> {
                  String eventId = eventIds.value().get(row.getId());
                  List<Tuple2<String, ClaimMention>> found = new ArrayList<>();
                  for (ClaimMention mention : extractor.extract(row.toArticle())) {
                    found.add(new Tuple2<>(eventId, mention));
                  }
                  return found.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, List<String>> outlets =
        events.mapToPair(event -> new Tuple2<>(event.eventId(), event.outlets()));
    JavaRDD<ClaimCluster> claims =
        mentions
            .groupByKey()
            .join(outlets)
            .flatMap(
                group -> {
                  List<ClaimMention> members = new ArrayList<>();
                  group._2()._1().forEach(members::add);
                  return aligner.align(group._1(), members, group._2()._2()).iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new Result(mentions.values(), claims);
  }
}
