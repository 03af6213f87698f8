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

  /**
   * The kept edges (read from the cached cells), how many pairs were compared, how many edges were
   * kept, and what removes the cells from the cache.
   */
  record Result(JavaRDD<SimilarityEdge> edges, long compared, long kept, Runnable release) {}

  /** One grid cell's distinct pairs compared and its kept edges. */
  record ScoredCell(long compared, List<SimilarityEdge> edges) implements java.io.Serializable {}

  /** The distinct pairs of a cell's arrays, in ascending order. */
  static long[] distinct(Iterable<long[]> arrays) {
    int size = 0;
    for (long[] array : arrays) {
      size += array.length;
    }
    long[] all = new long[size];
    int at = 0;
    for (long[] array : arrays) {
      System.arraycopy(array, 0, all, at, array.length);
      at += array.length;
    }
    java.util.Arrays.sort(all);
    int kept = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[kept++] = all[i];
      }
    }
    return java.util.Arrays.copyOf(all, kept);
  }

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
    PairGrid grid = PairGrid.forArticles(articleCount);
    // Each block's pairs go to their grid cells as arrays of longs, one array per block and cell:
    // no record per pair crosses a shuffle, and the pairs that several blocks propose are made
    // distinct in their cell (a distinct() of boxed pairs, with Spark's map-side combine sizing its
    // maps as they grew, was a tenth of the stage).
    JavaPairRDD<Integer, long[]> pairsByCell =
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
            .flatMapToPair(
                block -> {
                  List<Integer> members = new ArrayList<>();
                  block._2().forEach(members::add);
                  int[] numbers = new int[members.size()];
                  boolean[] dated = new boolean[members.size()];
                  for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = members.get(i) / 2;
                    dated[i] = members.get(i) % 2 == 1;
                  }
                  long[] proposed =
                      Blocking.numberedPairs(block._1(), numbers, dated, maxBlock, acrossTime);
                  Map<Integer, long[]> byCell = new HashMap<>();
                  Map<Integer, Integer> filled = new HashMap<>();
                  for (long pair : proposed) {
                    int cell = grid.cellOf(pair);
                    long[] those = byCell.computeIfAbsent(cell, c -> new long[proposed.length]);
                    int at = filled.merge(cell, 1, Integer::sum) - 1;
                    those[at] = pair;
                  }
                  List<Tuple2<Integer, long[]>> sent = new ArrayList<>(byCell.size());
                  byCell.forEach(
                      (cell, those) ->
                          sent.add(
                              new Tuple2<>(
                                  cell, java.util.Arrays.copyOf(those, filled.get(cell)))));
                  return sent.iterator();
                });
    // Scored on a grid of cells (PairGrid): each cell gets its pairs and the features of its two
    // parts' articles, so features travel once per cell, not once per pair.
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
    JavaRDD<ScoredCell> cells =
        pairsByCell
            .cogroup(featuresByCell, byCell)
            .map(
                cell -> {
                  Map<Integer, EventFeatures> byNumber = new HashMap<>();
                  cell._2()._2().forEach(entry -> byNumber.put(entry._1(), entry._2()));
                  long[] distinct = distinct(cell._2()._1());
                  List<SimilarityEdge> scored = new ArrayList<>();
                  for (long pair : distinct) {
                    EventFeatures first = byNumber.get(Blocking.firstOf(pair));
                    EventFeatures second = byNumber.get(Blocking.secondOf(pair));
                    double similarity = first.similarity(second, settings);
                    if (similarity >= floor) {
                      scored.add(
                          SimilarityEdge.of(first.articleId(), second.articleId(), similarity));
                    }
                  }
                  return new ScoredCell(distinct.length, scored);
                })
            .persist(Storage.CACHED);
    long[] counts =
        cells
            .map(cell -> new long[] {cell.compared(), cell.edges().size()})
            .fold(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    long compared = counts[0];
    long edgeCount = counts[1];
    JavaRDD<SimilarityEdge> kept = cells.flatMap(cell -> cell.edges().iterator());
    numbered.unpersist();
    return new Result(kept, compared, edgeCount, cells::unpersist);
  }
}
