package dev.parallax.events;

import java.io.Serializable;

/**
 * How many articles contain each hashed feature, for inverse document frequency: idf = ln((1 + N) /
 * (1 + df)) + 1, the smoothed form scikit-learn and Spark MLlib use.
 */
public final class DocumentFrequencies implements Serializable {
  private final int[] counts;
  private long documents;

  public DocumentFrequencies() {
    this.counts = new int[FeatureHashing.DIMENSIONS];
  }

  /** Counts one article's distinct features. */
  public DocumentFrequencies add(ArticleTerms terms) {
    for (int index : terms.distinctIndices()) {
      counts[index]++;
    }
    documents++;
    return this;
  }

  /** Adds another table (for a distributed reduce). */
  public DocumentFrequencies merge(DocumentFrequencies other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    documents += other.documents;
    return this;
  }

  public long documents() {
    return documents;
  }

  public int frequency(int index) {
    return counts[index];
  }

  public double idf(int index) {
    return Math.log((1.0 + documents) / (1.0 + counts[index])) + 1.0;
  }

  /** Calls {@code action} with each non-zero (index, count), in index order. */
  public void forEachNonZero(java.util.function.BiConsumer<Integer, Integer> action) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        action.accept(i, counts[i]);
      }
    }
  }

  /** Restores a table from its non-zero counts and document count. */
  public static DocumentFrequencies of(java.util.Map<Integer, Integer> nonZero, long documents) {
    DocumentFrequencies frequencies = new DocumentFrequencies();
    nonZero.forEach((index, count) -> frequencies.counts[index] = count);
    frequencies.documents = documents;
    return frequencies;
  }
}
