package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkClusteringTest {

  @Test
  void mergesWhileTheAverageHoldsAndMissingPairsCountZero() {
    List<SimilarityEdge> edges =
        List.of(
            SimilarityEdge.of("a", "b", 0.9),
            SimilarityEdge.of("b", "c", 0.5),
            SimilarityEdge.of("a", "c", 0.3),
            SimilarityEdge.of("c", "d", 0.35));
    // {a,b} at 0.9; then {a,b}-c averages (0.3+0.5)/2 = 0.4; then {a,b,c}-d = 0.35/3 < 0.3.
    assertThat(AverageLinkClustering.cluster(List.of("a", "b", "c", "d"), edges, 0.3))
        .containsExactly(List.of("a", "b", "c"), List.of("d"));
    assertThat(AverageLinkClustering.cluster(List.of("a", "b", "c", "d"), edges, 0.45))
        .containsExactly(List.of("a", "b"), List.of("c"), List.of("d"));
  }

  @Test
  void chainsDoNotMergeUnderAverageLinkage() {
    List<SimilarityEdge> chain = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add("n" + i);
      if (i > 0) {
        chain.add(SimilarityEdge.of("n" + (i - 1), "n" + i, 0.5));
      }
    }
    assertThat(AverageLinkClustering.cluster(ids, chain, 0.4)).hasSizeGreaterThan(1);
  }

  @Test
  void resultIsIndependentOfInputOrder() {
    Random random = new Random(3);
    List<String> ids = new ArrayList<>();
    List<SimilarityEdge> edges = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(String.format("id%02d", i));
    }
    for (int i = 0; i < 120; i++) {
      int a = random.nextInt(40);
      int b = random.nextInt(40);
      if (a != b) {
        edges.add(
            SimilarityEdge.of(ids.get(a), ids.get(b), Math.round(random.nextDouble() * 10) / 10.0));
      }
    }
    List<List<String>> expected = AverageLinkClustering.cluster(ids, edges, 0.35);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(ids, random);
      Collections.shuffle(edges, random);
      assertThat(AverageLinkClustering.cluster(ids, edges, 0.35)).isEqualTo(expected);
    }
  }

  @Test
  void mustLinksStartTogetherAndCannotLinksNeverMerge() {
    List<SimilarityEdge> edges =
        List.of(SimilarityEdge.of("a", "b", 0.9), SimilarityEdge.of("c", "d", 0.8));
    LinkConstraints constraints =
        new LinkConstraints(
            List.of(new LinkConstraints.Pair("a", "d")),
            List.of(new LinkConstraints.Pair("b", "c")));
    // a and d start together; {a,d} takes b (avg 0.45) ... but c may not join b's cluster.
    assertThat(AverageLinkClustering.cluster(List.of("a", "b", "c", "d"), edges, 0.3, constraints))
        .containsExactly(List.of("a", "b", "d"), List.of("c"));
  }

  @Test
  void contradictedCannotLinksAreConflicts() {
    LinkConstraints constraints =
        new LinkConstraints(
                List.of(new LinkConstraints.Pair("a", "b")),
                List.of(new LinkConstraints.Pair("b", "a"), new LinkConstraints.Pair("a", "c")))
            .withCopies(java.util.Map.of("c", "b"));
    assertThat(constraints.conflicts()).hasSize(2);
    assertThat(AverageLinkClustering.cluster(List.of("a", "b", "c"), List.of(), 0.5, constraints))
        .containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void givesTheReferenceClustersOnRandomGraphsWithTiesAndConstraints() {
    Random random = new Random(17);
    for (int round = 0; round < 300; round++) {
      int size = 2 + random.nextInt(60);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        ids.add(String.format("a%03d", i));
      }
      java.util.Map<String, SimilarityEdge> edges = new java.util.HashMap<>();
      for (int i = 0; i < size * (1 + random.nextInt(6)); i++) {
        int a = random.nextInt(size);
        int b = random.nextInt(size);
        if (a != b) {
          // Rounded similarities make ties common.
          SimilarityEdge edge =
              SimilarityEdge.of(ids.get(a), ids.get(b), Math.round(random.nextDouble() * 8) / 8.0);
          edges.put(edge.first() + "|" + edge.second(), edge);
        }
      }
      List<LinkConstraints.Pair> must = new ArrayList<>();
      List<LinkConstraints.Pair> cannot = new ArrayList<>();
      for (int i = 0; i < random.nextInt(4); i++) {
        must.add(
            new LinkConstraints.Pair(ids.get(random.nextInt(size)), ids.get(random.nextInt(size))));
        cannot.add(
            new LinkConstraints.Pair(ids.get(random.nextInt(size)), ids.get(random.nextInt(size))));
      }
      LinkConstraints constraints = new LinkConstraints(must, cannot);
      double threshold = 0.05 + random.nextInt(8) / 10.0;
      List<SimilarityEdge> list = new ArrayList<>(edges.values());
      assertThat(AverageLinkClustering.cluster(ids, list, threshold, constraints))
          .as("round " + round)
          .isEqualTo(ReferenceAverageLink.cluster(ids, list, threshold, constraints));
    }
  }

  @Test
  void neighbourSumsSurviveHeavyRemoval() {
    AverageLinkClustering.IntDoubleMap map = new AverageLinkClustering.IntDoubleMap();
    java.util.Map<Integer, Double> expected = new java.util.HashMap<>();
    Random random = new Random(9);
    for (int i = 0; i < 20_000; i++) {
      int key = random.nextInt(500);
      if (random.nextInt(3) == 0) {
        map.remove(key);
        expected.remove(key);
      } else {
        map.add(key, 1.0);
        expected.merge(key, 1.0, Double::sum);
      }
    }
    java.util.Map<Integer, Double> actual = new java.util.HashMap<>();
    for (int slot = map.first(); slot >= 0; slot = map.next(slot)) {
      actual.put(map.keyAt(slot), map.valueAt(slot));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(map.size()).isEqualTo(expected.size());
  }

  @Test
  void givesTheReferenceClustersOnHubGraphsLargeEnoughToDropLeftBehindCandidates() {
    Random random = new Random(23);
    for (int round = 0; round < 6; round++) {
      int size = 200 + random.nextInt(200);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        ids.add(String.format("h%04d", i));
      }
      java.util.Map<String, SimilarityEdge> edges = new java.util.HashMap<>();
      // A few hubs linked to most articles, strongly, plus random weaker edges: every merge into
      // a hub leaves hundreds of entries behind, so the queue fills and is compacted many times.
      for (int hub = 0; hub < 4; hub++) {
        for (int i = 4; i < size; i++) {
          if (random.nextInt(4) > 0) {
            SimilarityEdge edge =
                SimilarityEdge.of(ids.get(hub), ids.get(i), 0.5 + random.nextInt(4) / 8.0);
            edges.put(edge.first() + "|" + edge.second(), edge);
          }
        }
      }
      for (int i = 0; i < size * 8; i++) {
        int a = random.nextInt(size);
        int b = random.nextInt(size);
        if (a != b) {
          SimilarityEdge edge =
              SimilarityEdge.of(ids.get(a), ids.get(b), Math.round(random.nextDouble() * 8) / 8.0);
          edges.putIfAbsent(edge.first() + "|" + edge.second(), edge);
        }
      }
      List<SimilarityEdge> list = new ArrayList<>(edges.values());
      double threshold = 0.05 + random.nextInt(3) / 10.0;
      assertThat(AverageLinkClustering.cluster(ids, list, threshold, LinkConstraints.none()))
          .as("round " + round)
          .isEqualTo(ReferenceAverageLink.cluster(ids, list, threshold, LinkConstraints.none()));
    }
  }

  @Test
  void candidateQueueDropsDeadEntriesInsteadOfGrowingAndKeepsTheOrder() {
    java.util.Set<Integer> dead = new java.util.HashSet<>();
    AverageLinkClustering.CandidateQueue queue =
        new AverageLinkClustering.CandidateQueue(cluster -> !dead.contains(cluster));
    Random random = new Random(5);
    List<double[]> live = new ArrayList<>();
    int next = 0;
    for (int step = 0; step < 20_000; step++) {
      // Each step queues a pair of two new clusters and kills the pair queued 100 steps before.
      int first = next++;
      int second = next++;
      double average = random.nextInt(50) / 50.0;
      queue.add(average, first, second);
      live.add(new double[] {average, first, second});
      if (step >= 100) {
        double[] old = live.remove(0);
        dead.add((int) old[1]);
      }
    }
    // About 100 live entries: the arrays never grew past a few times that.
    assertThat(queue.capacity()).isLessThanOrEqualTo(1024);
    List<double[]> popped = new ArrayList<>();
    while (queue.size() > 0) {
      if (!dead.contains(queue.topFirst()) && !dead.contains(queue.topSecond())) {
        popped.add(new double[] {queue.topAverage(), queue.topFirst(), queue.topSecond()});
      }
      queue.poll();
    }
    live.sort(
        java.util.Comparator.<double[]>comparingDouble(entry -> -entry[0])
            .thenComparingDouble(entry -> entry[1]));
    assertThat(popped).hasSize(100);
    for (int i = 0; i < popped.size(); i++) {
      assertThat(popped.get(i)).containsExactly(live.get(i));
    }
  }
}
