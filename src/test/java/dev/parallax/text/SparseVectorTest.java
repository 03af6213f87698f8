package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseVectorTest {

  /** The plain merge, the oracle: the same products, added in the order of their indices. */
  private static double referenceDot(SparseVector first, SparseVector second) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < first.indices().length && j < second.indices().length) {
      if (first.indices()[i] == second.indices()[j]) {
        dot += (double) first.values()[i++] * second.values()[j++];
      } else if (first.indices()[i] < second.indices()[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  private static SparseVector random(Random random, int[] vocabulary) {
    Map<Integer, Double> weights = new HashMap<>();
    for (int i = random.nextInt(60); i > 0; i--) {
      weights.put(vocabulary[random.nextInt(vocabulary.length)], random.nextDouble());
    }
    return SparseVector.normalised(weights);
  }

  @Test
  void cosineIsTheDotProductOfTheMergeBitForBit() {
    Random random = new Random(5);
    // Hashed indices take the whole int range, negative ones included.
    int[] vocabulary = new int[300];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = random.nextInt();
    }
    vocabulary[0] = Integer.MIN_VALUE;
    vocabulary[1] = Integer.MAX_VALUE;
    for (int round = 0; round < 5_000; round++) {
      SparseVector first = random(random, vocabulary);
      SparseVector second = random(random, vocabulary);
      assertThat(first.cosine(second)).isEqualTo(referenceDot(first, second));
      assertThat(second.cosine(first)).isEqualTo(referenceDot(second, first));
    }
    SparseVector one = SparseVector.normalised(Map.of(7, 1.0, -3, 1.0));
    assertThat(one.cosine(one)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(one.cosine(SparseVector.EMPTY)).isZero();
  }
}
