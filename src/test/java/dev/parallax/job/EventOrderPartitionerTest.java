package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The partition of a key never decreases as the key increases, for any string (so partitions in
 * order, each sorted, are the keys sorted), and event ids spread evenly.
 */
class EventOrderPartitionerTest {
  /** Characters on both sides of every boundary the partitioner looks at. */
  private static final String ALPHABET = "\u0000!-/09:`afgvz~\u00e9\uffff";

  @Test
  void partitionsNeverDecreaseAsKeysIncrease() {
    Random random = new Random(11);
    List<String> keys = new ArrayList<>();
    String[] starts = {"", "e", "ev", "ev-", "ev-0", "ev-9", "ev-f", "ev.", "ALL", "\uffff"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder key = new StringBuilder(starts[random.nextInt(starts.length)]);
      int more = random.nextInt(7);
      for (int c = 0; c < more; c++) {
        key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      keys.add(key.toString());
    }
    keys.sort(null);
    for (int partitions : new int[] {1, 2, 7, 16, 1000}) {
      EventOrderPartitioner partitioner = new EventOrderPartitioner(partitions);
      int previous = 0;
      for (String key : keys) {
        int partition = partitioner.getPartition(key);
        assertThat(partition).as("%s over %d", key, partitions).isBetween(previous, partitions - 1);
        previous = partition;
      }
    }
  }

  @Test
  void eventIdsAndTheRowsKeyedByThemSpreadEvenly() {
    EventOrderPartitioner partitioner = new EventOrderPartitioner(8);
    int[] sizes = new int[8];
    for (int i = 0; i < 8_000; i++) {
      String id = "ev-" + dev.parallax.model.ArticleIds.sha256("event " + i).substring(0, 12);
      sizes[partitioner.getPartition(id + "\u0000" + String.format("%010d", i % 40))]++;
    }
    for (int size : sizes) {
      assertThat(size).isBetween(850, 1150);
    }
    // Keys outside the event ids stay in order at the ends.
    assertThat(partitioner.getPartition("ALL")).isZero();
    assertThat(partitioner.getPartition("\uffff")).isEqualTo(7);
    assertThat(partitioner.getPartition("ev-")).isZero();
    assertThat(partitioner.getPartition("ev-ffff")).isEqualTo(7);
  }
}
