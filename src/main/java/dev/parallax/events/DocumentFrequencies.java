package dev.parallax.events;

import java.io.Serializable;

/**
 * How many articles contain each hashed feature, for inverse document frequency: idf = ln((1 + N) /
 * (1 + df)) + 1, the smoothed form scikit-learn and Spark MLlib use. The table of {@link
 * FeatureHashing#DIMENSIONS} counts (4 MiB) is made on the first count and serialized as its
 * non-zero counts only: the empty table is the distributed sum's zero, shipped in the task binary,
 * and each task's partial table comes back to the driver (8 and 12 MiB task binaries, and 4 MiB a
 * task, when written whole).
 */
public final class DocumentFrequencies implements Serializable {
  private static final long serialVersionUID = 2L;

  /** null while every count is 0. */
  private transient int[] counts;

  private long documents;

  public DocumentFrequencies() {}

  private int[] table() {
    if (counts == null) {
      counts = new int[FeatureHashing.DIMENSIONS];
    }
    return counts;
  }

  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    out.defaultWriteObject();
    int nonZero = 0;
    if (counts != null) {
      for (int count : counts) {
        nonZero += count != 0 ? 1 : 0;
      }
    }
    out.writeInt(nonZero);
    if (nonZero > 0) {
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] != 0) {
          out.writeInt(i);
          out.writeInt(counts[i]);
        }
      }
    }
  }

  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    int nonZero = in.readInt();
    if (nonZero > 0) {
      int[] table = table();
      for (int n = 0; n < nonZero; n++) {
        int index = in.readInt();
        table[index] = in.readInt();
      }
    }
  }

  /** Counts one article's distinct features. */
  public DocumentFrequencies add(ArticleTerms terms) {
    int[] table = table();
    for (int index : terms.distinctIndices()) {
      table[index]++;
    }
    documents++;
    return this;
  }

  /** Adds another table (for a distributed reduce). */
  public DocumentFrequencies merge(DocumentFrequencies other) {
    if (other.counts != null) {
      if (counts == null) {
        counts = other.counts.clone();
      } else {
        for (int i = 0; i < counts.length; i++) {
          counts[i] += other.counts[i];
        }
      }
    }
    documents += other.documents;
    return this;
  }

  public long documents() {
    return documents;
  }

  public int frequency(int index) {
    return counts == null ? 0 : counts[index];
  }

  public double idf(int index) {
    return Math.log((1.0 + documents) / (1.0 + frequency(index))) + 1.0;
  }

  /** Calls {@code action} with each non-zero (index, count), in index order. */
  public void forEachNonZero(java.util.function.BiConsumer<Integer, Integer> action) {
    if (counts == null) {
      return;
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        action.accept(i, counts[i]);
      }
    }
  }

  /** Restores a table from its non-zero counts and document count. */
  public static DocumentFrequencies of(java.util.Map<Integer, Integer> nonZero, long documents) {
    DocumentFrequencies frequencies = new DocumentFrequencies();
    nonZero.forEach((index, count) -> frequencies.table()[index] = count);
    frequencies.documents = documents;
    return frequencies;
  }
}
