package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of word shingles (Broder 1997, "On the resemblance and containment of
 * documents"): the share of equal signature positions estimates the Jaccard similarity of two
 * texts' shingle sets. Banding the signature (Leskovec, Rajaraman & Ullman, "Mining of Massive
 * Datasets", ch. 3) makes candidate pairs without comparing all pairs: two texts share a band key
 * with probability 1 - (1 - s^r)^b.
 */
public final class MinHash implements java.io.Serializable {
  private final int shingleWords;
  private final int bands;
  private final int rows;
  private final long[] multipliers;
  private final long[] offsets;

  public MinHash(int shingleWords, int bands, int rows) {
    if (shingleWords < 1 || bands < 1 || rows < 1) {
      throw new IllegalArgumentException("shingleWords, bands and rows must be positive");
    }
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
    int size = bands * rows;
    this.multipliers = new long[size];
    this.offsets = new long[size];
    long state = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < size; i++) {
      state = mix(state + i);
      multipliers[i] = state | 1L;
      state = mix(state);
      offsets[i] = state;
    }
  }

  public int size() {
    return bands * rows;
  }

  /**
   * The signature of {@code text}; an empty text gets an all-max signature. Each position is the
   * least hash of the text's distinct shingles (a repeated shingle cannot lower it), found with the
   * minimum in a register.
   */
  public long[] signature(String text) {
    long[] shingles = distinct(shingleHashes(text));
    long[] signature = new long[size()];
    for (int i = 0; i < signature.length; i++) {
      long multiplier = multipliers[i];
      long offset = offsets[i];
      long least = Long.MAX_VALUE;
      for (long shingle : shingles) {
        long value = mix(shingle * multiplier + offset) >>> 1;
        if (value < least) {
          least = value;
        }
      }
      signature[i] = least;
    }
    return signature;
  }

  /** The values of {@code hashes}, each once (sorted). */
  private static long[] distinct(long[] hashes) {
    if (hashes.length < 2) {
      return hashes;
    }
    long[] sorted = hashes.clone();
    java.util.Arrays.sort(sorted);
    int kept = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[kept - 1]) {
        sorted[kept++] = sorted[i];
      }
    }
    return kept == sorted.length ? sorted : java.util.Arrays.copyOf(sorted, kept);
  }

  /** One key per band, prefixed with the band number so bands never collide with each other. */
  public List<String> bandKeys(long[] signature) {
    List<String> keys = new ArrayList<>(bands);
    for (int band = 0; band < bands; band++) {
      long hash = band;
      for (int row = 0; row < rows; row++) {
        hash = mix(hash * 31 + signature[band * rows + row]);
      }
      keys.add(band + ":" + Long.toHexString(hash));
    }
    return keys;
  }

  /** The estimated Jaccard similarity: the share of equal positions. */
  public static double similarity(long[] first, long[] second) {
    if (first.length != second.length) {
      throw new IllegalArgumentException("signatures differ in length");
    }
    int equal = 0;
    for (int i = 0; i < first.length; i++) {
      if (first[i] == second[i]) {
        equal++;
      }
    }
    return (double) equal / first.length;
  }

  /**
   * The hash of each run of {@code shingleWords} words of the lower-cased text (one shingle when it
   * has fewer words); words are the runs of letters and numbers ({@code [\\p{L}\\p{N}]+}), each
   * hashed by its UTF-16 chars.
   */
  private long[] shingleHashes(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    // Word boundaries as [start, end) pairs of char offsets.
    int[] bounds = new int[32];
    int words = 0;
    int i = 0;
    while (i < lower.length()) {
      int codePoint = lower.codePointAt(i);
      if (!WordChars.isLetterOrNumber(codePoint)) {
        i += Character.charCount(codePoint);
        continue;
      }
      int start = i;
      i += Character.charCount(codePoint);
      while (i < lower.length()) {
        codePoint = lower.codePointAt(i);
        if (!WordChars.isLetterOrNumber(codePoint)) {
          break;
        }
        i += Character.charCount(codePoint);
      }
      if (2 * words + 2 > bounds.length) {
        bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * words] = start;
      bounds[2 * words + 1] = i;
      words++;
    }
    if (words == 0) {
      return new long[0];
    }
    int count = Math.max(1, words - shingleWords + 1);
    long[] hashes = new long[count];
    for (int start = 0; start < count; start++) {
      long hash = 0x84222325CBF29CE4L;
      int end = Math.min(words, start + shingleWords);
      for (int word = start; word < end; word++) {
        for (int c = bounds[2 * word]; c < bounds[2 * word + 1]; c++) {
          hash = (hash ^ lower.charAt(c)) * 0x100000001B3L;
        }
        hash = (hash ^ ' ') * 0x100000001B3L;
      }
      hashes[start] = mix(hash);
    }
    return hashes;
  }

  /** SplitMix64's finaliser: a fast, well-spread 64-bit mixing function. */
  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
