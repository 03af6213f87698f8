package dev.parallax.job;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession: {@code local[*]} unless spark-submit named a master; the console
 * progress bar on for interactive local runs; the UI off locally unless asked for; caches yield
 * memory to aggregations.
 */
public final class Sessions {
  private Sessions() {}

  /**
   * Kryo for shuffles, caches, broadcasts and task results, with the job's serializers ({@link
   * ParallaxKryo}); buffers large enough for one partition's collected result. A value set by the
   * user wins ({@code spark.serializer=org.apache.spark.serializer.JavaSerializer} also works,
   * slower).
   */
  public static final Map<String, String> SERIALIZATION =
      Map.of(
          "spark.serializer",
          "org.apache.spark.serializer.KryoSerializer",
          "spark.kryo.registrator",
          ParallaxKryo.class.getName(),
          "spark.kryoserializer.buffer.max",
          "1g");

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
    SERIALIZATION.forEach(conf::setIfMissing);
    sparkOverrides.forEach(conf::set);
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
