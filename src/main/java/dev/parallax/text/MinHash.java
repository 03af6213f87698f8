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

  /** The signature of {@code text}; an empty text gets an all-max signature. */
  public long[] signature(String text) {
    long[] signature = new long[size()];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingleHashes(text)) {
      for (int i = 0; i < signature.length; i++) {
        long value = mix(shingle * multipliers[i] + offsets[i]) >>> 1;
        if (value < signature[i]) {
          signature[i] = value;
        }
      }
    }
    return signature;
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

  private long[] shingleHashes(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> tokens = new ArrayList<>(words.length);
    for (String word : words) {
      if (!word.isEmpty()) {
        tokens.add(word);
      }
    }
    if (tokens.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, tokens.size() - shingleWords + 1);
    long[] hashes = new long[count];
    for (int start = 0; start < count; start++) {
      long hash = 0x84222325CBF29CE4L;
      int end = Math.min(tokens.size(), start + shingleWords);
      for (int i = start; i < end; i++) {
        String token = tokens.get(i);
        for (int c = 0; c < token.length(); c++) {
          hash = (hash ^ token.charAt(c)) * 0x100000001B3L;
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
