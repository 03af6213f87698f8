package dev.parallax.text;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * Locality-sensitive hashing of unit vectors by random hyperplanes (Charikar 2002): each of {@code
 * bands} keys is the pattern of signs of the vector against {@code bits} fixed random directions,
 * so two vectors at angle θ share a band's key with probability {@code (1 - θ/π)^bits}. The
 * directions come from a fixed seed: the same vector always gets the same keys.
 */
public final class RandomProjections implements Serializable {
  private final int bands;
  private final int bits;
  private final float[][] directions;

  public RandomProjections(int dimensions, int bands, int bits, long seed) {
    if (bits < 1 || bits > 24) {
      throw new IllegalArgumentException("bits must be in [1, 24] but is " + bits);
    }
    this.bands = bands;
    this.bits = bits;
    this.directions = new float[bands * bits][dimensions];
    SplittableRandom random = new SplittableRandom(seed);
    for (float[] direction : directions) {
      for (int d = 0; d < dimensions; d++) {
        direction[d] = (float) gaussian(random);
      }
    }
  }

  /** Box-Muller: one standard normal number. */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  public int bands() {
    return bands;
  }

  /** The vector's key in each band: its band number in the high bits, its sign pattern below. */
  public int[] keys(float[] vector) {
    int[] keys = new int[bands];
    for (int band = 0; band < bands; band++) {
      int pattern = 0;
      for (int bit = 0; bit < bits; bit++) {
        if (Vectors.dot(directions[band * bits + bit], vector) >= 0) {
          pattern |= 1 << bit;
        }
      }
      keys[band] = (band << bits) | pattern;
    }
    return keys;
  }
}
