package dev.parallax.events;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The running state of an event for nightly runs: the sums of its articles' normalised term and
 * mention vectors, its article count and date range. With sums, the average similarity between two
 * groups of articles (the average-link criterion) is one dot product: mean cos(a, b) over a in A, b
 * in B = (sum A . sum B) / (|A| |B|). So a day's new cluster joins an earlier event by the same
 * rule that built it. The meaning of headlines and leads is summed the same way (the mean cosine of
 * two groups is exact; the floor and the name gate are applied to the means, which approximates the
 * mean of the pairs' scaled values).
 *
 * @param meaningSum the sum of the members' meaning vectors, or null (none, or a state written
 *     before events had a meaning)
 */
public record EventCentroid(
    String eventId,
    Map<Integer, Double> wordSum,
    Map<Integer, Double> mentionSum,
    double[] meaningSum,
    long articles,
    long mentionArticles,
    long meaningArticles,
    Long firstMillis,
    Long lastMillis)
    implements Serializable {

  private static final long DAY_MILLIS = 86_400_000L;

  public EventCentroid {
    Objects.requireNonNull(eventId, "eventId");
    wordSum = Map.copyOf(wordSum);
    mentionSum = Map.copyOf(mentionSum);
  }

  /** The centroid of a group of articles. */
  public static EventCentroid of(String eventId, List<EventFeatures> members) {
    Map<Integer, Double> words = new HashMap<>();
    Map<Integer, Double> mentions = new HashMap<>();
    double[] meaning = null;
    long withMentions = 0;
    long withMeaning = 0;
    Long first = null;
    Long last = null;
    List<EventFeatures> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(EventFeatures::articleId));
    for (EventFeatures member : sorted) {
      add(words, member.words().indices(), member.words().values());
      add(mentions, member.mentions().indices(), member.mentions().values());
      if (!member.mentions().isEmpty()) {
        withMentions++;
      }
      if (member.meaning() != null) {
        if (meaning == null) {
          meaning = new double[member.meaning().length];
        }
        for (int d = 0; d < meaning.length; d++) {
          meaning[d] += member.meaning()[d];
        }
        withMeaning++;
      }
      Long published = member.publishedMillis();
      if (published != null) {
        first = first == null || published < first ? published : first;
        last = last == null || published > last ? published : last;
      }
    }
    return new EventCentroid(
        eventId, words, mentions, meaning, members.size(), withMentions, withMeaning, first, last);
  }

  private static void add(Map<Integer, Double> sum, int[] indices, float[] values) {
    for (int i = 0; i < indices.length; i++) {
      sum.merge(indices[i], (double) values[i], Double::sum);
    }
  }

  /** This event with another group's articles added, keeping this event's id. */
  public EventCentroid plus(EventCentroid other) {
    Map<Integer, Double> words = new HashMap<>(wordSum);
    other.wordSum.forEach((index, value) -> words.merge(index, value, Double::sum));
    Map<Integer, Double> mentions = new HashMap<>(mentionSum);
    other.mentionSum.forEach((index, value) -> mentions.merge(index, value, Double::sum));
    double[] meaning = null;
    if (meaningSum != null && other.meaningSum != null) {
      meaning = meaningSum.clone();
      for (int d = 0; d < meaning.length; d++) {
        meaning[d] += other.meaningSum[d];
      }
    } else if (meaningSum != null || other.meaningSum != null) {
      meaning = (meaningSum != null ? meaningSum : other.meaningSum).clone();
    }
    return new EventCentroid(
        eventId,
        words,
        mentions,
        meaning,
        articles + other.articles,
        mentionArticles + other.mentionArticles,
        meaningArticles + other.meaningArticles,
        min(firstMillis, other.firstMillis),
        max(lastMillis, other.lastMillis));
  }

  /**
   * Average-link similarity of two groups, times {@code outsideWeight} when both are dated and
   * their date ranges are more than the window apart.
   */
  public double averageSimilarity(EventCentroid other, EventSettings settings) {
    if (lastMillis != null
        && other.firstMillis != null
        && firstMillis != null
        && other.lastMillis != null) {
      long gap = Math.max(other.firstMillis - lastMillis, firstMillis - other.lastMillis);
      if (gap > settings.windowDays() * DAY_MILLIS) {
        return settings.outsideWeight() == 0
            ? 0
            : settings.outsideWeight() * contentSimilarity(other, settings);
      }
    }
    return contentSimilarity(other, settings);
  }

  private double contentSimilarity(EventCentroid other, EventSettings settings) {
    double pairs = (double) articles * other.articles;
    double words = dot(wordSum, other.wordSum) / pairs;
    if (mentionArticles == 0 || other.mentionArticles == 0) {
      // No names on one side: the meaning counts for nothing either (its gate is names).
      return words;
    }
    double mentions =
        dot(mentionSum, other.mentionSum) / ((double) mentionArticles * other.mentionArticles);
    double semanticWeight =
        meaningSum == null || other.meaningSum == null ? 0 : settings.semanticWeight();
    double similarity =
        (1 - settings.mentionWeight() - semanticWeight) * words
            + settings.mentionWeight() * mentions;
    if (semanticWeight > 0) {
      double cosine = 0;
      for (int d = 0; d < meaningSum.length; d++) {
        cosine += meaningSum[d] * other.meaningSum[d];
      }
      cosine /= (double) meaningArticles * other.meaningArticles;
      double gate = Math.min(1, mentions / EventSettings.SEMANTIC_NAME_GATE);
      similarity += semanticWeight * gate * settings.meaning(cosine);
    }
    return similarity;
  }

  /** The indices of the largest sums, for blocking candidate events. */
  public List<Integer> topFeatures(int count) {
    List<Integer> top = new ArrayList<>();
    for (Map<Integer, Double> sum : List.of(wordSum, mentionSum)) {
      sum.entrySet().stream()
          .sorted(
              Comparator.comparing(Map.Entry<Integer, Double>::getValue)
                  .reversed()
                  .thenComparing(Map.Entry::getKey))
          .limit(count)
          .forEach(entry -> top.add(entry.getKey()));
    }
    return top;
  }

  private static double dot(Map<Integer, Double> first, Map<Integer, Double> second) {
    Map<Integer, Double> small = first.size() <= second.size() ? first : second;
    Map<Integer, Double> large = small == first ? second : first;
    double dot = 0;
    for (Map.Entry<Integer, Double> entry : small.entrySet()) {
      Double other = large.get(entry.getKey());
      if (other != null) {
        dot += entry.getValue() * other;
      }
    }
    return dot;
  }

  private static Long min(Long first, Long second) {
    return first == null ? second : second == null ? first : Math.min(first, second);
  }

  private static Long max(Long first, Long second) {
    return first == null ? second : second == null ? first : Math.max(first, second);
  }
}
