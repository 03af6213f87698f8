package dev.parallax.job;

import dev.parallax.events.ArticleTerms;
import dev.parallax.events.DocumentFrequencies;
import dev.parallax.events.EventFeatures;
import dev.parallax.events.EventPlanner;
import dev.parallax.events.EventSettings;
import dev.parallax.events.EventSummary;
import dev.parallax.events.LinkConstraints;
import dev.parallax.events.SimilarityEdge;
import dev.parallax.io.ArticleRow;
import dev.parallax.model.Article;
import dev.parallax.model.Syndication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Groups articles into events. Spark computes document frequencies, TF-IDF features, blocks
 * (articles meet only when they share one of their top features, in blocks of at most {@code
 * events.max-block}) and the similarities of candidate pairs; the core clusters the similarity
 * graph by average link on the driver (edges only, never article text) and summarises each event in
 * a grouped pass.
 */
public final class ClusterEvents {
  private ClusterEvents() {}

  /** Events, and the number of candidate pairs compared. */
  public record Result(
      JavaRDD<EventSummary> events, long comparedPairs, long edges, int correctionConflicts) {}

  public static Result apply(
      JavaSparkContext context,
      JavaRDD<ArticleRow> articles,
      List<Syndication> copies,
      EventSettings settings,
      LinkConstraints corrections) {
    JavaRDD<ArticleTerms> terms =
        articles
            .map(row -> ArticleTerms.of(row.toArticle()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    DocumentFrequencies frequencies =
        terms.treeAggregate(
            new DocumentFrequencies(), DocumentFrequencies::add, DocumentFrequencies::merge);
    Broadcast<DocumentFrequencies> idf = context.broadcast(frequencies);
    int keys = settings.blockingKeys();
    JavaPairRDD<String, EventFeatures> features =
        terms
            .mapToPair(
                term -> new Tuple2<>(term.articleId(), EventFeatures.of(term, idf.value(), keys)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    int maxBlock = settings.maxBlock();
    JavaPairRDD<String, String> pairs =
        features
            .flatMapToPair(
                entry -> {
                  List<Tuple2<Integer, String>> memberships = new ArrayList<>();
                  for (int key : entry._2().blockingKeys()) {
                    memberships.add(new Tuple2<>(key, entry._1()));
                  }
                  return memberships.iterator();
                })
            .groupByKey()
            .flatMapToPair(
                block -> {
                  List<String> members = new ArrayList<>();
                  block._2().forEach(members::add);
                  List<Tuple2<String, String>> candidates = new ArrayList<>();
                  if (members.size() <= maxBlock) {
                    members.sort(null);
                    for (int i = 0; i < members.size(); i++) {
                      for (int j = i + 1; j < members.size(); j++) {
                        candidates.add(new Tuple2<>(members.get(i), members.get(j)));
                      }
                    }
                  }
                  return candidates.iterator();
                })
            .distinct();
    double floor = EventPlanner.EDGE_FLOOR * settings.threshold();
    JavaRDD<SimilarityEdge> scored =
        pairs
            .join(features)
            .mapToPair(
                pair -> new Tuple2<>(pair._2()._1(), new Tuple2<>(pair._1(), pair._2()._2())))
            .join(features)
            .map(
                pair ->
                    SimilarityEdge.of(
                        pair._2()._1()._1(),
                        pair._1(),
                        pair._2()._1()._2().similarity(pair._2()._2(), settings)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long compared = scored.count();
    List<SimilarityEdge> edges = scored.filter(edge -> edge.similarity() >= floor).collect();
    scored.unpersist();
    Map<String, String> copyOf = new HashMap<>();
    Set<String> copyIds = new HashSet<>();
    for (Syndication copy : copies) {
      copyIds.add(copy.articleId());
      if (copy.originalId() != null) {
        copyOf.put(copy.articleId(), copy.originalId());
      }
    }
    List<String> ids = terms.map(ArticleTerms::articleId).collect();
    LinkConstraints constraints = corrections.withCopies(copyOf);
    List<List<String>> clusters = EventPlanner.cluster(ids, edges, constraints, settings);
    Map<String, String> eventOf = new HashMap<>();
    for (List<String> cluster : clusters) {
      String eventId = EventSummary.eventIdOf(cluster);
      cluster.forEach(id -> eventOf.put(id, eventId));
    }
    Broadcast<Map<String, String>> events = context.broadcast(eventOf);
    Broadcast<Set<String>> copySet = context.broadcast(copyIds);
    JavaRDD<EventSummary> summaries =
        articles
            .mapToPair(row -> new Tuple2<>(row.getId(), row.toArticle()))
            .join(features)
            .mapToPair(
                joined ->
                    new Tuple2<>(
                        events.value().get(joined._1()),
                        new Tuple2<>(joined._2()._1(), joined._2()._2())))
            .groupByKey()
            .map(
                group -> {
                  List<Article> members = new ArrayList<>();
                  List<EventFeatures> memberFeatures = new ArrayList<>();
                  group
                      ._2()
                      .forEach(
                          member -> {
                            members.add(member._1());
                            memberFeatures.add(member._2());
                          });
                  return EventSummary.of(group._1(), members, memberFeatures, copySet.value());
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    terms.unpersist();
    return new Result(summaries, compared, edges.size(), constraints.conflicts().size());
  }
}
