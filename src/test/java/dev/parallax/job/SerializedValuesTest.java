package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The byte-shipping aggregation gives what a plain fold gives, whatever the partitioning and
 * however often a task's map fills up and is flushed; the byte-shipping sort gives the sorted
 * order.
 */
class SerializedValuesTest {
  @Test
  void aggregateByKeyEqualsAPlainFoldAtEveryFlushSize() {
    JavaSparkContext context =
        JavaSparkContext.fromSparkContext(SparkTestSession.get().sparkContext());
    Random random = new Random(5);
    List<Tuple2<String, Integer>> pairs = new ArrayList<>();
    Map<String, List<Integer>> expected = new TreeMap<>();
    for (int i = 0; i < 2_000; i++) {
      String key = "k" + random.nextInt(37);
      int value = random.nextInt(1_000);
      pairs.add(new Tuple2<>(key, value));
      expected.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    // The three largest values per key: order-independent, like the wording stage's top N.
    expected.replaceAll((key, values) -> topThree(values, List.of()));
    for (int partitions : new int[] {1, 4}) {
      for (int maxKeys : new int[] {1, 3, 50_000}) {
        Map<String, ArrayList<Integer>> actual =
            new TreeMap<>(
                SerializedValues.aggregateByKey(
                        context.parallelizePairs(pairs, partitions),
                        ArrayList<Integer>::new,
                        (kept, value) -> topThree(kept, List.of(value)),
                        (a, b) -> topThree(a, b),
                        maxKeys)
                    .collectAsMap());
        assertThat(actual).as("%d partitions, %d keys", partitions, maxKeys).isEqualTo(expected);
      }
    }
  }

  @Test
  void sortByGivesTheSortedOrderWhateverTheKeys() {
    JavaSparkContext context =
        JavaSparkContext.fromSparkContext(SparkTestSession.get().sparkContext());
    Random random = new Random(3);
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      String event =
          switch (random.nextInt(10)) {
            case 0 -> "ALL";
            case 1 -> "\uffff";
            default ->
                "ev-"
                    + dev.parallax.model.ArticleIds.sha256("e" + random.nextInt(200))
                        .substring(0, 12);
          };
      rows.add(event + "\u0000" + random.nextInt(50) + "\u0000" + i);
    }
    List<String> expected = new ArrayList<>(rows);
    expected.sort(null);
    for (int partitions : new int[] {1, 3, 16}) {
      List<String> sorted =
          SerializedValues.sortBy(context.parallelize(rows, 4), row -> row, partitions).collect();
      assertThat(sorted).as("%d partitions", partitions).isEqualTo(expected);
    }
  }

  private static ArrayList<Integer> topThree(List<Integer> a, List<Integer> b) {
    ArrayList<Integer> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(java.util.Comparator.reverseOrder());
    return new ArrayList<>(all.subList(0, Math.min(3, all.size())));
  }
}
