package dev.parallax.io;

import dev.parallax.report.ReportTables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The CSV reports of one folder on any Hadoop file system. */
final class HadoopReportTables implements ReportTables {
  private final FileSystem fileSystem;
  private final Path folder;

  HadoopReportTables(FileSystem fileSystem, Path folder) {
    this.fileSystem = fileSystem;
    this.folder = folder;
  }

  @Override
  public void forEach(String fileName, Consumer<Map<String, String>> row) {
    Path file = new Path(folder, fileName);
    try {
      if (!fileSystem.exists(file)) {
        return;
      }
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(fileSystem.open(file), StandardCharsets.UTF_8))) {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
          reader.reset();
        }
        try (CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
          for (CSVRecord record : parser) {
            row.accept(record.toMap());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report " + file, e);
    }
  }

  @Override
  public String location() {
    return folder.toString();
  }

  @Override
  public Optional<String> runDate() {
    String name = folder.getName();
    return name.startsWith("run_date=")
        ? Optional.of(name.substring("run_date=".length()))
        : Optional.empty();
  }
}
