package dev.parallax.events;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidate pairs without comparing all pairs: an article joins one block per top feature and time
 * bucket. Buckets are {@code windowDays} wide; a dated article joins its own bucket and the next,
 * so any two dated articles within the window share a bucket. Undated articles (clustered by
 * content alone) join the bucket {@code "*"} of their features, which every article joins too;
 * there, pairs of two dated articles are proposed only when dated articles beyond the window can be
 * linked at all. Blocks larger than {@code maxBlock} are features too common to tell events apart
 * and propose nothing.
 */
public final class Blocking {
  private static final long DAY_MILLIS = 86_400_000L;
  public static final String UNDATED = "*";

  /**
   * Dated articles further apart than the window meet only in blocks of a rare feature (a name or
   * term in at most this many articles of the whole run): the all-time blocks of common features
   * would propose most pairs of a large corpus, and a link across months needs a rare shared name.
   */
  public static final int ACROSS_TIME_MAX_BLOCK = 50;

  private Blocking() {}

  /** A block member: article id and whether it is dated. */
  public record Member(String articleId, boolean dated) implements Serializable {}

  /** The block keys of an article. */
  public static List<String> keysOf(EventFeatures features, int windowDays) {
    List<String> keys = new ArrayList<>();
    Long published = features.publishedMillis();
    for (int feature : features.blockingKeys()) {
      keys.add(feature + "|" + UNDATED);
      if (published != null) {
        long bucket = Math.floorDiv(published, Math.max(1, windowDays) * DAY_MILLIS);
        keys.add(feature + "|" + bucket);
        keys.add(feature + "|" + (bucket + 1));
      }
    }
    return keys;
  }

  /**
   * The candidate pairs of one block, first id before second; none for an oversized block. In a
   * block {@code "*"}, pairs of two dated articles are proposed only when {@code acrossTime} (dated
   * articles further apart than the window can still be linked) and the block has at most {@link
   * #ACROSS_TIME_MAX_BLOCK} articles; the time buckets propose the rest.
   */
  public static List<String[]> pairs(
      String key, List<Member> members, int maxBlock, boolean acrossTime) {
    List<String[]> pairs = new ArrayList<>();
    if (members.size() > maxBlock) {
      return pairs;
    }
    boolean datedPairs = proposesDatedPairs(key, members.size(), acrossTime);
    List<Member> sorted = new ArrayList<>(members);
    sorted.sort((a, b) -> a.articleId().compareTo(b.articleId()));
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        Member first = sorted.get(i);
        Member second = sorted.get(j);
        if (!datedPairs && first.dated() && second.dated()) {
          continue;
        }
        pairs.add(new String[] {first.articleId(), second.articleId()});
      }
    }
    return pairs;
  }

  /**
   * The candidate pairs of one block of numbered articles ({@link #pairs} for numbers instead of
   * ids): each pair packed by {@link #packPair}. {@code dated[i]} tells whether {@code numbers[i]}
   * is dated.
   */
  public static long[] numberedPairs(
      String key, int[] numbers, boolean[] dated, int maxBlock, boolean acrossTime) {
    int size = numbers.length;
    if (size > maxBlock || size < 2) {
      return new long[0];
    }
    boolean datedPairs = proposesDatedPairs(key, size, acrossTime);
    long[] pairs = new long[size * (size - 1) / 2];
    int count = 0;
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        if (datedPairs || !(dated[i] && dated[j])) {
          pairs[count++] = packPair(numbers[i], numbers[j]);
        }
      }
    }
    return count == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, count);
  }

  /** Two article numbers as one long, the smaller in the high half. */
  public static long packPair(int one, int other) {
    int low = Math.min(one, other);
    int high = Math.max(one, other);
    return ((long) low << 32) | (high & 0xFFFF_FFFFL);
  }

  public static int firstOf(long pair) {
    return (int) (pair >>> 32);
  }

  public static int secondOf(long pair) {
    return (int) pair;
  }

  /**
   * Whether a block proposes pairs of two dated articles: always in a time bucket; in a block
   * {@code "*"} only when dated articles beyond the window can be linked and the block is rare.
   */
  private static boolean proposesDatedPairs(String key, int size, boolean acrossTime) {
    return !key.endsWith("|" + UNDATED) || (acrossTime && size <= ACROSS_TIME_MAX_BLOCK);
  }
}
