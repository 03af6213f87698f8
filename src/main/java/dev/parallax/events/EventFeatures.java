package dev.parallax.events;

import dev.parallax.text.RandomProjections;
import dev.parallax.text.SparseVector;
import dev.parallax.text.Vectors;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article as event clustering sees it: TF-IDF vectors (sublinear tf) of its terms and of its
 * mentions, the meaning of its headline and lead (or null), its date, and the keys of the blocks it
 * joins to meet candidate partners.
 */
public record EventFeatures(
    String articleId,
    Long publishedMillis,
    SparseVector words,
    SparseVector mentions,
    float[] meaning,
    List<Integer> blockingKeys)
    implements Serializable {

  private static final long DAY_MILLIS = 86_400_000L;

  /**
   * Blocking on meaning: 4 bands of 12 random-hyperplane bits over the meaning vector (two articles
   * whose vectors are 30° apart share a band's key with probability 0.01, 10° apart 0.44). Keys are
   * tagged above the 2^20 hashed feature indices.
   */
  static final int MEANING_BANDS = 4;

  static final int MEANING_BITS = 12;
  private static final int MEANING_TAG = 1 << 30;
  private static final java.util.Map<Integer, RandomProjections> PROJECTIONS =
      new java.util.concurrent.ConcurrentHashMap<>();

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
    float[] meaning = terms.meaning();
    if (meaning != null && isNonZero(meaning)) {
      RandomProjections projections =
          PROJECTIONS.computeIfAbsent(
              meaning.length,
              dimensions ->
                  new RandomProjections(dimensions, MEANING_BANDS, MEANING_BITS, 20_191_021L));
      for (int key : projections.keys(meaning)) {
        blocking.add(MEANING_TAG | key);
      }
    } else {
      meaning = null;
    }
    return new EventFeatures(
        terms.articleId(),
        terms.publishedMillis(),
        SparseVector.normalised(words),
        SparseVector.normalised(mentions),
        meaning,
        blocking);
  }

  private static boolean isNonZero(float[] vector) {
    for (float value : vector) {
      if (value != 0) {
        return true;
      }
    }
    return false;
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
    return similarity(other, settings, true);
  }

  /**
   * The similarity the divisive pass cuts by: terms and names, without the meaning of headlines and
   * leads. Meaning tells the accusation-led tellings of a story from its denial-led ones (their
   * headlines say different things), so with it the pass cut one story along its framing;
   * look-alike events differ in their names, places and numbers, which terms and names hold.
   */
  public double splitSimilarity(EventFeatures other, EventSettings settings) {
    return similarity(other, settings, false);
  }

  private double similarity(EventFeatures other, EventSettings settings, boolean withMeaning) {
    double time = 1;
    if (publishedMillis != null
        && other.publishedMillis != null
        && Math.abs(publishedMillis - other.publishedMillis) > settings.windowDays() * DAY_MILLIS) {
      time = settings.outsideWeight();
      if (time == 0) {
        return 0;
      }
    }
    return time * content(other, settings, withMeaning);
  }

  private double content(EventFeatures other, EventSettings settings, boolean withMeaning) {
    double mentionWeight = settings.mentionWeight();
    if (mentions.isEmpty() || other.mentions.isEmpty()) {
      mentionWeight = 0;
    }
    double semanticWeight =
        !withMeaning || meaning == null || other.meaning == null ? 0 : settings.semanticWeight();
    double names = mentions.cosine(other.mentions);
    double similarity =
        (1 - mentionWeight - semanticWeight) * words.cosine(other.words) + mentionWeight * names;
    if (semanticWeight > 0) {
      // Meaning counts in proportion to shared names, up to the gate: look-alike events (two
      // earthquakes) mean much the same, but name other places and people (Cybulska & Vossen
      // 2014).
      double gate = Math.min(1, names / EventSettings.SEMANTIC_NAME_GATE);
      similarity += semanticWeight * gate * settings.meaning(Vectors.dot(meaning, other.meaning));
    }
    return similarity;
  }
}
