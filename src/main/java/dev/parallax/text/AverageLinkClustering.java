package dev.parallax.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Agglomerative clustering with average linkage (UPGMA) over a sparse similarity graph: the
 * similarity of two clusters is the mean over all their article pairs, pairs without an edge
 * counting 0. Clusters merge, best pair first, while that mean is at least the threshold. Only
 * pairs of clusters joined by an edge are ever considered, so the cost follows the edges, not the
 * square of the articles. Ties break on cluster numbers, so the result is deterministic. Cluster
 * sums, members and the queue of candidate merges are primitive arrays: the largest events of a
 * corpus are one connected graph of millions of edges, clustered in one task.
 */
public final class AverageLinkClustering {
  private AverageLinkClustering() {}

  /** Clusters of article ids, each sorted, listed by their first id. */
  public static List<List<String>> cluster(
      Collection<String> articleIds, Collection<SimilarityEdge> edges, double threshold) {
    return cluster(articleIds, edges, threshold, LinkConstraints.none());
  }

  /**
   * Clusters with constraints: must-linked articles start together; clusters holding a
   * cannot-linked pair never merge (conflicting cannot-links are ignored).
   */
  public static List<List<String>> cluster(
      Collection<String> articleIds,
      Collection<SimilarityEdge> edges,
      double threshold,
      LinkConstraints constraints) {
    return cluster(articleIds, edges, threshold, constraints, Map.of(), TimeRule.NONE);
  }

