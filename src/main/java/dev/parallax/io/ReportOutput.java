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
  private final boolean quoteText;
  private final Path output;
  private final String runDate;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportOutput.class);
  private final java.util.Map<String, Long> rowsWritten = new java.util.LinkedHashMap<>();

  /** Columns that quote article text; with {@code report.evidence=ids} they are written empty. */
  public static final java.util.Set<String> QUOTED_COLUMNS =
      java.util.Set.of(
          "canonical_text",
          "evidence_sentence",
          "sentence",
          "denied_text",
          "sentences",
          "example_sentence",
          "excerpt");

  public ReportOutput(
      String outputDir,
      String runDate,
      Configuration hadoop,
      boolean byteOrderMark,
      boolean quoteText) {
    Path output = new Path(outputDir);
    this.output = output;
    this.runDate = runDate;
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
    this.quoteText = quoteText;
  }

  /** Whether reports quote article text ({@code report.evidence=sentences}). */
  public boolean quotesText() {
    return quoteText;
  }

  /** The final folder, as a string for messages. */
  public String target() {
    return target.toString();
  }

  /** Writes a CSV report from rows streamed in their final order; returns the row count. */
  public <T> long writeCsv(
      String fileName, List<String> header, Iterator<T> rows, Function<T, List<String>> cells) {
    boolean[] blank = blankedColumns(header);
    long started = System.nanoTime();
    long written;
    try (OutputStream stream = create(fileSystem, new Path(temporary, fileName));
        CsvReportWriter writer = new CsvReportWriter(stream, header, byteOrderMark)) {
      while (rows.hasNext()) {
        writer.row(blanked(cells.apply(rows.next()), blank));
      }
      written = writer.rows();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + fileName, e);
    }
    logWritten(fileName, written, started);
    return written;
  }

  /** The cells of one report row, computed where the row is (on an executor). */
  @FunctionalInterface
  public interface RowCells<T> extends java.io.Serializable {
    List<String> of(T row);
  }

  /**
   * Writes a CSV report from an RDD whose partitions are in the report's order: each partition
   * formats its rows into a part file on an executor (in parallel, and no row travels to the
   * driver), then the driver writes the header and appends the parts in partition order; the bytes
   * are those {@link #writeCsv(String, List, Iterator, Function)} writes. Returns the row count.
   */
  public <T> long writeCsv(
      String fileName,
      List<String> header,
      org.apache.spark.api.java.JavaRDD<T> rows,
      RowCells<T> cells) {
    long started = System.nanoTime();
    Path parts = new Path(temporary, "_parts-" + fileName);
    String partsFolder = fileSystem.makeQualified(parts).toString();
    boolean[] blank = blankedColumns(header);
    int columns = header.size();
    org.apache.spark.broadcast.Broadcast<org.apache.spark.util.SerializableConfiguration> hadoop =
        org.apache.spark.util.SerializableConfiguration.broadcast(rows.context());
    long written =
        rows.mapPartitionsWithIndex(
                (index, partition) -> {
                  Path part = new Path(partsFolder, String.format("part-%05d", index));
                  FileSystem partFileSystem = part.getFileSystem(hadoop.value().value());
                  try (OutputStream stream = create(partFileSystem, part);
                      CsvReportWriter writer = CsvReportWriter.rowsOnly(stream, columns)) {
                    while (partition.hasNext()) {
                      writer.row(blanked(cells.of(partition.next()), blank));
                    }
                    return List.of(writer.rows()).iterator();
                  }
                },
                false)
            .fold(0L, Long::sum);
    hadoop.destroy();
    try {
      try (OutputStream stream = create(fileSystem, new Path(temporary, fileName))) {
        new CsvReportWriter(stream, header, byteOrderMark).flush();
        if (fileSystem.exists(parts)) {
          org.apache.hadoop.fs.FileStatus[] files = fileSystem.listStatus(parts);
          java.util.Arrays.sort(
              files, java.util.Comparator.comparing(file -> file.getPath().getName()));
          for (org.apache.hadoop.fs.FileStatus file : files) {
            try (java.io.InputStream in = fileSystem.open(file.getPath())) {
              in.transferTo(stream);
            }
          }
        }
      }
      fileSystem.delete(parts, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + fileName, e);
    }
    logWritten(fileName, written, started);
    return written;
  }

  /** Rows written per CSV report so far, in the order written (for the stage's counts). */
  public java.util.Map<String, Long> rowsWritten() {
    return java.util.Collections.unmodifiableMap(rowsWritten);
  }

  /** Logs one written report: rows, size and seconds, so the write stage shows where time goes. */
  private void logWritten(String fileName, long rows, long startedNanos) {
    rowsWritten.put(fileName, rows);
    long bytes;
    try {
      bytes = fileSystem.getFileStatus(new Path(temporary, fileName)).getLen();
    } catch (IOException e) {
      bytes = -1;
    }
    LOG.info(
        "wrote {}: {} rows, {} in {} s",
        fileName,
        rows,
        bytes < 0 ? "size unknown" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6),
        String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - startedNanos) / 1e9));
  }

  /**
   * A new file (replacing one of the same name) for writing. On the local file system it is opened
   * directly: Hadoop's local file system sets each new file's permissions by running {@code chmod}
   * in a child process (about 8 ms a file on this machine, twice with its checksum file), which for
   * the hundreds of part files of a run's reports added seconds of waiting.
   */
  static OutputStream create(FileSystem fileSystem, Path path) throws IOException {
    java.util.Optional<java.io.File> file = LocalFiles.of(fileSystem, path);
    if (file.isEmpty()) {
      return fileSystem.create(path, true);
    }
    java.nio.file.Path local = file.get().toPath();
    if (local.getParent() != null) {
      java.nio.file.Files.createDirectories(local.getParent());
    }
    return new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(local), 1 << 16);
  }

  /** Which columns are written empty: text columns when {@code report.evidence=ids}. */
  private boolean[] blankedColumns(List<String> header) {
    boolean[] blank = new boolean[header.size()];
    for (int i = 0; i < blank.length; i++) {
      blank[i] = !quoteText && QUOTED_COLUMNS.contains(header.get(i));
    }
    return blank;
  }

  private static List<String> blanked(List<String> row, boolean[] blank) {
    List<String> kept = null;
    for (int i = 0; i < blank.length && i < row.size(); i++) {
      if (blank[i]) {
        if (kept == null) {
          kept = new java.util.ArrayList<>(row);
        }
        kept.set(i, "");
      }
    }
    return kept == null ? row : kept;
  }

  /** Writes a text file (the HTML summary) into the report folder. */
  public void writeText(String fileName, String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (OutputStream stream = create(fileSystem, new Path(temporary, fileName))) {
      stream.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + fileName, e);
    }
    LOG.info(
        "wrote {}: {}",
        fileName,
        String.format(java.util.Locale.ROOT, "%.1f MB", bytes.length / 1e6));
  }

  /** A file inside the temporary folder, as a path for Spark readers and writers. */
  public String temporaryFile(String relative) {
    return fileSystem.makeQualified(new Path(temporary, relative)).toString();
  }

  /** The written (not yet committed) reports, to read back. */
  public dev.parallax.report.ReportTables written() {
    return new HadoopReportTables(fileSystem, temporary);
  }

  /** The committed reports of the latest run date before this one in the same folder, if any. */
  public java.util.Optional<dev.parallax.report.ReportTables> previousRun() {
    try {
      if (!fileSystem.exists(output)) {
        return java.util.Optional.empty();
      }
      String best = null;
      for (var status : fileSystem.listStatus(output)) {
        String name = status.getPath().getName();
        if (status.isDirectory()
            && name.startsWith("run_date=")
            && name.compareTo("run_date=" + runDate) < 0
            && fileSystem.exists(new Path(status.getPath(), "_SUCCESS"))
            && (best == null || name.compareTo(best) > 0)) {
          best = name;
        }
      }
      return best == null
          ? java.util.Optional.empty()
          : java.util.Optional.of(new HadoopReportTables(fileSystem, new Path(output, best)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + output, e);
    }
  }

  /** Writes a JSON document (the manifest). */
  public void writeJson(String fileName, Object document) {
    try (OutputStream stream = create(fileSystem, new Path(temporary, fileName))) {
      JSON.writeValue(stream, document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + fileName, e);
    }
  }

  /** Replaces the target folder with the written one and marks it complete. */
  public void commit() {
    try {
      create(fileSystem, new Path(temporary, "_SUCCESS")).close();
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
