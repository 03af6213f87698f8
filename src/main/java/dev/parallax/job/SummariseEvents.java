package dev.parallax.job;

import dev.parallax.events.EventCentroid;
import dev.parallax.events.EventFeatures;
import dev.parallax.events.EventSummaries;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * From clusters to events: stable event ids, each event's summary ({@link EventSummaries}: label,
 * dates, outlets, members), and the running centroids the nightly state keeps.
 */
public final class SummariseEvents {
  private SummariseEvents() {}

  /** Event ids for a plan with no earlier events: each cluster's own stable id. */
  public static Map<String, String> newEventIds(List<List<String>> clusters) {
    Map<String, String> eventOf = new HashMap<>();
    for (List<String> cluster : clusters) {
      String eventId = EventSummaries.eventIdOf(cluster);
      cluster.forEach(id -> eventOf.put(id, eventId));
    }
    return eventOf;
  }

  /** Summaries of the events of {@code articles}, given each article's event id. */
  public static JavaRDD<Event> summarise(
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      JavaPairRDD<String, EventFeatures> features,
      Map<String, String> eventOf,
      Set<String> copyIds) {
    Broadcast<Map<String, String>> events = context.broadcast(eventOf);
    Broadcast<Set<String>> copySet = context.broadcast(copyIds);
    // The label reads the title and the lead only: the rest of the text need not travel. Briefs
    // and features cross the join and the grouping as bytes (SerializedValues: Spark's
    // SizeEstimator walked their object graphs in the shuffle's maps).
    return articles
        .mapToPair(
            row -> new Tuple2<>(row.id(), SerializedValues.bytes(EventSummaries.Brief.of(row))))
        .join(features.mapValues(SerializedValues::bytes))
        .mapToPair(
            joined ->
                new Tuple2<>(
                    events.value().get(joined._1()),
                    new Tuple2<>(joined._2()._1(), joined._2()._2())))
        .groupByKey()
        .map(
            group -> {
              List<EventSummaries.Brief> members = new ArrayList<>();
              List<EventFeatures> memberFeatures = new ArrayList<>();
              group
                  ._2()
                  .forEach(
                      member -> {
                        members.add(SerializedValues.value(member._1()));
                        memberFeatures.add(SerializedValues.value(member._2()));
                      });
              return EventSummaries.of(group._1(), members, memberFeatures, copySet.value());
            })
        .persist(Storage.CACHED);
  }

  /** Running centroids of the events of featured articles, for the nightly state. */
  public static JavaRDD<EventCentroid> centroids(
      JavaSparkContext context,
      JavaPairRDD<String, EventFeatures> features,
      Map<String, String> eventOf) {
    Broadcast<Map<String, String>> events = context.broadcast(eventOf);
    return features
        .mapToPair(entry -> new Tuple2<>(events.value().get(entry._1()), entry._2()))
        .groupByKey()
        .map(
            group -> {
              List<EventFeatures> members = new ArrayList<>();
              group._2().forEach(members::add);
              return EventCentroid.of(group._1(), members);
            });
  }
}
