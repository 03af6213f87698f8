package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

  @Test
  void perfectPredictionScoresOne() {
    Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2");
    ClusterScores scores = ClusterScores.of(gold, Map.of("a", "x", "b", "x", "c", "y"));
    assertThat(scores.b3F1()).isEqualTo(1.0);
    assertThat(scores.pairF1()).isEqualTo(1.0);
    assertThat(scores.adjustedRand()).isEqualTo(1.0);
  }

  @Test
  void bCubedByHand() {
    // gold {a,b,c} {d}; predicted {a,b} {c,d}
    Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
    Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    ClusterScores scores = ClusterScores.of(gold, predicted);
    // precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
    assertThat(scores.b3Precision()).isCloseTo(0.75, within(1e-9));
    assertThat(scores.b3Recall()).isCloseTo(2.0 / 3, within(1e-9));
    // pairs: gold ab ac bc; predicted ab cd; both ab
    assertThat(scores.pairPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(scores.pairRecall()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void goldItemsMissingFromThePredictionAreSingletonsAndExtrasAreIgnored() {
    Map<String, String> gold = Map.of("a", "1", "b", "1");
    ClusterScores scores = ClusterScores.of(gold, Map.of("a", "x", "z", "x"));
    assertThat(scores.b3Precision()).isEqualTo(1.0);
    assertThat(scores.b3Recall()).isEqualTo(0.5);
  }
}
