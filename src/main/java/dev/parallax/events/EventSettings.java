package dev.parallax.events;

import java.io.Serializable;

/**
 * The knobs of event clustering.
 *
 * @param threshold average-link similarity at or above which two clusters merge
 * @param mentionWeight weight of the mention (names, numbers) cosine; terms get the rest
 * @param windowDays articles further apart than this (both dated) count {@code outsideWeight} of
 *     their similarity
 * @param outsideWeight the share of similarity two dated articles keep beyond the window (0: they
 *     are never linked, and blocks propose no such pairs)
 * @param blockingKeys how many top-weighted features of each kind make an article's blocking keys
 * @param maxBlock blocks with more articles than this are too common to propose pairs
 * @param splitRatio an event is cut in two when the mean similarity across the cut is below this
 *     share of the mean within its sides (0: never; see {@link EventSplitter})
 * @param semanticWeight weight of the meaning of titles and leads (0 when there are no vectors)
 * @param semanticFloor meaning cosines at or below it count 0; above, they are scaled to reach 1
 * @param maxSpanDays an event's dated articles may span more than this only where its coverage is
 *     continuous (no gap longer than the window); never more than {@link #HARD_SPAN_DAYS}
 */
public record EventSettings(
    double threshold,
    double mentionWeight,
    int windowDays,
    double outsideWeight,
    int blockingKeys,
    int maxBlock,
    double splitRatio,
    double semanticWeight,
    double semanticFloor,
    int maxSpanDays)
    implements Serializable {

  /** No event's dated articles span more than a year. */
  public static final int HARD_SPAN_DAYS = 365;

  /**
   * Groups whose mean similarity reaches this multiple of the threshold merge across any gap
   * (within the year): a follow-up weeks later that names the same people is the same story, a
   * topic covered now and then is not.
   */
  public static final double STRONG_LINK = 4.0 / 3;

  /** Names cosine at which the meaning of titles and leads counts fully (below, in proportion). */
  public static final double SEMANTIC_NAME_GATE = 0.3;

  public EventSettings {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1] but is " + threshold);
    }
    if (mentionWeight < 0 || mentionWeight > 1) {
      throw new IllegalArgumentException("mentionWeight must be in [0, 1] but is " + mentionWeight);
    }
    if (outsideWeight < 0 || outsideWeight > 1) {
      throw new IllegalArgumentException("outsideWeight must be in [0, 1] but is " + outsideWeight);
    }
    if (splitRatio < 0 || splitRatio > 1) {
      throw new IllegalArgumentException("splitRatio must be in [0, 1] but is " + splitRatio);
    }
    if (semanticWeight < 0 || mentionWeight + semanticWeight > 1) {
      throw new IllegalArgumentException(
          "semanticWeight must be in [0, 1 - mentionWeight] but is " + semanticWeight);
    }
    if (semanticFloor < 0 || semanticFloor >= 1) {
      throw new IllegalArgumentException("semanticFloor must be in [0, 1) but is " + semanticFloor);
    }
  }

  public static EventSettings from(dev.parallax.config.ParallaxConfig config) {
    return new EventSettings(
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_THRESHOLD),
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_MENTION_WEIGHT),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_WINDOW_DAYS),
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_OUTSIDE_WINDOW_WEIGHT),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_BLOCKING_KEYS),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_MAX_BLOCK),
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_SPLIT_RATIO),
        config.get(dev.parallax.config.ConfigKeys.EVENTS_SEMANTIC).equals("off")
            ? 0
            : config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_SEMANTIC_WEIGHT),
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_SEMANTIC_FLOOR),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_MAX_SPAN_DAYS));
  }

  /** The time rule of average link: see {@link dev.parallax.text.TimeRule}. */
  public dev.parallax.text.TimeRule timeRule() {
    return dev.parallax.text.TimeRule.days(
        windowDays,
        maxSpanDays,
        Integer.MAX_VALUE / 2,
        Double.parseDouble(System.getProperty("parallax.strong", "2")));
  }

  /**
   * The similarity of two meaning vectors' cosine: 0 up to the floor, then rising linearly to 1
   * (the cosines of unrelated news texts are small but not zero).
   */
  public double meaning(double cosine) {
    return cosine <= semanticFloor ? 0 : (cosine - semanticFloor) / (1 - semanticFloor);
  }

  public static EventSettings defaults() {
    return new EventSettings(0.15, 0.3, 7, 0.7, 10, 500, 0.63, 0.15, 0.45, 30);
  }
}
