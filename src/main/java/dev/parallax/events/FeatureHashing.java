package dev.parallax.events;

/**
 * Maps a feature name to one of {@link #DIMENSIONS} indices (the hashing trick, Weinberger et al.
 * 2009): no vocabulary to build or ship, and the document-frequency table is a fixed 4 MB array.
 * Collisions at 2^20 are rare enough not to move a cosine similarity.
 */
public final class FeatureHashing {
  public static final int DIMENSIONS = 1 << 20;

  private FeatureHashing() {}

  public static int index(String feature) {
    int hash = 0x811C9DC5;
    for (int i = 0; i < feature.length(); i++) {
      hash = (hash ^ feature.charAt(i)) * 0x01000193;
    }
    hash ^= hash >>> 16;
    hash *= 0x85EBCA6B;
    hash ^= hash >>> 13;
    return hash & (DIMENSIONS - 1);
  }
}
