package dev.parallax.claims;

import dev.parallax.model.ArticleIds;
import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.text.AverageLinkClustering;
import dev.parallax.text.SimilarityEdge;
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
 * clustering at {@code threshold} groups them. The canonical member is the most central one. Pairs
 * are compared only when they share a term (an inverted index over terms), so an event's cost
 * follows its overlapping pairs, not the square of its mentions.
 */
public final class ClaimAligner implements Serializable {
  /**
   * Similarity at which a restatement (a sentence neither attributed nor factual) joins another
   * mention: it must say nearly the same, in another article.
   */
  static final double RESTATEMENT_SIMILARITY = 0.6;

  /** Terms in more mentions than this propose no candidate pairs (only in very large events). */
  static final int MAX_POSTINGS = 200;

  private final double threshold;

  public ClaimAligner(double threshold) {
    this.threshold = threshold;
  }

  /** The claims of one event; {@code eventOutlets} are the outlets that covered the event. */
  public List<Claim> align(
      String eventId, List<ClaimMention> mentions, Collection<String> eventOutlets) {
    Map<String, ClaimMention> byKey = new TreeMap<>();
    mentions.forEach(mention -> byKey.put(mention.key(), mention));
    List<String> keys = new ArrayList<>(byKey.keySet());
    // Per mention number, the values the pair loop reads (no map lookups by key in the loop).
    int count = keys.size();
    ClaimMention[] mentionAt = new ClaimMention[count];
    int[][] termsAt = new int[count][];
    List<Set<String>> numbersAt = new ArrayList<>(count);
    String[] sourceAt = new String[count];
    for (int i = 0; i < count; i++) {
      ClaimMention mention = byKey.get(keys.get(i));
      mentionAt[i] = mention;
      termsAt[i] = sortedIds(mention.terms());
      Set<String> found = new HashSet<>();
      for (String name : mention.names()) {
        if (name.startsWith("#")) {
          found.add(name);
        }
      }
      numbersAt.add(found);
      sourceAt[i] = lastWord(mention.source());
    }
    // Only mentions that share a term can be similar: candidates come from each term's postings.
    // A term in more than MAX_POSTINGS mentions (only in very large events) proposes no pairs,
    // and there edges below half the threshold are not kept, so the cost stays linear in
    // mentions times MAX_POSTINGS instead of quadratic.
    // Postings as one sorted array of (term, mention number) pairs packed in longs: each term's
    // mention numbers are a run of it, ascending, with no boxed integers (an event of a few
    // thousand articles holds hundreds of thousands of term occurrences).
    Postings postings = Postings.of(termsAt);
    boolean large = count > MAX_POSTINGS;
    double floor = large ? threshold / 2 : Double.MIN_VALUE;
    int[] seenBy = new int[count];
    java.util.Arrays.fill(seenBy, -1);
    List<SimilarityEdge> edges = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      for (int term : termsAt[i]) {
        int run = postings.run(term);
        int runStart = postings.start(run);
        int runEnd = postings.start(run + 1);
        if (runEnd - runStart > MAX_POSTINGS) {
          continue;
        }
        // Only partners after i: they start after i's own place in the posting.
        int from = postings.after(runStart, runEnd, i);
        for (int k = from; k < runEnd; k++) {
          int j = postings.mention(k);
          if (seenBy[j] == i) {
            continue;
          }
          seenBy[j] = i;
          double similarity =
              similarity(
                  mentionAt[i],
                  mentionAt[j],
                  termsAt[i],
                  termsAt[j],
                  numbersAt.get(i),
                  numbersAt.get(j),
                  sourceAt[i],
                  sourceAt[j]);
          if ((mentionAt[i].isRestatement() || mentionAt[j].isRestatement())
              && (similarity < RESTATEMENT_SIMILARITY
                  || mentionAt[i].articleId().equals(mentionAt[j].articleId()))) {
            continue; // a restatement joins only a close restatement in another article
          }
          if (similarity >= floor) {
            edges.add(new SimilarityEdge(keys.get(i), keys.get(j), similarity));
          }
        }
      }
    }
    List<List<String>> groups = AverageLinkClustering.cluster(keys, edges, threshold);
    Map<String, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String key : groups.get(g)) {
        groupOf.put(key, g);
      }
    }
    // Each mention's summed similarity to the rest of its group, from the edges, once.
    Map<String, Double> centrality = new HashMap<>();
    for (SimilarityEdge edge : edges) {
      if (groupOf.get(edge.first()).equals(groupOf.get(edge.second()))) {
        centrality.merge(edge.first(), edge.similarity(), Double::sum);
        centrality.merge(edge.second(), edge.similarity(), Double::sum);
      }
    }
    List<Claim> claims = new ArrayList<>();
    Set<String> covering = new TreeSet<>(eventOutlets);
    for (List<String> group : groups) {
      List<ClaimMention> members = group.stream().map(byKey::get).toList();
      if (members.stream().allMatch(ClaimMention::isRestatement)
          && members.stream().map(ClaimMention::outlet).distinct().count() < 2) {
        continue; // restatements alone are a claim only when two outlets carry them
      }
      ClaimMention canonical = central(group, centrality, byKey);
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
          new Claim(
              "cl-" + ArticleIds.sha256(eventId + "|" + group.get(0)).substring(0, 12),
              eventId,
              canonical,
              mostCommon(members.stream().map(ClaimMention::source).toList()),
              members,
              new ArrayList<>(present),
              absent,
              firstSeen,
              0));
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
    // A merge of the sorted term hashes that moves both cursors by comparison results, with no
    // branch on which is smaller (unpredictable for hashes: this loop led the stage's samples).
    int shared = 0;
    for (int i = 0, j = 0; i < firstTerms.length && j < secondTerms.length; ) {
      int a = firstTerms[i];
      int b = secondTerms[j];
      shared += a == b ? 1 : 0;
      i += a <= b ? 1 : 0;
      j += a >= b ? 1 : 0;
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

  /**
   * The member with the largest summed similarity to its group, taken from the mentions outside
   * headlines when there are any (a headline is compressed: "Melnik repeats warning over Harrow
   * launchers in Keld" does not read as the claim); ties go to the first key.
   */
  private static ClaimMention central(
      List<String> group, Map<String, Double> centrality, Map<String, ClaimMention> byKey) {
    boolean beyondHeadlines = false;
    boolean stated = false;
    for (String key : group) {
      beyondHeadlines |= !byKey.get(key).placement().equals("headline");
      stated |= !byKey.get(key).isRestatement();
    }
    String best = group.get(0);
    double bestSum = -1;
    for (String key : group) {
      if (beyondHeadlines && byKey.get(key).placement().equals("headline")
          || stated && byKey.get(key).isRestatement()) {
        continue;
      }
      double sum = centrality.getOrDefault(key, 0.0);
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

  /** Sorted (term, mention) pairs; a term's run lists the mentions holding it, ascending. */
  static final class Postings {
    private final long[] pairs;
    private final int[] terms;
    private final int[] starts;

    private Postings(long[] pairs, int[] terms, int[] starts) {
      this.pairs = pairs;
      this.terms = terms;
      this.starts = starts;
    }

    /** The postings of mention terms, each mention's terms distinct. */
    static Postings of(int[][] termsAt) {
      int total = 0;
      for (int[] terms : termsAt) {
        total += terms.length;
      }
      long[] pairs = new long[total];
      int next = 0;
      for (int i = 0; i < termsAt.length; i++) {
        for (int term : termsAt[i]) {
          pairs[next++] = ((long) term << 32) | i;
        }
      }
      java.util.Arrays.sort(pairs);
      int runs = 0;
      for (int k = 0; k < total; k++) {
        if (k == 0 || (int) (pairs[k] >> 32) != (int) (pairs[k - 1] >> 32)) {
          runs++;
        }
      }
      int[] terms = new int[runs];
      int[] starts = new int[runs + 1];
      int run = 0;
      for (int k = 0; k < total; k++) {
        int term = (int) (pairs[k] >> 32);
        if (k == 0 || term != (int) (pairs[k - 1] >> 32)) {
          terms[run] = term;
          starts[run++] = k;
        }
      }
      starts[runs] = total;
      return new Postings(pairs, terms, starts);
    }

    /** The run of a term that some mention holds. */
    int run(int term) {
      return java.util.Arrays.binarySearch(terms, term);
    }

    int start(int run) {
      return starts[run];
    }

    int mention(int position) {
      return (int) pairs[position];
    }

    /** The first position of a run after the one holding mention {@code i}. */
    int after(int runStart, int runEnd, int i) {
      int low = runStart;
      int high = runEnd;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (mention(middle) <= i) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }
  }
}
