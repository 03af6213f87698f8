package dev.parallax.job;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession: {@code local[*]} unless spark-submit named a master; the console
 * progress bar on for interactive local runs; the UI off locally unless asked for; caches yield
 * memory to aggregations, and both leave most of the heap to the job's own code.
 */
public final class Sessions {
  private Sessions() {}

  /**
   * Kryo for shuffles, caches, broadcasts and task results, with the job's serializers ({@link
   * ParallaxKryo}); buffers large enough for one partition's collected result. A value set by the
   * user wins ({@code spark.serializer=org.apache.spark.serializer.JavaSerializer} also works,
   * slower).
   *
   * <p>Kryo's reference tracking is off: the job's records are trees (no cycles, no object shared
   * within one record), and with tracking on Kryo clears its table of written objects before every
   * record it reads or writes — 17% of the event stage's and 10% of the report stage's CPU samples
   * in a JFR profile of the 37,554 ABP articles (the cached articles are read record by record).
   * Shuffles that need no map-side combine are sorted, not bypassed: the bypass writer opens one
   * file and one serialization stream (one Kryo instance) per reduce partition in every map task,
   * and building those Kryo instances was 5-17% of the samples of every stage that shuffles; the
   * sorting writer serializes into one buffer with one instance.
   */
  public static final Map<String, String> SERIALIZATION =
      Map.of(
          "spark.serializer",
          "org.apache.spark.serializer.KryoSerializer",
          "spark.kryo.registrator",
          ParallaxKryo.class.getName(),
          "spark.kryoserializer.buffer.max",
          "1g",
          "spark.kryo.referenceTracking",
          "false",
          "spark.shuffle.sort.bypassMergeThreshold",
          "1");

  public static SparkSession create(Map<String, String> sparkOverrides) {
    SparkConf conf = new SparkConf().setAppName("parallax-compare");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.ui.showConsoleProgress", Boolean.toString(System.console() != null));
    }
    conf.setIfMissing("spark.sql.shuffle.partitions", "16");
    // The cached analysed articles spill to disk before the wording aggregations run out of
    // memory: execution may take back all but 30% of the unified memory from the caches.
    conf.setIfMissing("spark.memory.storageFraction", "0.3");
    // Caches and aggregations together at most 40% of the heap (Spark's default is 60%): the rest
    // is for what the job's own code holds in a task, which Spark does not count — the largest
    // event component's features and edges, clustered in one task (66,366 articles at 2x ABP).
    // At 0.6 the 75,108-article run ran out of a 4 GB heap there; at 0.4 it completes.
    conf.setIfMissing("spark.memory.fraction", "0.4");
    SERIALIZATION.forEach(conf::setIfMissing);
    sparkOverrides.forEach(conf::set);
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
