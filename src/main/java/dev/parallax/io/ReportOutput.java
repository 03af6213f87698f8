package dev.parallax.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.report.CsvReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One run's report folder, committed atomically: reports are written into a hidden temporary folder
 * beside the target and renamed to {@code run_date=D} only when all are written, with a {@code
 * _SUCCESS} marker. A failed run leaves the previous folder, if any, untouched.
 */
public final class ReportOutput {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final FileSystem fileSystem;
  private final Path target;
  private final Path temporary;
  private final boolean byteOrderMark;

  public ReportOutput(
      String outputDir, String runDate, Configuration hadoop, boolean byteOrderMark) {
    Path output = new Path(outputDir);
    try {
      // A private instance without checksum files: Hadoop's local file system would write a
      // hidden .NAME.crc beside every report.
      this.fileSystem = FileSystem.newInstance(output.toUri(), hadoop);
      fileSystem.setWriteChecksum(false);
      this.target = new Path(output, "run_date=" + runDate);
      this.temporary = new Path(output, ".tmp-run_date=" + runDate + "-" + UUID.randomUUID());
      fileSystem.mkdirs(temporary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output folder " + outputDir, e);
    }
    this.byteOrderMark = byteOrderMark;
  }

  /** The final folder, as a string for messages. */
  public String target() {
    return target.toString();
  }

  /** Writes a CSV report from rows streamed in their final order; returns the row count. */
  public <T> long writeCsv(
      String fileName, List<String> header, Iterator<T> rows, Function<T, List<String>> cells) {
    try (OutputStream stream = fileSystem.create(new Path(temporary, fileName), true);
        CsvReportWriter writer = new CsvReportWriter(stream, header, byteOrderMark)) {
      while (rows.hasNext()) {
        writer.row(cells.apply(rows.next()));
      }
      return writer.rows();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + fileName, e);
    }
  }

  /** Writes a JSON document (the manifest). */
  public void writeJson(String fileName, Object document) {
    try (OutputStream stream = fileSystem.create(new Path(temporary, fileName), true)) {
      JSON.writeValue(stream, document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + fileName, e);
    }
  }

  /** Replaces the target folder with the written one and marks it complete. */
  public void commit() {
    try {
      fileSystem.create(new Path(temporary, "_SUCCESS"), true).close();
      if (fileSystem.exists(target)) {
        fileSystem.delete(target, true);
      }
      if (!fileSystem.rename(temporary, target)) {
        throw new IOException("rename " + temporary + " -> " + target + " failed");
      }
      fileSystem.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit reports to " + target, e);
    }
  }

  /** Removes the temporary folder after a failure. */
  public void abort() {
    try {
      fileSystem.delete(temporary, true);
      fileSystem.close();
    } catch (IOException e) {
      // nothing more to do: the temporary folder is hidden and named as such
    }
  }

  /**
   * Deletes the temporary folders a killed run of {@code runDate} left behind (call it under the
   * date's lock); returns how many there were.
   */
  public static int removeLeftovers(String outputDir, String runDate, Configuration hadoop) {
    Path output = new Path(outputDir);
    try {
      FileSystem fileSystem = output.getFileSystem(hadoop);
      if (!fileSystem.exists(output)) {
        return 0;
      }
      int removed = 0;
      for (var status : fileSystem.listStatus(output)) {
        if (status.getPath().getName().startsWith(".tmp-run_date=" + runDate + "-")) {
          fileSystem.delete(status.getPath(), true);
          removed++;
        }
      }
      return removed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean the output folder " + outputDir, e);
    }
  }
}
