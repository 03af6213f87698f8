package dev.parallax.events;

import java.io.Serializable;

/**
 * The knobs of event clustering.
 *
 * @param threshold average-link similarity at or above which two clusters merge
 * @param mentionWeight weight of the mention (names, numbers) cosine; terms get the rest
 * @param windowDays articles further apart than this (both dated) are never linked
 * @param blockingKeys how many top-weighted features of each kind make an article's blocking keys
 * @param maxBlock blocks with more articles than this are too common to propose pairs
 */
public record EventSettings(
    double threshold, double mentionWeight, int windowDays, int blockingKeys, int maxBlock)
    implements Serializable {

  public EventSettings {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1] but is " + threshold);
    }
    if (mentionWeight < 0 || mentionWeight > 1) {
      throw new IllegalArgumentException("mentionWeight must be in [0, 1] but is " + mentionWeight);
    }
  }

  public static EventSettings from(dev.parallax.config.ParallaxConfig config) {
    return new EventSettings(
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_THRESHOLD),
        config.getDouble(dev.parallax.config.ConfigKeys.EVENTS_MENTION_WEIGHT),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_WINDOW_DAYS),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_BLOCKING_KEYS),
        config.getInt(dev.parallax.config.ConfigKeys.EVENTS_MAX_BLOCK));
  }

  public static EventSettings defaults() {
    return new EventSettings(0.2, 0.3, 7, 10, 500);
  }
}
