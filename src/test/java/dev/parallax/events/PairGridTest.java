package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairGridTest {

  @Test
  void partsHoldAtMostTheirShareOfArticles() {
    assertThat(PairGrid.forArticles(0).parts()).isEqualTo(1);
    assertThat(PairGrid.forArticles(8_000).parts()).isEqualTo(1);
    assertThat(PairGrid.forArticles(8_001).parts()).isEqualTo(2);
    assertThat(PairGrid.forArticles(37_554).parts()).isEqualTo(5);
  }

  @Test
  void everyPairMeetsInACellBothOfItsArticlesAreSentTo() {
    PairGrid grid = new PairGrid(5);
    Set<Integer> cells = new HashSet<>();
    for (int first = 0; first < 40; first++) {
      for (int second = first + 1; second < 40; second++) {
        long pair = Blocking.packPair(second, first);
        assertThat(Blocking.firstOf(pair)).isEqualTo(first);
        assertThat(Blocking.secondOf(pair)).isEqualTo(second);
        int cell = grid.cellOf(pair);
        assertThat(cell).isBetween(0, grid.cells() - 1);
        assertThat(grid.cellsOf(first)).contains(cell);
        assertThat(grid.cellsOf(second)).contains(cell);
        cells.add(cell);
      }
    }
    assertThat(cells).hasSize(15);
  }
}
