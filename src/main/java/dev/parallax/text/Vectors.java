package dev.parallax.text;

/** Small operations on dense vectors of floats. */
public final class Vectors {
  private Vectors() {}

  /** The vector scaled to length 1 (in place); a zero vector stays zero. */
  public static float[] normalised(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < vector.length; i++) {
        vector[i] *= scale;
      }
    }
    return vector;
  }

  /** The dot product (the cosine, for normalised vectors); 0 when either is null. */
  public static double dot(float[] first, float[] second) {
    if (first == null || second == null) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < first.length; i++) {
      sum += first[i] * second[i];
    }
    return sum;
  }
}
