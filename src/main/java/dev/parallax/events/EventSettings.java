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
 */
public record EventSettings(
    double threshold,
    double mentionWeight,
    int windowDays,
    double outsideWeight,
    int blockingKeys,
    int maxBlock,
    double splitRatio)
    implements Serializable {

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
  }

  public static EventSettings from(dev.parallax.config.ParallaxConfig config) {
    return new EventSettings(
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_THRESHOLD),
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_MENTION_WEIGHT),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_WINDOW_DAYS),
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_OUTSIDE_WINDOW_WEIGHT),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_BLOCKING_KEYS),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_MAX_BLOCK),
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_SPLIT_RATIO));
  }

  public static EventSettings defaults() {
    return new EventSettings(0.15, 0.3, 7, 0.7, 10, 500, 0.63);
  }
}
