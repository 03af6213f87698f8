package dev.parallax.job;

import dev.parallax.events.Blocking;
import dev.parallax.events.EventFeatures;
import dev.parallax.events.EventPlanner;
import dev.parallax.events.EventSettings;
import dev.parallax.events.PairGrid;
import dev.parallax.text.SimilarityEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The candidate pairs of event clustering and their similarities: articles meet in the blocks of
 * their top features ({@link Blocking}), and each distinct pair is scored once on a grid of cells
 * ({@link PairGrid}) that each receive their pairs and the features of their two parts' articles,
 * so a feature vector travels once per cell, not once per pair. Only edges at or above {@link
 * EventPlanner#EDGE_FLOOR} times the threshold are kept.
 */
final class ScoreCandidatePairs {
  private ScoreCandidatePairs() {}

  /** The kept edges (cached), how many pairs were compared, and how many edges were kept. */
  record Result(JavaRDD<SimilarityEdge> edges, long compared, long kept) {}

  static Result apply(JavaPairRDD<String, EventFeatures> features, EventSettings settings) {
    int maxBlock = settings.maxBlock();
    int windowDays = settings.windowDays();
    boolean acrossTime = settings.outsideWeight() > 0;
    // Articles are numbered for the pair work: a pair travels as one long, not two id strings.
    JavaPairRDD<Integer, EventFeatures> numbered =
        features
            .values()
            .zipWithIndex()
            .mapToPair(entry -> new Tuple2<>((int) (long) entry._2(), entry._1()))
            .persist(Storage.CACHED);
    long articleCount = numbered.count();
    JavaRDD<Long> pairs =
        numbered
            .flatMapToPair(
                entry -> {
                  // A member is its number and whether it is dated, in one int.
                  int member = entry._1() * 2 + (entry._2().publishedMillis() != null ? 1 : 0);
                  List<Tuple2<String, Integer>> memberships = new ArrayList<>();
                  for (String key : Blocking.keysOf(entry._2(), windowDays)) {
                    memberships.add(new Tuple2<>(key, member));
                  }
                  return memberships.iterator();
                })
            .groupByKey()
            .flatMap(
                block -> {
                  List<Integer> members = new ArrayList<>();
                  block._2().forEach(members::add);
                  int[] numbers = new int[members.size()];
                  boolean[] dated = new boolean[members.size()];
                  for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = members.get(i) / 2;
                    dated[i] = members.get(i) % 2 == 1;
                  }
                  List<Long> candidates = new ArrayList<>();
                  for (long pair :
                      Blocking.numberedPairs(block._1(), numbers, dated, maxBlock, acrossTime)) {
                    candidates.add(pair);
                  }
                  return candidates.iterator();
                })
            .distinct()
            .persist(Storage.CACHED);
    long compared = pairs.count();
    // Scored on a grid of cells (PairGrid): each cell gets its pairs and the features of its two
    // parts' articles, so features travel once per cell, not once per pair.
    PairGrid grid = PairGrid.forArticles(articleCount);
    org.apache.spark.Partitioner byCell = new org.apache.spark.HashPartitioner(grid.cells());
    JavaPairRDD<Integer, Tuple2<Integer, EventFeatures>> featuresByCell =
        numbered.flatMapToPair(
            entry -> {
              List<Tuple2<Integer, Tuple2<Integer, EventFeatures>>> sent = new ArrayList<>();
              for (int cell : grid.cellsOf(entry._1())) {
                sent.add(new Tuple2<>(cell, entry));
              }
              return sent.iterator();
            });
    double floor = EventPlanner.EDGE_FLOOR * settings.threshold();
    JavaRDD<SimilarityEdge> kept =
        pairs
            .mapToPair(pair -> new Tuple2<>(grid.cellOf(pair), pair))
            .cogroup(featuresByCell, byCell)
            .flatMap(
                cell -> {
                  Map<Integer, EventFeatures> byNumber = new HashMap<>();
                  cell._2()._2().forEach(entry -> byNumber.put(entry._1(), entry._2()));
                  List<SimilarityEdge> scored = new ArrayList<>();
                  for (long pair : cell._2()._1()) {
                    EventFeatures first = byNumber.get(Blocking.firstOf(pair));
                    EventFeatures second = byNumber.get(Blocking.secondOf(pair));
                    double similarity = first.similarity(second, settings);
                    if (similarity >= floor) {
                      scored.add(
                          SimilarityEdge.of(first.articleId(), second.articleId(), similarity));
                    }
                  }
                  return scored.iterator();
                })
            .persist(Storage.CACHED);
    long edgeCount = kept.count();
    pairs.unpersist();
    numbered.unpersist();
    return new Result(kept, compared, edgeCount);
  }
}
