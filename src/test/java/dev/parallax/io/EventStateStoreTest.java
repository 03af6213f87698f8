package dev.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.events.DocumentFrequencies;
import dev.parallax.testing.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots carry their format: older ones are read, newer ones refused with what to do. */
class EventStateStoreTest {
  @TempDir Path state;

  @Test
  void aSnapshotNamesItsFormatAndANewerFormatIsRefusedWithAdvice() throws IOException {
    SparkSession spark = SparkTestSession.get();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    EventStateStore store = new EventStateStore(spark, state.toString());
    store.write("2026-03-01", context.emptyRDD(), context.emptyRDD(), new DocumentFrequencies());
    Path format = state.resolve("run_date=2026-03-01/FORMAT");
    assertThat(Files.readString(format).strip()).isEqualTo(String.valueOf(EventStateStore.FORMAT));
    assertThat(store.latestBefore(LocalDate.parse("2026-03-02"))).isPresent();

    Files.delete(format);
    // Hadoop's local file system keeps a checksum beside each file it writes.
    Files.deleteIfExists(format.resolveSibling(".FORMAT.crc"));
    assertThat(store.latestBefore(LocalDate.parse("2026-03-02")))
        .as("a snapshot from before the FORMAT file is format 1, read as it is")
        .isPresent();

    Files.writeString(format, "99\n");
    assertThatThrownBy(() -> store.latestBefore(LocalDate.parse("2026-03-02")))
        .hasMessageContaining("run_date=2026-03-01")
        .hasMessageContaining("format 99")
        .hasMessageContaining("give --state a new folder");
  }
}
