package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.events.Blocking;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell's pairs, proposed by several blocks, are compared once each, in ascending order. */
class ScoreCandidatePairsTest {
  @Test
  void pairsProposedByManyBlocksAreComparedOnce() {
    long ab = Blocking.packPair(1, 2);
    long ac = Blocking.packPair(3, 1);
    long bc = Blocking.packPair(2, 3);
    long[] distinct =
        ScoreCandidatePairs.distinct(
            List.of(new long[] {bc, ab}, new long[] {}, new long[] {ab, ac, ab}, new long[] {bc}));
    assertThat(distinct).containsExactly(ab, ac, bc);
    assertThat(ScoreCandidatePairs.distinct(List.of())).isEmpty();
  }
}
