package dev.parallax.job;

import dev.parallax.events.DocumentFrequencies;
import dev.parallax.events.EventFeatures;
import dev.parallax.events.EventSettings;
import dev.parallax.io.ArticleRow;
import dev.parallax.io.EventStateStore;
import dev.parallax.io.StateArticleRow;
import dev.parallax.io.StateEventRow;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Event;
import dev.parallax.model.Syndication;
import dev.parallax.text.LinkConstraints;
import dev.parallax.text.SentenceVectors;
import dev.parallax.text.TextAnalyzer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The events stage of a run: clusters the run's articles; with a nightly state, joins the day's
 * clusters to earlier events (ids never change) and reports every event that received articles
 * today with all its articles so far; prepares the next snapshot.
 */
public final class FindEvents {
  private FindEvents() {}

  /**
   * Summaries to report; the articles of the reported events, each with its event id; the snapshot
   * to write (none without a state folder).
   */
  public record Outcome(
      JavaRDD<Event> events,
      JavaRDD<AnalysedArticle> reportedArticles,
      Optional<Runnable> writeState) {}

  public static Outcome apply(
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      List<Syndication> copies,
      EventSettings settings,
      LinkConstraints corrections,
      Optional<SentenceVectors> vectors,
      Optional<EventStateStore> store,
      String runDate,
      RunRecord.Stage stage) {
    Optional<EventStateStore.Snapshot> earlier =
        store.flatMap(state -> state.latestBefore(java.time.LocalDate.parse(runDate)));
    ClusterEvents.Plan plan =
        ClusterEvents.plan(
            context,
            articles,
            copies,
            settings,
            corrections,
            vectors,
            earlier.map(EventStateStore.Snapshot::frequencies).orElseGet(DocumentFrequencies::new));
    stage.count("compared_pairs", plan.comparedPairs());
    stage.count("edges", plan.edges());
    stage.count("correction_conflicts", plan.correctionConflicts());
    stage.count("split_events", plan.eventsCut());
    Set<String> copyIds = new HashSet<>();
    Map<String, String> originalOf = new HashMap<>();
    for (Syndication copy : copies) {
      copyIds.add(copy.articleId());
      originalOf.put(
          copy.articleId(), copy.originalId() != null ? copy.originalId() : copy.originalOutlet());
    }
    if (earlier.isEmpty()) {
      Map<String, String> eventOf = SummariseEvents.newEventIds(plan.clusters());
      JavaRDD<Event> events =
          SummariseEvents.summarise(context, articles, plan.features(), eventOf, copyIds);
      Optional<Runnable> write =
          store.map(
              state ->
                  () ->
                      state.write(
                          runDate,
                          SummariseEvents.centroids(context, plan.features(), eventOf)
                              .map(StateEventRow::of),
                          stateArticles(context, articles, eventOf, originalOf, runDate),
                          plan.frequencies()));
      stage.count("state_earlier_events", 0);
      return counted(new Outcome(events, withEventIds(context, articles, eventOf), write), stage);
    }
    EventStateStore.Snapshot snapshot = earlier.get();
    JoinEarlierEvents.Result joined =
        JoinEarlierEvents.apply(context, plan, snapshot.events(), settings);
    stage.count("state_joined_clusters", joined.joined());
    Set<String> touchedIds = new HashSet<>();
    joined.touched().forEach(centroid -> touchedIds.add(centroid.eventId()));
    Broadcast<Set<String>> touched = context.broadcast(touchedIds);
    JavaRDD<StateArticleRow> earlierMembers =
        snapshot
            .articles()
            .filter(row -> touched.value().contains(row.getEventId()))
            .persist(Storage.CACHED);
    Map<String, String> eventOf = new HashMap<>(joined.eventOf());
    for (Tuple2<String, Tuple2<String, String>> member :
        earlierMembers
            .map(
                row ->
                    new Tuple2<>(
                        row.getArticle().getId(),
                        new Tuple2<>(row.getEventId(), row.getSyndicatedFrom())))
            .collect()) {
      eventOf.put(member._1(), member._2()._1());
      if (member._2()._2() != null) {
        copyIds.add(member._1());
      }
    }
    JavaRDD<AnalysedArticle> reported =
        articles.union(
            earlierMembers.map(row -> TextAnalyzer.analyse(row.getArticle().toArticle())));
    JavaPairRDD<String, EventFeatures> features =
        ClusterEvents.featuresOfArticles(context, reported, vectors, plan.frequencies(), settings);
    JavaRDD<Event> events =
        SummariseEvents.summarise(context, reported, features, eventOf, copyIds);
    List<StateEventRow> touchedRows = joined.touched().stream().map(StateEventRow::of).toList();
    Optional<Runnable> write =
        Optional.of(
            () ->
                store
                    .get()
                    .write(
                        runDate,
                        snapshot
                            .events()
                            .filter(row -> !touched.value().contains(row.getEventId()))
                            .union(context.parallelize(touchedRows, 1)),
                        snapshot
                            .articles()
                            .union(stateArticles(context, articles, eventOf, originalOf, runDate)),
                        plan.frequencies()));
    return counted(new Outcome(events, withEventIds(context, reported, eventOf), write), stage);
  }

  private static Outcome counted(Outcome outcome, RunRecord.Stage stage) {
    stage.count("events_reported", outcome.events().count());
    stage.count(
        "multi_outlet_events_reported",
        outcome.events().filter(event -> event.outlets().size() > 1).count());
    return outcome;
  }

  /** The articles, each placed in its event. */
  private static JavaRDD<AnalysedArticle> withEventIds(
      JavaSparkContext context, JavaRDD<AnalysedArticle> articles, Map<String, String> eventOf) {
    Broadcast<Map<String, String>> events = context.broadcast(eventOf);
    return articles.map(article -> article.withEventId(events.value().get(article.id())));
  }

  private static JavaRDD<StateArticleRow> stateArticles(
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      Map<String, String> eventOf,
      Map<String, String> originalOf,
      String runDate) {
    Broadcast<Map<String, String>> events = context.broadcast(eventOf);
    Broadcast<Map<String, String>> originals = context.broadcast(originalOf);
    return articles.map(
        row ->
            StateArticleRow.of(
                ArticleRow.of(row.article(), false),
                events.value().get(row.id()),
                originals.value().get(row.id()),
                runDate));
  }
}
