package dev.parallax.claims;

import dev.parallax.events.AverageLinkClustering;
import dev.parallax.events.SimilarityEdge;
import dev.parallax.ingest.ArticleIds;
import dev.parallax.text.Mentions;
import dev.parallax.text.Terms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups an event's claim mentions that state the same thing in other words: content terms
 * (stemmed; the mean of Jaccard and overlap coefficient, so a short headline matches the longer
 * sentence it sums up), shared numbers and the same source raise the similarity; average-link
 * clustering at {@code threshold} groups them. The canonical member is the most central one.
 */
public final class ClaimAligner implements Serializable {
  private final double threshold;

  public ClaimAligner(double threshold) {
    this.threshold = threshold;
  }

  /** The claims of one event; {@code eventOutlets} are the outlets that covered the event. */
  public List<ClaimCluster> align(
      String eventId, List<ClaimMention> mentions, Collection<String> eventOutlets) {
    Map<String, ClaimMention> byKey = new TreeMap<>();
    mentions.forEach(mention -> byKey.put(mention.key(), mention));
    List<String> keys = new ArrayList<>(byKey.keySet());
    Map<String, int[]> terms = new HashMap<>();
    Map<String, Set<String>> numbers = new HashMap<>();
    Map<String, String> sourceWords = new HashMap<>();
    for (String key : keys) {
      ClaimMention mention = byKey.get(key);
      sourceWords.put(key, lastWord(mention.source()));
      terms.put(key, sortedIds(Terms.of(mention.content())));
      Set<String> found = new HashSet<>();
      for (String name : Mentions.of(mention.content())) {
        if (name.startsWith("#")) {
          found.add(name);
        }
      }
      numbers.put(key, found);
    }
    List<SimilarityEdge> edges = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        double similarity =
            similarity(
                byKey.get(keys.get(i)),
                byKey.get(keys.get(j)),
                terms.get(keys.get(i)),
                terms.get(keys.get(j)),
                numbers.get(keys.get(i)),
                numbers.get(keys.get(j)),
                sourceWords.get(keys.get(i)),
                sourceWords.get(keys.get(j)));
        if (similarity > 0) {
          edges.add(new SimilarityEdge(keys.get(i), keys.get(j), similarity));
        }
      }
    }
    Map<String, Double> similarityOf = new HashMap<>();
    edges.forEach(
        edge -> similarityOf.put(edge.first() + "\u0000" + edge.second(), edge.similarity()));
    List<ClaimCluster> claims = new ArrayList<>();
    Set<String> covering = new TreeSet<>(eventOutlets);
    for (List<String> group : AverageLinkClustering.cluster(keys, edges, threshold)) {
      List<ClaimMention> members = group.stream().map(byKey::get).toList();
      ClaimMention canonical = central(group, similarityOf, byKey);
      TreeSet<String> present = new TreeSet<>();
      members.forEach(member -> present.add(member.outlet()));
      List<String> absent = covering.stream().filter(outlet -> !present.contains(outlet)).toList();
      String firstSeen =
          members.stream()
              .min(
                  Comparator.comparing(
                          ClaimMention::publishedMillis,
                          Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(ClaimMention::articleId))
              .map(ClaimMention::outlet)
              .orElse("");
      claims.add(
          new ClaimCluster(
              "cl-" + ArticleIds.sha256(eventId + "|" + group.get(0)).substring(0, 12),
              eventId,
              canonical,
              mostCommon(members.stream().map(ClaimMention::source).toList()),
              members,
              new ArrayList<>(present),
              absent,
              firstSeen));
    }
    return claims;
  }

  static double similarity(
      ClaimMention first,
      ClaimMention second,
      int[] firstTerms,
      int[] secondTerms,
      Set<String> firstNumbers,
      Set<String> secondNumbers,
      String firstSource,
      String secondSource) {
    if (firstTerms.length == 0 || secondTerms.length == 0) {
      return 0;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < firstTerms.length && j < secondTerms.length; ) {
      if (firstTerms[i] == secondTerms[j]) {
        shared++;
        i++;
        j++;
      } else if (firstTerms[i] < secondTerms[j]) {
        i++;
      } else {
        j++;
      }
    }
    if (shared == 0) {
      return 0;
    }
    double jaccard = (double) shared / (firstTerms.length + secondTerms.length - shared);
    double containment = (double) shared / Math.min(firstTerms.length, secondTerms.length);
    double similarity = (jaccard + containment) / 2;
    if (!firstNumbers.isEmpty() && !secondNumbers.isEmpty()) {
      boolean sharesNumber = false;
      for (String number : firstNumbers) {
        sharesNumber |= secondNumbers.contains(number);
      }
      similarity += sharesNumber ? 0.2 : -0.2;
    }
    if (!firstSource.isEmpty() && firstSource.equals(secondSource)) {
      similarity += 0.1;
    }
    return Math.max(0, Math.min(1, similarity));
  }

  /** Distinct term hashes, sorted, for merge intersections. */
  private static int[] sortedIds(List<String> terms) {
    return terms.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
  }

  /** A source's last word, lower case ("Melnik" for "Interior Minister Dragan Melnik"), or "". */
  static String lastWord(String source) {
    String[] words = source.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  private static ClaimMention central(
      List<String> group, Map<String, Double> similarityOf, Map<String, ClaimMention> byKey) {
    String best = group.get(0);
    double bestSum = -1;
    for (String key : group) {
      double sum = 0;
      for (String other : group) {
        if (!other.equals(key)) {
          String pair = key.compareTo(other) < 0 ? key + "\u0000" + other : other + "\u0000" + key;
          sum += similarityOf.getOrDefault(pair, 0.0);
        }
      }
      if (sum > bestSum) {
        bestSum = sum;
        best = key;
      }
    }
    return byKey.get(best);
  }

  /** The most frequent non-empty value; ties go to the alphabetically first. */
  static String mostCommon(List<String> values) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String value : values) {
      if (!value.isEmpty()) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse("");
  }
}
