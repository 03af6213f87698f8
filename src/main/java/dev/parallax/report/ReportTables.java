package dev.parallax.report;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Read access to one run's CSV reports, row by row (column name to cell), for the summaries built
 * from them (changes, outlet pairs, the HTML page). Rows stream: a report is never held whole.
 */
public interface ReportTables {
  /** Streams every row of {@code fileName}; nothing when the report does not exist. */
  void forEach(String fileName, Consumer<Map<String, String>> row);

  /** A label for messages: where the reports are. */
  String location();

  /** The run date of these reports, from the folder name, if known. */
  default Optional<String> runDate() {
    return Optional.empty();
  }
}
