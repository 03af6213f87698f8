package dev.parallax.job;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The benchmark's floor: a bare Spark read of the same JSON files (one article per file) and a
 * tokenisation of their text, with no analysis. Prints the articles, words and seconds. Usage:
 * {@code Floor INPUT}: a folder of JSON files, or one JSON Lines file ({@code .jsonl}, read by
 * Spark's line-split reader).
 */
public final class Floor {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  private Floor() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    SparkSession spark = Sessions.create(java.util.Map.of());
    try {
      long[] totals =
          spark
              .read()
              .option("multiLine", String.valueOf(!args[0].endsWith(".jsonl")))
              .schema("title STRING, content_original STRING")
              .json(args[0])
              .javaRDD()
              .map(Floor::words)
              .map(words -> new long[] {1, words})
              .reduce((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
      System.out.printf(
          Locale.ROOT,
          "floor articles=%d words=%d seconds=%.1f%n",
          totals[0],
          totals[1],
          (System.nanoTime() - start) / 1e9);
    } finally {
      spark.stop();
    }
  }

  private static long words(Row row) {
    long count = 0;
    for (int field = 0; field < row.size(); field++) {
      String text = row.isNullAt(field) ? "" : row.getString(field);
      Matcher matcher = WORD.matcher(text);
      while (matcher.find()) {
        matcher.group().toLowerCase(Locale.ROOT);
        count++;
      }
    }
    return count;
  }
}