  /**
   * Clusters with constraints and a time rule: two clusters merge only when the rule allows their
   * date ranges ({@code dates}: epoch milliseconds of the dated articles).
   */
  public static List<List<String>> cluster(
      Collection<String> articleIds,
      Collection<SimilarityEdge> edges,
      double threshold,
      LinkConstraints constraints,
      Map<String, Long> dates,
      TimeRule time) {
    List<String> ids = new ArrayList<>(new TreeSet<>(articleIds));
    int articles = ids.size();
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < articles; i++) {
      indexOf.put(ids.get(i), i);
    }
    Map<String, String> groupRoot = new HashMap<>();
    for (LinkConstraints.Pair pair : constraints.mustLink()) {
      if (indexOf.containsKey(pair.first()) && indexOf.containsKey(pair.second())) {
        LinkConstraints.union(groupRoot, pair.first(), pair.second());
      }
    }
    // Clusters are numbered 0..articles-1 at first (a must-linked group takes its root's number),
    // and each merge makes a new number; at most 2 * articles numbers in all.
    Clusters clusters = new Clusters(articles, Math.max(1, 2 * articles));
    int[] clusterOfArticle = new int[articles];
    for (int i = 0; i < articles; i++) {
      int cluster = indexOf.get(LinkConstraints.find(groupRoot, ids.get(i)));
      clusterOfArticle[i] = cluster;
      clusters.addMember(cluster, i);
      Long date = dates.get(ids.get(i));
      if (date != null) {
        clusters.addDate(cluster, date);
      }
    }
    Map<Integer, java.util.Set<Integer>> forbidden = new HashMap<>();
    for (LinkConstraints.Pair pair : constraints.cannotLink()) {
      Integer first = indexOf.get(pair.first());
      Integer second = indexOf.get(pair.second());
      if (first != null && second != null && clusterOfArticle[first] != clusterOfArticle[second]) {
        forbidden
            .computeIfAbsent(clusterOfArticle[first], c -> new java.util.HashSet<>())
            .add(second);
        forbidden
            .computeIfAbsent(clusterOfArticle[second], c -> new java.util.HashSet<>())
            .add(first);
      }
    }
    for (SimilarityEdge edge : edges) {
      Integer firstArticle = indexOf.get(edge.first());
      Integer secondArticle = indexOf.get(edge.second());
      if (firstArticle == null || secondArticle == null || edge.similarity() <= 0) {
        continue;
      }
      int first = clusterOfArticle[firstArticle];
      int second = clusterOfArticle[secondArticle];
      if (first == second) {
        continue;
      }
      clusters.sums(first).add(second, edge.similarity());
      clusters.sums(second).add(first, edge.similarity());
    }
    CandidateQueue queue = new CandidateQueue(clusters::alive);
    for (int cluster = 0; cluster < articles; cluster++) {
      if (!clusters.alive(cluster)) {
        continue;
      }
      IntDoubleMap neighbours = clusters.sums(cluster);
      for (int slot = neighbours.first(); slot >= 0; slot = neighbours.next(slot)) {
        int other = neighbours.keyAt(slot);
        if (cluster < other) {
          double pairs = (double) clusters.size(cluster) * clusters.size(other);
          queue.add(neighbours.valueAt(slot) / pairs, cluster, other);
        }
      }
    }
    int next = articles;
    while (!queue.isEmpty()) {
      double average = queue.topAverage();
      int first = queue.topFirst();
      int second = queue.topSecond();
      queue.poll();
      if (!clusters.alive(first) || !clusters.alive(second)) {
        continue;
      }
      if (average < threshold) {
        break;
      }
      if (forbids(forbidden, first, clusters, second)
          || !time.allows(
              clusters.firstDate(first),
              clusters.lastDate(first),
              clusters.firstDate(second),
              clusters.lastDate(second),
              average)) {
        continue;
      }
      int merged = next++;
      clusters.merge(first, second, merged);
      IntDoubleMap mergedSums = new IntDoubleMap();
      for (int old : new int[] {first, second}) {
        IntDoubleMap oldSums = clusters.sums(old);
        for (int slot = oldSums.first(); slot >= 0; slot = oldSums.next(slot)) {
          int other = oldSums.keyAt(slot);
          if (other == first || other == second) {
            continue;
          }
          mergedSums.add(other, oldSums.valueAt(slot));
          clusters.sums(other).remove(old);
        }
        clusters.dropSums(old);
      }
      java.util.Set<Integer> mergedForbidden = new java.util.HashSet<>();
      for (int old : new int[] {first, second}) {
        java.util.Set<Integer> removed = forbidden.remove(old);
        if (removed != null) {
          mergedForbidden.addAll(removed);
        }
      }
      if (!mergedForbidden.isEmpty()) {
        forbidden.put(merged, mergedForbidden);
      }
      clusters.setSums(merged, mergedSums);
      int mergedSize = clusters.size(merged);
      for (int slot = mergedSums.first(); slot >= 0; slot = mergedSums.next(slot)) {
        int other = mergedSums.keyAt(slot);
        double sum = mergedSums.valueAt(slot);
        clusters.sums(other).put(merged, sum);
        queue.add(sum / ((double) mergedSize * clusters.size(other)), other, merged);
      }
    }
    List<List<String>> result = new ArrayList<>();
    for (int cluster = 0; cluster < next; cluster++) {
      if (clusters.alive(cluster)) {
        int[] members = clusters.members(cluster);
        Arrays.sort(members);
        List<String> clusterIds = new ArrayList<>(members.length);
        for (int index : members) {
          clusterIds.add(ids.get(index));
        }
        result.add(clusterIds);
      }
    }
    result.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return result;
  }

  private static boolean forbids(
      Map<Integer, java.util.Set<Integer>> forbidden, int cluster, Clusters clusters, int other) {
    java.util.Set<Integer> partners = forbidden.get(cluster);
    if (partners == null) {
      return false;
    }
    for (int member : clusters.members(other)) {
      if (partners.contains(member)) {
        return true;
      }
    }
    return false;
  }

  /** Live clusters: members as linked lists over article indexes, sizes, neighbour sums. */
  private static final class Clusters {
    private final int[] head;
    private final int[] tail;
    private final int[] size;
    private final int[] nextMember;
    private final IntDoubleMap[] sums;
    private final long[] firstDate;
    private final long[] lastDate;

    Clusters(int articles, int numbers) {
      head = new int[numbers];
      tail = new int[numbers];
      size = new int[numbers];
      firstDate = new long[numbers];
      lastDate = new long[numbers];
      Arrays.fill(firstDate, Long.MAX_VALUE);
      Arrays.fill(lastDate, Long.MIN_VALUE);
      Arrays.fill(head, -1);
      nextMember = new int[articles];
      Arrays.fill(nextMember, -1);
      sums = new IntDoubleMap[numbers];
    }

    void addDate(int cluster, long date) {
      firstDate[cluster] = Math.min(firstDate[cluster], date);
      lastDate[cluster] = Math.max(lastDate[cluster], date);
    }

    long firstDate(int cluster) {
      return firstDate[cluster];
    }

    long lastDate(int cluster) {
      return lastDate[cluster];
    }

    void addMember(int cluster, int article) {
      if (head[cluster] < 0) {
        head[cluster] = article;
        sums[cluster] = new IntDoubleMap();
      } else {
        nextMember[tail[cluster]] = article;
      }
      tail[cluster] = article;
      size[cluster]++;
    }

    boolean alive(int cluster) {
      return size[cluster] > 0;
    }

    int size(int cluster) {
      return size[cluster];
    }

    IntDoubleMap sums(int cluster) {
      return sums[cluster];
    }

    void setSums(int cluster, IntDoubleMap map) {
      sums[cluster] = map;
    }

    void dropSums(int cluster) {
      sums[cluster] = null;
    }

    /** {@code merged} takes the members of {@code first} then {@code second}; both die. */
    void merge(int first, int second, int merged) {
      head[merged] = head[first];
      nextMember[tail[first]] = head[second];
      tail[merged] = tail[second];
      size[merged] = size[first] + size[second];
      size[first] = 0;
      size[second] = 0;
      firstDate[merged] = Math.min(firstDate[first], firstDate[second]);
      lastDate[merged] = Math.max(lastDate[first], lastDate[second]);
    }

    int[] members(int cluster) {
      int[] members = new int[size[cluster]];
      int i = 0;
      for (int article = head[cluster]; i < members.length; article = nextMember[article]) {
        members[i++] = article;
      }
      return members;
    }
  }

  /**
   * Candidate merges as a binary heap of parallel arrays: best average first, then the smaller
   * first number, then the smaller second number. A merge leaves the entries of its two clusters
   * behind (they are skipped when they come up); when the arrays are full those entries are dropped
   * and the heap rebuilt before it grows, so it holds at most about twice the live pairs: in a
   * component with a hub cluster the left-behind entries had grown with every merge into it and ran
   * a 70,000-article component out of heap. Every pair is queued at most once and the order is
   * total, so which entries are dropped when never changes the merges.
   */
  static final class CandidateQueue {
    private final java.util.function.IntPredicate alive;
    private double[] averages = new double[1024];
    private int[] firsts = new int[1024];
    private int[] seconds = new int[1024];
    private int size;

    CandidateQueue(java.util.function.IntPredicate alive) {
      this.alive = alive;
    }

    int size() {
      return size;
    }

    int capacity() {
      return averages.length;
    }

    boolean isEmpty() {
      return size == 0;
    }

    double topAverage() {
      return averages[0];
    }

    int topFirst() {
      return firsts[0];
    }

    int topSecond() {
      return seconds[0];
    }

    void add(double average, int first, int second) {
      if (size == averages.length) {
        dropDead();
        if (size * 2 > averages.length) {
          averages = Arrays.copyOf(averages, averages.length * 2);
          firsts = Arrays.copyOf(firsts, averages.length);
          seconds = Arrays.copyOf(seconds, averages.length);
        }
      }
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!before(average, first, second, parent)) {
          break;
        }
        move(parent, i);
        i = parent;
      }
      averages[i] = average;
      firsts[i] = first;
      seconds[i] = second;
    }

    void poll() {
      size--;
      if (size == 0) {
        return;
      }
      siftDown(0, averages[size], firsts[size], seconds[size]);
    }

    /** Drops the entries of merged-away clusters and rebuilds the heap. */
    private void dropDead() {
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (alive.test(firsts[i]) && alive.test(seconds[i])) {
          move(i, kept++);
        }
      }
      size = kept;
      for (int i = size / 2 - 1; i >= 0; i--) {
        siftDown(i, averages[i], firsts[i], seconds[i]);
      }
    }

    /** Places the entry at slot {@code start} or below, keeping the heap order under it. */
    private void siftDown(int start, double average, int first, int second) {
      int i = start;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size
            && before(averages[child + 1], firsts[child + 1], seconds[child + 1], child)) {
          child++;
        }
        if (!before(averages[child], firsts[child], seconds[child], average, first, second)) {
          break;
        }
        move(child, i);
        i = child;
      }
      averages[i] = average;
      firsts[i] = first;
      seconds[i] = second;
    }

    private boolean before(double average, int first, int second, int slot) {
      return before(average, first, second, averages[slot], firsts[slot], seconds[slot]);
    }

    private static boolean before(
        double average,
        int first,
        int second,
        double otherAverage,
        int otherFirst,
        int otherSecond) {
      if (average != otherAverage) {
        return average > otherAverage;
      }
      if (first != otherFirst) {
        return first < otherFirst;
      }
      return second < otherSecond;
    }

    private void move(int from, int to) {
      averages[to] = averages[from];
      firsts[to] = firsts[from];
      seconds[to] = seconds[from];
    }
  }

  /**
   * Sums of similarity to neighbouring clusters, by cluster number: open addressing with linear
   * probing and backward-shift deletion; iteration by slot ({@link #first}, {@link #next}).
   */
  static final class IntDoubleMap {
    private static final int EMPTY = -1;
    private int[] keys = newKeys(4);
    private double[] values = new double[4];
    private int size;

    private static int[] newKeys(int capacity) {
      int[] keys = new int[capacity];
      Arrays.fill(keys, EMPTY);
      return keys;
    }

    void add(int key, double value) {
      int slot = find(key);
      if (keys[slot] == key) {
        values[slot] += value;
      } else {
        insert(slot, key, value);
      }
    }

    void put(int key, double value) {
      int slot = find(key);
      if (keys[slot] == key) {
        values[slot] = value;
      } else {
        insert(slot, key, value);
      }
    }

    void remove(int key) {
      int mask = keys.length - 1;
      int slot = find(key);
      if (keys[slot] != key) {
        return;
      }
      // Backward-shift deletion: move later entries of the probe run into the gap.
      int gap = slot;
      int probe = (gap + 1) & mask;
      while (keys[probe] != EMPTY) {
        int home = hash(keys[probe]) & mask;
        if (((probe - home) & mask) >= ((probe - gap) & mask)) {
          keys[gap] = keys[probe];
          values[gap] = values[probe];
          gap = probe;
        }
        probe = (probe + 1) & mask;
      }
      keys[gap] = EMPTY;
      size--;
    }

    int size() {
      return size;
    }

    /** The first occupied slot, or -1. */
    int first() {
      return next(-1);
    }

    /** The occupied slot after {@code slot}, or -1. */
    int next(int slot) {
      for (int i = slot + 1; i < keys.length; i++) {
        if (keys[i] != EMPTY) {
          return i;
        }
      }
      return -1;
    }

    int keyAt(int slot) {
      return keys[slot];
    }

    double valueAt(int slot) {
      return values[slot];
    }

    private int find(int key) {
      int mask = keys.length - 1;
      int slot = hash(key) & mask;
      while (keys[slot] != EMPTY && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void insert(int slot, int key, double value) {
      keys[slot] = key;
      values[slot] = value;
      size++;
      if (size * 4 > keys.length * 3) {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = newKeys(oldKeys.length * 2);
        values = new double[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != EMPTY) {
            int target = find(oldKeys[i]);
            keys[target] = oldKeys[i];
            values[target] = oldValues[i];
          }
        }
      }
    }

    private static int hash(int key) {
      int h = key * 0x9E3779B1;
      return h ^ (h >>> 16);
    }
  }
}
