package dev.parallax.events;

import dev.parallax.text.SparseVector;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article as event clustering sees it: TF-IDF vectors (sublinear tf) of its terms and of its
 * mentions, its date, and the keys of the blocks it joins to meet candidate partners.
 */
public record EventFeatures(
    String articleId,
    Long publishedMillis,
    SparseVector words,
    SparseVector mentions,
    List<Integer> blockingKeys)
    implements Serializable {

  private static final long DAY_MILLIS = 86_400_000L;

  public EventFeatures {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(mentions, "mentions");
    blockingKeys = List.copyOf(blockingKeys);
  }

  public static EventFeatures of(ArticleTerms terms, DocumentFrequencies frequencies, int keys) {
    Map<Integer, Double> words = weigh(terms.words(), frequencies);
    Map<Integer, Double> mentions = weigh(terms.mentions(), frequencies);
    List<Integer> blocking = new ArrayList<>(top(words, keys));
    for (int key : top(mentions, keys)) {
      if (!blocking.contains(key)) {
        blocking.add(key);
      }
    }
    return new EventFeatures(
        terms.articleId(),
        terms.publishedMillis(),
        SparseVector.normalised(words),
        SparseVector.normalised(mentions),
        blocking);
  }

  private static Map<Integer, Double> weigh(
      Map<Integer, Double> counts, DocumentFrequencies frequencies) {
    Map<Integer, Double> weights = new HashMap<>();
    for (Map.Entry<Integer, Double> entry : counts.entrySet()) {
      weights.put(
          entry.getKey(), (1.0 + Math.log(entry.getValue())) * frequencies.idf(entry.getKey()));
    }
    return weights;
  }

  private static List<Integer> top(Map<Integer, Double> weights, int count) {
    return weights.entrySet().stream()
        .sorted(
            Comparator.comparing(Map.Entry<Integer, Double>::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(count)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Similarity to another article: the weighted cosines, times {@code outsideWeight} when both are
   * dated and further apart than the window (a follow-up weeks later can still join when its
   * content is close; Miranda et al. 2018 found time a feature, not a wall).
   */
  public double similarity(EventFeatures other, EventSettings settings) {
    double time = 1;
    if (publishedMillis != null
        && other.publishedMillis != null
        && Math.abs(publishedMillis - other.publishedMillis) > settings.windowDays() * DAY_MILLIS) {
      time = settings.outsideWeight();
      if (time == 0) {
        return 0;
      }
    }
    return time * content(other, settings);
  }

  private double content(EventFeatures other, EventSettings settings) {
    double mentionWeight = settings.mentionWeight();
    if (mentions.isEmpty() || other.mentions.isEmpty()) {
      mentionWeight = 0;
    }
    return (1 - mentionWeight) * words.cosine(other.words)
        + mentionWeight * mentions.cosine(other.mentions);
  }
}
