package dev.parallax.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogOddsTest {

  @Test
  void matchesTheFormulaByHand() {
    // y_i=10 of n_i=1000, y_j=2 of n_j=1000, a_w=1, a_0=100
    LogOdds odds = LogOdds.of(10, 1000, 2, 1000, 1, 100);
    double delta = Math.log(11.0 / (1000 + 100 - 10 - 1)) - Math.log(3.0 / (1000 + 100 - 2 - 1));
    assertThat(odds.delta()).isCloseTo(delta, within(1e-12));
    assertThat(odds.z()).isCloseTo(delta / Math.sqrt(1.0 / 11 + 1.0 / 3), within(1e-12));
  }

  @Test
  void equalRatesScoreZeroAndThePriorTamesRareWords() {
    assertThat(LogOdds.of(5, 500, 5, 500, 2, 100).z()).isCloseTo(0, within(1e-12));
    double rare = LogOdds.of(1, 1000, 0, 1000, 5, 1000).z();
    double common = LogOdds.of(40, 1000, 20, 1000, 5, 1000).z();
    assertThat(common).isGreaterThan(rare);
  }
}
