package dev.parallax.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Report tables built in a test: rows given as header and cells. */
final class InMemoryReports implements ReportTables {
  private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
  private final String runDate;

  InMemoryReports(String runDate) {
    this.runDate = runDate;
  }

  InMemoryReports add(String file, String... cells) {
    List<String> header = ReportColumns.ALL.get(file);
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(file + " needs " + header.size() + " cells");
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      row.put(header.get(i), cells[i]);
    }
    tables.computeIfAbsent(file, f -> new ArrayList<>()).add(row);
    return this;
  }

  @Override
  public void forEach(String fileName, Consumer<Map<String, String>> row) {
    tables.getOrDefault(fileName, List.of()).forEach(row);
  }

  @Override
  public String location() {
    return "memory";
  }

  @Override
  public Optional<String> runDate() {
    return Optional.of(runDate);
  }
}
