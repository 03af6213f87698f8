package dev.parallax.job;

import dev.parallax.events.EventCentroid;
import dev.parallax.events.EventFeatures;
import dev.parallax.events.EventSettings;
import dev.parallax.events.EventSummaries;
import dev.parallax.io.StateEventRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Nightly: each of the day's clusters joins the earlier event it is most similar to by the
 * average-link rule ({@link EventCentroid#averageSimilarity}), if that reaches the threshold, and
 * keeps that event's id; else it opens a new event. Earlier events are compared only when they
 * share a top feature with the cluster; the day's centroids are few and travel to the executors,
 * earlier events stay distributed.
 */
public final class JoinEarlierEvents {
  private JoinEarlierEvents() {}

  /** Event ids of the day's articles, and the centroids of every event the day touched. */
  public record Result(Map<String, String> eventOf, List<EventCentroid> touched, int joined) {}

  public static Result apply(
      JavaSparkContext context,
      ClusterEvents.Plan plan,
      JavaRDD<StateEventRow> earlier,
      EventSettings settings) {
    Map<String, Integer> clusterOf = new HashMap<>();
    for (int i = 0; i < plan.clusters().size(); i++) {
      for (String id : plan.clusters().get(i)) {
        clusterOf.put(id, i);
      }
    }
    Broadcast<Map<String, Integer>> clusters = context.broadcast(clusterOf);
    Map<Integer, EventCentroid> dayCentroids =
        new TreeMap<>(
            plan.features()
                .mapToPair(entry -> new Tuple2<>(clusters.value().get(entry._1()), entry._2()))
                .groupByKey()
                .mapToPair(
                    group -> {
                      List<EventFeatures> members = new ArrayList<>();
                      group._2().forEach(members::add);
                      return new Tuple2<>(
                          group._1(), EventCentroid.of("day-" + group._1(), members));
                    })
                .collectAsMap());
    int keys = settings.blockingKeys();
    Map<Integer, List<Integer>> clustersByFeature = new HashMap<>();
    dayCentroids.forEach(
        (index, centroid) -> {
          for (int feature : centroid.topFeatures(keys)) {
            clustersByFeature.computeIfAbsent(feature, f -> new ArrayList<>()).add(index);
          }
        });
    Broadcast<Map<Integer, EventCentroid>> day = context.broadcast(dayCentroids);
    Broadcast<Map<Integer, List<Integer>>> byFeature = context.broadcast(clustersByFeature);
    double threshold = settings.threshold();
    Map<Integer, Tuple2<String, Double>> best =
        earlier
            .map(StateEventRow::toCentroid)
            .flatMapToPair(
                event -> {
                  Set<Integer> candidates = new HashSet<>();
                  for (int feature : event.topFeatures(keys)) {
                    candidates.addAll(byFeature.value().getOrDefault(feature, List.of()));
                  }
                  List<Tuple2<Integer, Tuple2<String, Double>>> matches = new ArrayList<>();
                  for (int candidate : candidates) {
                    double similarity =
                        day.value().get(candidate).averageSimilarity(event, settings);
                    if (similarity >= threshold) {
                      matches.add(
                          new Tuple2<>(candidate, new Tuple2<>(event.eventId(), similarity)));
                    }
                  }
                  return matches.iterator();
                })
            .reduceByKey(
                (a, b) ->
                    a._2() > b._2() || a._2().equals(b._2()) && a._1().compareTo(b._1()) < 0
                        ? a
                        : b)
            .collectAsMap();
    Set<String> joinedIds = new HashSet<>();
    best.values().forEach(match -> joinedIds.add(match._1()));
    Map<String, EventCentroid> touched = new TreeMap<>();
    earlier
        .filter(row -> joinedIds.contains(row.getEventId()))
        .map(StateEventRow::toCentroid)
        .collect()
        .forEach(event -> touched.put(event.eventId(), event));
    Map<String, String> eventOf = new HashMap<>();
    for (Map.Entry<Integer, EventCentroid> entry : dayCentroids.entrySet()) {
      List<String> members = plan.clusters().get(entry.getKey());
      Tuple2<String, Double> match = best.get(entry.getKey());
      String eventId = match != null ? match._1() : EventSummaries.eventIdOf(members);
      members.forEach(id -> eventOf.put(id, eventId));
      EventCentroid dayPart = entry.getValue();
      EventCentroid sum = touched.get(eventId);
      touched.put(
          eventId,
          sum == null ? EventCentroid.of(eventId, List.of()).plus(dayPart) : sum.plus(dayPart));
    }
    return new Result(eventOf, new ArrayList<>(touched.values()), best.size());
  }
}
