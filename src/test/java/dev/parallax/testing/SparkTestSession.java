package dev.parallax.testing;

import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} SparkSession for the whole test run (session start costs ~4 s); stopped by a
 * JVM shutdown hook.
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("parallax-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config(
                  new java.util.HashMap<String, Object>(dev.parallax.job.Sessions.SERIALIZATION))
              .getOrCreate();
      SparkSession started = session;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return session;
  }
}
