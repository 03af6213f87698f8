package dev.parallax.events;

import dev.parallax.text.LinkConstraints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second, divisive pass over an event found by average link: look-alike events (two
 * earthquakes, two arrests of two people; Cybulska & Vossen 2014) share most of their vocabulary,
 * so averages over all their pairs can reach the threshold although the articles form two tight
 * groups. Each event of at least {@link #MIN_ARTICLES} articles is cut in two by kernel 2-means on
 * its article similarities (seeds: its most central article and, among the more central half, the
 * one least like it; then each article moves to the side it is more similar to on average), and the
 * cut is kept when the mean similarity across it is below {@code splitRatio} times the mean within
 * the two sides: a relative test, so it does not depend on how similar a corpus's articles are
 * overall. Kept halves are tried again. Must-linked articles (copies, corrections) move as one
 * unit. Everything is ordered by article id, so the result does not depend on input order.
 */
public final class EventSplitter {
  /** Smaller events are left whole: each side of a cut needs two articles. */
  public static final int MIN_ARTICLES = 4;

  /** Larger events are left whole: the dense similarity matrix grows with the square. */
  public static final int MAX_ARTICLES = 3000;

  private static final int MAX_ROUNDS = 20;

  private EventSplitter() {}

  /**
   * The event's articles in one or more groups, each sorted by id, listed by their first id.
   *
   * @param members the event's articles
   * @param constraints must-links keep articles on one side (cannot-links only ever gain by a cut)
   */
  public static List<List<String>> split(
      List<EventFeatures> members, LinkConstraints constraints, EventSettings settings) {
    List<EventFeatures> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(EventFeatures::articleId));
    List<String> ids = sorted.stream().map(EventFeatures::articleId).toList();
    if (settings.splitRatio() <= 0
        || sorted.size() < MIN_ARTICLES
        || sorted.size() > MAX_ARTICLES) {
      return List.of(ids);
    }
    int n = sorted.size();
    float[][] similarity = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        float value = (float) sorted.get(i).splitSimilarity(sorted.get(j), settings);
        similarity[i][j] = value;
        similarity[j][i] = value;
      }
    }
    List<List<String>> groups = new ArrayList<>();
    for (List<int[]> part : bisect(units(ids, constraints), similarity, settings.splitRatio())) {
      List<String> group = new ArrayList<>();
      for (int[] unit : part) {
        for (int index : unit) {
          group.add(ids.get(index));
        }
      }
      group.sort(null);
      groups.add(group);
    }
    groups.sort(Comparator.comparing(group -> group.get(0)));
    return groups;
  }

  /** Article indexes grouped by must-links, in order of their first index. */
  private static List<int[]> units(List<String> ids, LinkConstraints constraints) {
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      indexOf.put(ids.get(i), i);
    }
    Map<String, String> root = new HashMap<>();
    for (LinkConstraints.Pair pair : constraints.mustLink()) {
      if (indexOf.containsKey(pair.first()) && indexOf.containsKey(pair.second())) {
        LinkConstraints.union(root, pair.first(), pair.second());
      }
    }
    Map<String, List<Integer>> byRoot = new java.util.LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byRoot.computeIfAbsent(LinkConstraints.find(root, ids.get(i)), r -> new ArrayList<>()).add(i);
    }
    List<int[]> units = new ArrayList<>();
    for (List<Integer> members : byRoot.values()) {
      units.add(members.stream().mapToInt(Integer::intValue).toArray());
    }
    return units;
  }

  private static List<List<int[]>> bisect(List<int[]> units, float[][] similarity, double ratio) {
    int articles = 0;
    for (int[] unit : units) {
      articles += unit.length;
    }
    if (articles < MIN_ARTICLES || units.size() < 2) {
      return List.of(units);
    }
    int count = units.size();
    double[] centrality = new double[count];
    for (int u = 0; u < count; u++) {
      centrality[u] = meanToOthers(units.get(u), units, similarity);
    }
    int first = 0;
    for (int u = 1; u < count; u++) {
      if (centrality[u] > centrality[first]) {
        first = u;
      }
    }
    double[] ordered = centrality.clone();
    java.util.Arrays.sort(ordered);
    double median = ordered[count / 2];
    int second = -1;
    double lowest = Double.MAX_VALUE;
    for (int u = 0; u < count; u++) {
      if (u != first && centrality[u] >= median) {
        double toFirst = mean(units.get(u), units.get(first), similarity);
        if (toFirst < lowest) {
          lowest = toFirst;
          second = u;
        }
      }
    }
    if (second < 0) {
      return List.of(units);
    }
    boolean[] onSecond = new boolean[count];
    for (int u = 0; u < count; u++) {
      onSecond[u] =
          u == second
              || u != first
                  && mean(units.get(u), units.get(second), similarity)
                      > mean(units.get(u), units.get(first), similarity);
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean[] next = new boolean[count];
      boolean changed = false;
      for (int u = 0; u < count; u++) {
        double toFirst = meanToSide(u, units, onSecond, false, similarity);
        double toSecond = meanToSide(u, units, onSecond, true, similarity);
        next[u] = toSecond > toFirst;
        changed |= next[u] != onSecond[u];
      }
      onSecond = next;
      if (!changed) {
        break;
      }
    }
    List<int[]> firstSide = new ArrayList<>();
    List<int[]> secondSide = new ArrayList<>();
    for (int u = 0; u < count; u++) {
      (onSecond[u] ? secondSide : firstSide).add(units.get(u));
    }
    int[] a = flatten(firstSide);
    int[] b = flatten(secondSide);
    if (a.length < 2 || b.length < 2) {
      return List.of(units);
    }
    double within =
        (sumWithin(a, similarity) + sumWithin(b, similarity)) / (pairs(a.length) + pairs(b.length));
    double across = mean(a, b, similarity);
    if (within <= 0 || across >= ratio * within) {
      return List.of(units);
    }
    List<List<int[]>> parts = new ArrayList<>(bisect(firstSide, similarity, ratio));
    parts.addAll(bisect(secondSide, similarity, ratio));
    return parts;
  }

  private static double pairs(int size) {
    return size * (size - 1) / 2.0;
  }

  private static int[] flatten(List<int[]> units) {
    return units.stream().flatMapToInt(java.util.Arrays::stream).toArray();
  }

  private static double sumWithin(int[] members, float[][] similarity) {
    double sum = 0;
    for (int i = 0; i < members.length; i++) {
      for (int j = i + 1; j < members.length; j++) {
        sum += similarity[members[i]][members[j]];
      }
    }
    return sum;
  }

  private static double mean(int[] one, int[] other, float[][] similarity) {
    double sum = 0;
    for (int i : one) {
      for (int j : other) {
        sum += similarity[i][j];
      }
    }
    return sum / ((double) one.length * other.length);
  }

  /** Mean similarity of a unit's articles to those of every other unit. */
  private static double meanToOthers(int[] unit, List<int[]> units, float[][] similarity) {
    double sum = 0;
    long count = 0;
    for (int[] other : units) {
      if (other == unit) {
        continue;
      }
      for (int i : unit) {
        for (int j : other) {
          sum += similarity[i][j];
        }
      }
      count += (long) unit.length * other.length;
    }
    return count == 0 ? 0 : sum / count;
  }

  private static double meanToSide(
      int unit, List<int[]> units, boolean[] onSecond, boolean side, float[][] similarity) {
    double sum = 0;
    long count = 0;
    for (int u = 0; u < units.size(); u++) {
      if (u == unit || onSecond[u] != side) {
        continue;
      }
      for (int i : units.get(unit)) {
        for (int j : units.get(u)) {
          sum += similarity[i][j];
        }
      }
      count += (long) units.get(unit).length * units.get(u).length;
    }
    return count == 0 ? 0 : sum / count;
  }
}
