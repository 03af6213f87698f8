package dev.parallax.io;

import dev.parallax.events.DocumentFrequencies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The nightly event state: one Parquet snapshot per run date under {@code DIR/run_date=D/} ({@code
 * events/}, {@code articles/}, {@code frequencies/}, and {@code _SUCCESS}). A run for D reads the
 * latest complete snapshot strictly before D, so rerunning any date gives the same result; it
 * writes its own snapshot atomically (temporary folder, then rename).
 */
public final class EventStateStore {
  /**
   * The snapshot format this version writes, in each snapshot's {@code FORMAT} file. Format 3 adds
   * each event's sum of meaning vectors; formats 1 (no file) and 2 lack it and are read as they are
   * (their events then join by terms and names only, until the night that touches them again); a
   * later format is refused with what to do.
   */
  public static final int FORMAT = 3;

  private static final String FORMAT_FILE = "FORMAT";
  private final SparkSession spark;
  private final Path root;
  private final FileSystem fileSystem;

  public EventStateStore(SparkSession spark, String directory) {
    this.spark = spark;
    this.root = new Path(directory);
    try {
      this.fileSystem = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open state folder " + directory, e);
    }
  }

  /** A snapshot's tables. */
  public record Snapshot(
      String runDate,
      JavaRDD<StateEventRow> events,
      JavaRDD<StateArticleRow> articles,
      DocumentFrequencies frequencies) {}

  /** The latest complete snapshot before {@code runDate}, if any. */
  public Optional<Snapshot> latestBefore(LocalDate runDate) {
    try {
      if (!fileSystem.exists(root)) {
        return Optional.empty();
      }
      LocalDate latest = null;
      for (FileStatus status : fileSystem.listStatus(root)) {
        String name = status.getPath().getName();
        if (status.isDirectory()
            && name.startsWith("run_date=")
            && fileSystem.exists(new Path(status.getPath(), "_SUCCESS"))) {
          LocalDate date = LocalDate.parse(name.substring("run_date=".length()));
          if (date.isBefore(runDate) && (latest == null || date.isAfter(latest))) {
            latest = date;
          }
        }
      }
      return latest == null ? Optional.empty() : Optional.of(read(latest.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list state folder " + root, e);
    }
  }

  private Snapshot read(String runDate) {
    Path folder = new Path(root, "run_date=" + runDate);
    int format = formatOf(folder);
    if (format > FORMAT) {
      throw new IllegalStateException(
          "state snapshot "
              + folder
              + " has format "
              + format
              + ", written by a newer Parallax; this one reads formats 1 to "
              + FORMAT
              + ": run the newer version, or give --state a new folder (the first night then"
              + " starts without earlier events)");
    }
    JavaRDD<StateEventRow> events =
        spark
            .read()
            .parquet(new Path(folder, "events").toString())
            .as(Encoders.bean(StateEventRow.class))
            .javaRDD();
    JavaRDD<StateArticleRow> articles =
        spark
            .read()
            .parquet(new Path(folder, "articles").toString())
            .as(Encoders.bean(StateArticleRow.class))
            .javaRDD();
    Map<Integer, Integer> counts = new HashMap<>();
    long documents = 0;
    for (StateFrequencyRow row :
        spark
            .read()
            .parquet(new Path(folder, "frequencies").toString())
            .as(Encoders.bean(StateFrequencyRow.class))
            .collectAsList()) {
      if (row.getIndex() < 0) {
        documents = row.getCount();
      } else {
        counts.put(row.getIndex(), (int) row.getCount());
      }
    }
    return new Snapshot(runDate, events, articles, DocumentFrequencies.of(counts, documents));
  }

  /** The format of a snapshot folder: its FORMAT file, or 1 for snapshots written before it. */
  private int formatOf(Path folder) {
    Path file = new Path(folder, FORMAT_FILE);
    try {
      if (!fileSystem.exists(file)) {
        return 1;
      }
      try (java.io.InputStream input = fileSystem.open(file)) {
        String text = new String(input.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return Integer.parseInt(text.strip());
      }
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "state snapshot " + folder + " has an unreadable FORMAT file: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes the snapshot of {@code runDate}, replacing any earlier one for that date. */
  public String write(
      String runDate,
      JavaRDD<StateEventRow> events,
      JavaRDD<StateArticleRow> articles,
      DocumentFrequencies frequencies) {
    Path target = new Path(root, "run_date=" + runDate);
    Path temporary = new Path(root, ".tmp-run_date=" + runDate + "-" + UUID.randomUUID());
    try {
      spark
          .createDataset(events.rdd(), Encoders.bean(StateEventRow.class))
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(new Path(temporary, "events").toString());
      spark
          .createDataset(articles.rdd(), Encoders.bean(StateArticleRow.class))
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(new Path(temporary, "articles").toString());
      List<StateFrequencyRow> rows = new ArrayList<>();
      rows.add(new StateFrequencyRow(-1, frequencies.documents()));
      frequencies.forEachNonZero((index, count) -> rows.add(new StateFrequencyRow(index, count)));
      spark
          .createDataset(rows, Encoders.bean(StateFrequencyRow.class))
          .coalesce(1)
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(new Path(temporary, "frequencies").toString());
      try (var format = fileSystem.create(new Path(temporary, FORMAT_FILE), true)) {
        format.write((FORMAT + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      fileSystem.create(new Path(temporary, "_SUCCESS"), true).close();
      if (fileSystem.exists(target)) {
        fileSystem.delete(target, true);
      }
      if (!fileSystem.rename(temporary, target)) {
        throw new IOException("rename " + temporary + " -> " + target + " failed");
      }
      return target.toString();
    } catch (IOException | RuntimeException e) {
      try {
        fileSystem.delete(temporary, true);
      } catch (IOException ignored) {
        // the temporary folder is hidden and named as such
      }
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /**
   * Deletes snapshots older than {@code retentionDays} before {@code runDate}, always keeping the
   * newest complete snapshot, and temporary folders left by killed runs (call it under the state
   * lock). Returns the deleted folder names.
   */
  public List<String> prune(LocalDate runDate, int retentionDays) {
    List<String> deleted = new ArrayList<>();
    try {
      if (!fileSystem.exists(root)) {
        return deleted;
      }
      LocalDate cutoff = runDate.minusDays(retentionDays);
      LocalDate newest = null;
      List<FileStatus> snapshots = new ArrayList<>();
      for (FileStatus status : fileSystem.listStatus(root)) {
        String name = status.getPath().getName();
        if (status.isDirectory() && name.startsWith(".tmp-run_date=")) {
          fileSystem.delete(status.getPath(), true);
          deleted.add(name);
        } else if (status.isDirectory()
            && name.startsWith("run_date=")
            && fileSystem.exists(new Path(status.getPath(), "_SUCCESS"))) {
          snapshots.add(status);
          LocalDate date = LocalDate.parse(name.substring("run_date=".length()));
          if (newest == null || date.isAfter(newest)) {
            newest = date;
          }
        }
      }
      for (FileStatus status : snapshots) {
        String name = status.getPath().getName();
        LocalDate date = LocalDate.parse(name.substring("run_date=".length()));
        if (date.isBefore(cutoff) && !date.equals(newest)) {
          fileSystem.delete(status.getPath(), true);
          deleted.add(name);
        }
      }
      return deleted;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prune state folder " + root, e);
    }
  }
}
