package dev.parallax.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/** The clustering as first written (boxed maps and a priority queue of records): the reference. */
final class ReferenceAverageLink {
  private ReferenceAverageLink() {}

  private static boolean forbids(
      Map<Integer, java.util.Set<Integer>> forbidden, int cluster, List<Integer> others) {
    java.util.Set<Integer> partners = forbidden.get(cluster);
    if (partners == null) {
      return false;
    }
    for (int other : others) {
      if (partners.contains(other)) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(double average, int first, int second) {}

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
    List<String> ids = new ArrayList<>(new TreeSet<>(articleIds));
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      indexOf.put(ids.get(i), i);
    }
    Map<String, String> groupRoot = new HashMap<>();
    for (LinkConstraints.Pair pair : constraints.mustLink()) {
      if (indexOf.containsKey(pair.first()) && indexOf.containsKey(pair.second())) {
        LinkConstraints.union(groupRoot, pair.first(), pair.second());
      }
    }
    Map<Integer, List<Integer>> members = new HashMap<>();
    Map<Integer, Map<Integer, Double>> sums = new HashMap<>();
    int[] clusterOfArticle = new int[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      int cluster = indexOf.get(LinkConstraints.find(groupRoot, ids.get(i)));
      clusterOfArticle[i] = cluster;
      members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(i);
      sums.putIfAbsent(cluster, new HashMap<>());
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
    PriorityQueue<Candidate> queue =
        new PriorityQueue<>(
            (a, b) ->
                a.average() != b.average()
                    ? Double.compare(b.average(), a.average())
                    : a.first() != b.first()
                        ? Integer.compare(a.first(), b.first())
                        : Integer.compare(a.second(), b.second()));
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
      sums.get(first).merge(second, edge.similarity(), Double::sum);
      sums.get(second).merge(first, edge.similarity(), Double::sum);
    }
    for (Map.Entry<Integer, Map<Integer, Double>> entry : sums.entrySet()) {
      for (Map.Entry<Integer, Double> neighbour : entry.getValue().entrySet()) {
        if (entry.getKey() < neighbour.getKey()) {
          double pairs =
              (double) members.get(entry.getKey()).size() * members.get(neighbour.getKey()).size();
          queue.add(
              new Candidate(neighbour.getValue() / pairs, entry.getKey(), neighbour.getKey()));
        }
      }
    }
    int next = ids.size();
    while (!queue.isEmpty()) {
      Candidate best = queue.poll();
      if (!members.containsKey(best.first()) || !members.containsKey(best.second())) {
        continue;
      }
      if (best.average() < threshold) {
        break;
      }
      if (forbids(forbidden, best.first(), members.get(best.second()))) {
        continue;
      }
      int merged = next++;
      List<Integer> mergedMembers = new ArrayList<>(members.remove(best.first()));
      mergedMembers.addAll(members.remove(best.second()));
      Map<Integer, Double> mergedSums = new HashMap<>();
      for (int old : List.of(best.first(), best.second())) {
        for (Map.Entry<Integer, Double> neighbour : sums.remove(old).entrySet()) {
          int other = neighbour.getKey();
          if (other == best.first() || other == best.second()) {
            continue;
          }
          mergedSums.merge(other, neighbour.getValue(), Double::sum);
          sums.get(other).remove(old);
        }
      }
      members.put(merged, mergedMembers);
      java.util.Set<Integer> mergedForbidden = new java.util.HashSet<>();
      for (int old : List.of(best.first(), best.second())) {
        java.util.Set<Integer> removed = forbidden.remove(old);
        if (removed != null) {
          mergedForbidden.addAll(removed);
        }
      }
      if (!mergedForbidden.isEmpty()) {
        forbidden.put(merged, mergedForbidden);
      }
      sums.put(merged, mergedSums);
      for (Map.Entry<Integer, Double> neighbour : mergedSums.entrySet()) {
        int other = neighbour.getKey();
        sums.get(other).put(merged, neighbour.getValue());
        double average =
            neighbour.getValue() / ((double) mergedMembers.size() * members.get(other).size());
        queue.add(new Candidate(average, Math.min(other, merged), Math.max(other, merged)));
      }
    }
    List<List<String>> clusters = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      List<String> clusterIds = new ArrayList<>();
      for (int index : new TreeSet<>(group)) {
        clusterIds.add(ids.get(index));
      }
      clusters.add(clusterIds);
    }
    clusters.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return clusters;
  }
}
