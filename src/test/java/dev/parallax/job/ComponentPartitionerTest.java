package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ComponentPartitionerTest {

  @Test
  void largeComponentsShareTheFirstPartitionAndTheOthersSpreadOverTheRest() {
    Map<String, String> componentOf = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      componentOf.put("big-a-" + i, "A");
      componentOf.put("big-b-" + i, "B");
    }
    for (int i = 0; i < 200; i++) {
      componentOf.put("small-" + i, "c" + (i / 2));
    }
    ComponentPartitioner partitioner = ComponentPartitioner.of(componentOf, 4, 30);

    assertThat(partitioner.numPartitions()).isEqualTo(4);
    assertThat(partitioner.getPartition("A")).isZero();
    assertThat(partitioner.getPartition("B")).isZero();
    Set<Integer> used = new TreeSet<>();
    for (int c = 0; c < 100; c++) {
      int partition = partitioner.getPartition("c" + c);
      assertThat(partition).isBetween(1, 3);
      assertThat(partitioner.getPartition("c" + c)).isEqualTo(partition);
      used.add(partition);
    }
    assertThat(used).containsExactly(1, 2, 3);
    // Equal assignments are equal partitioners (Spark then skips a reshuffle).
    assertThat(partitioner).isEqualTo(ComponentPartitioner.of(componentOf, 4, 30));
    assertThat(partitioner).isNotEqualTo(ComponentPartitioner.of(componentOf, 4, 31));
  }

  @Test
  void oneTaskIsNotEnough() {
    assertThatThrownBy(() -> new ComponentPartitioner(1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
