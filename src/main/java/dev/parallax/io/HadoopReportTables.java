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
          Map<String, Integer> columns = parser.getHeaderMap();
          for (CSVRecord record : parser) {
            row.accept(new RecordView(record, columns));
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

  /** A record as a read-only map from column name to cell, without copying its cells. */
  private static final class RecordView extends java.util.AbstractMap<String, String> {
    private final CSVRecord record;
    private final Map<String, Integer> columns;

    RecordView(CSVRecord record, Map<String, Integer> columns) {
      this.record = record;
      this.columns = columns;
    }

    @Override
    public String get(Object column) {
      Integer index = columns.get(column);
      return index == null || index >= record.size() ? null : record.get(index);
    }

    @Override
    public boolean containsKey(Object column) {
      Integer index = columns.get(column);
      return index != null && index < record.size();
    }

    @Override
    public java.util.Set<Map.Entry<String, String>> entrySet() {
      java.util.Set<Map.Entry<String, String>> entries = new java.util.LinkedHashSet<>();
      for (Map.Entry<String, Integer> column : columns.entrySet()) {
        if (column.getValue() < record.size()) {
          entries.add(Map.entry(column.getKey(), record.get(column.getValue())));
        }
      }
      return entries;
    }
  }
}
