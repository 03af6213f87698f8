package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The data dictionary ({@code docs/reports.md}) lists exactly the CSV reports the job writes and,
 * for each, exactly its columns in order, each with a type and a meaning, and an example row.
 */
class DataDictionaryTest {
  private static final Pattern HEADING = Pattern.compile("^## `([a-z_]+\\.csv)`$");
  private static final Pattern COLUMN =
      Pattern.compile("^\\| `([a-z_]+)` \\| ([a-z]+) \\| (.+) \\|$");

  @Test
  void theDataDictionaryListsEveryReportColumnWithTypeMeaningAndExample() throws IOException {
    List<String> lines = Files.readAllLines(ProjectPaths.root().resolve("docs/reports.md"));
    Map<String, List<String>> documented = new LinkedHashMap<>();
    Map<String, Boolean> hasExample = new LinkedHashMap<>();
    String current = null;
    for (String line : lines) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        current = heading.group(1);
        documented.put(current, new ArrayList<>());
        hasExample.put(current, false);
        continue;
      }
      if (line.startsWith("## ")) {
        current = null;
      }
      if (current == null) {
        continue;
      }
      Matcher column = COLUMN.matcher(line);
      if (column.matches()) {
        assertThat(column.group(2))
            .as("type of %s.%s", current, column.group(1))
            .isIn("text", "integer", "decimal", "boolean", "date", "timestamp", "enum", "list");
        assertThat(column.group(3).strip())
            .as("meaning of %s.%s", current, column.group(1))
            .hasSizeGreaterThan(3);
        documented.get(current).add(column.group(1));
      }
      if (line.startsWith("Example") || line.startsWith("(no rows")) {
        hasExample.put(current, true);
      }
    }
    assertThat(documented.keySet()).containsExactlyElementsOf(ReportColumns.ALL.keySet());
    ReportColumns.ALL.forEach(
        (file, columns) ->
            assertThat(documented.get(file))
                .as("columns of %s", file)
                .containsExactlyElementsOf(columns));
    assertThat(hasExample).allSatisfy((file, example) -> assertThat(example).as(file).isTrue());
  }
}
