package dev.parallax.text;

import java.io.Serializable;
import java.util.Objects;

/** Two articles and their similarity; {@code first} sorts before {@code second}. */
public record SimilarityEdge(String first, String second, double similarity)
    implements Serializable {
  public SimilarityEdge {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("edge ids out of order: " + first + ", " + second);
    }
  }

  public static SimilarityEdge of(String one, String other, double similarity) {
    return one.compareTo(other) < 0
        ? new SimilarityEdge(one, other, similarity)
        : new SimilarityEdge(other, one, similarity);
  }
}
