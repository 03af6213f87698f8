package dev.parallax.text;

import java.io.Serializable;

/**
 * When two groups of dated items may become one: when their date ranges are at most {@code
 * gapMillis} apart (continuous coverage: a story followed day after day), or when together they
 * span at most {@code maxSpanMillis}; and never beyond {@code hardCapMillis}. Undated items do not
 * count: a group of undated items may join any group, but it cannot bridge two dated groups that
 * the rule keeps apart, since the dated ranges decide. Groups at least {@code strongSimilarity}
 * alike merge whatever the gap between them (a trial months after the crime names the same people),
 * within the hard cap.
 */
public record TimeRule(
    long gapMillis, long maxSpanMillis, long hardCapMillis, double strongSimilarity)
    implements Serializable {
  /** No rule: every merge is allowed. */
  public static final TimeRule NONE =
      new TimeRule(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 0);

  public static final long DAY_MILLIS = 86_400_000L;

  /** The rule in days. */
  public static TimeRule days(
      long gapDays, long maxSpanDays, long hardCapDays, double strongSimilarity) {
    return new TimeRule(
        gapDays * DAY_MILLIS, maxSpanDays * DAY_MILLIS, hardCapDays * DAY_MILLIS, strongSimilarity);
  }

  /**
   * Whether groups with date ranges {@code [firstA, lastA]} and {@code [firstB, lastB]} may merge;
   * {@link Long#MAX_VALUE} as first (and {@link Long#MIN_VALUE} as last) stands for a group with no
   * dated item.
   */
  public boolean allows(long firstA, long lastA, long firstB, long lastB, double similarity) {
    if (firstA > lastA || firstB > lastB) {
      return true;
    }
    long span = Math.max(lastA, lastB) - Math.min(firstA, firstB);
    if (span > hardCapMillis) {
      return false;
    }
    if (similarity >= strongSimilarity) {
      return true;
    }
    long gap = Math.max(firstB - lastA, firstA - lastB);
    return gap <= gapMillis || span <= maxSpanMillis;
  }
}
