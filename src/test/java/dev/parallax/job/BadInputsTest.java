package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.config.JobArguments;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SparkTestSession;
import dev.parallax.testing.TestRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A fixture with one bad input of each kind: every record is accounted for, none is lost. */
class BadInputsTest {
  private static final String GOOD =
      "The port strike entered its second day as talks between the union and operator failed.";

  /** One body that outlet W publishes three times, under three titles and URLs. */
  private static final String REPEATED_BODY =
      "The Aln bridge stays closed after inspectors found cracks in two of its piers.\\n\\n"
          + "Drivers are sent over the Hollin road while the county plans the repairs.";

  private static String outletW(String id, String title, String published, String text) {
    return "{\"id\":\""
        + id
        + "\",\"outlet\":\"W\",\"title\":\""
        + title
        + "\",\"published\":\""
        + published
        + "\",\"url\":\"https://w.example/"
        + id
        + "\",\"text\":\""
        + text
        + "\"}";
  }

  @TempDir Path input;
  @TempDir Path output;

  private void write(String name, String content) throws IOException {
    Path file = input.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /**
   * Run twice: files read whole, and with every JSON Lines and CSV file over 256 bytes cut into
   * parts read by separate tasks (the huge line, cut through the middle, is still one reject with
   * its line number).
   */
  @ParameterizedTest(name = "ingest.part-bytes={0}")
  @ValueSource(ints = {8 << 20, 256})
  void everyRejectReasonLandsInRejectsAndCountsAddUp(int partBytes) throws IOException {
    String bigText = "word ".repeat(3_000);
    write(
        "feed.jsonl",
        String.join(
            "\n",
            "{\"id\":\"ok-1\",\"outlet\":\"X\",\"text\":\"" + GOOD + "\"}",
            "{\"id\":\"broken\", \"text\": ",
            "{\"id\":\"no-text\",\"outlet\":\"X\"}",
            "{\"id\":\"obj-text\",\"outlet\":\"X\",\"text\":{\"a\":1}}",
            "{\"id\":\"short\",\"outlet\":\"X\",\"text\":\"too short\"}",
            "{\"id\":\"nowhere\",\"text\":\"" + GOOD + "\"}",
            "{\"id\":\"huge\",\"outlet\":\"X\",\"text\":\"" + bigText + "\"}",
            ""));
    // Outlet W publishes one body three times (three of its five articles): all three stay, the
    // earliest published is the original, the other two are its exact copies.
    write(
        "w.jsonl",
        String.join(
            "\n",
            outletW("same-1", "Bridge closed", "2026-01-03T08:00:00Z", REPEATED_BODY),
            outletW("same-2", "Bridge closed: update", "2026-01-03T10:00:00Z", REPEATED_BODY),
            outletW("same-0", "Bridge closed (corrected)", "2026-01-03T12:00:00Z", REPEATED_BODY),
            outletW(
                "w-other-1",
                "Library hours",
                "2026-01-04T08:00:00Z",
                "The town library opens on Sundays from next month, the council said."),
            outletW(
                "w-other-2",
                "Market returns",
                "2026-01-05T08:00:00Z",
                "The farmers market returns to the square on Saturday after the winter break."),
            ""));
    write(
        "table.csv",
        "id,outlet,text\nok-2,Y,\""
            + GOOD
            + "\"\nbad-row,Y\n\nok-3,Y,\"A second line\n\nin one quoted field, "
            + GOOD
            + " "
            + GOOD
            + "\"\n");
    Files.write(input.resolve("garbage.txt"), new byte[] {0, 1, 2, 3, 4, 5, 0, 0, 9, 0, 1});
    write("notes.docx", "not a format we read");
    write("front.md", "---\noutlet X\n---\n" + GOOD);
    byte[] latin1 =
        ("{\"id\":\"repaired\",\"outlet\":\"Z\",\"text\":\"" + GOOD + " caf\u00e9\"}\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(input.resolve("latin1.jsonl"), latin1);
    // A link whose target is gone: Hadoop's local listing leaves it out; it must be a reject.
    Files.createSymbolicLink(input.resolve("gone.jsonl"), input.resolve("moved/away.jsonl"));

    JobArguments arguments =
        JobArguments.parse(
            "--input", input.toString(), "--output", output.toString(), "--run-date", "2026-01-01");
    RunSummary summary =
        CompareJob.run(
            SparkTestSession.get(),
            arguments,
            TestRules.config(
                Map.of(
                    "ingest.max-record-chars",
                    "10000",
                    "ingest.part-bytes",
                    String.valueOf(partBytes))),
            TestRules.rules(
                Map.of(
                    "ingest.max-record-chars",
                    "10000",
                    "ingest.part-bytes",
                    String.valueOf(partBytes))));

    Path folder = Path.of(summary.folder());
    List<Map<String, String>> rejects = Reports.read(folder.resolve("rejects.csv"));
    Map<String, String> reasonByWhere =
        rejects.stream()
            .collect(
                Collectors.toMap(
                    row -> Path.of(row.get("source_file")).getFileName() + ":" + row.get("record"),
                    row -> row.get("reason") + "/" + row.get("field"),
                    (a, b) -> a + "," + b,
                    TreeMap::new));
    assertThat(reasonByWhere)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("feed.jsonl:2", "malformed_json/"),
                Map.entry("feed.jsonl:3", "missing_text/text"),
                Map.entry("feed.jsonl:4", "not_text/text"),
                Map.entry("feed.jsonl:5", "too_short/text"),
                Map.entry("feed.jsonl:6", "no_outlet/outlet"),
                Map.entry("feed.jsonl:7", "too_large/"),
                Map.entry("table.csv:3", "malformed_csv/"),
                Map.entry("garbage.txt:1", "binary/"),
                Map.entry("notes.docx:0", "unknown_format/"),
                Map.entry("gone.jsonl:0", "unreadable_file/"),
                Map.entry("front.md:2", "malformed_front_matter/")));
    assertThat(rejects)
        .allSatisfy(row -> assertThat(row.get("excerpt").length()).isLessThanOrEqualTo(200));

    List<Map<String, String>> articles = Reports.read(folder.resolve("articles.csv"));
    assertThat(articles)
        .extracting(row -> row.get("id"))
        .containsExactly(
            "ok-1",
            "ok-2",
            "ok-3",
            "repaired",
            "same-0",
            "same-1",
            "same-2",
            "w-other-1",
            "w-other-2");
    assertThat(articles)
        .filteredOn(row -> row.get("id").startsWith("same-"))
        .allSatisfy(row -> assertThat(Integer.parseInt(row.get("words"))).isEqualTo(27));

    Map<String, String> sameOutletCopies =
        Reports.read(folder.resolve("syndication.csv")).stream()
            .filter(row -> row.get("outlet").equals("W"))
            .collect(
                Collectors.toMap(
                    row -> row.get("article_id"),
                    row ->
                        row.get("original_id")
                            + "/"
                            + row.get("original_outlet")
                            + "/"
                            + row.get("method")
                            + "/"
                            + row.get("similarity"),
                    (a, b) -> a + "," + b,
                    TreeMap::new));
    assertThat(sameOutletCopies)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "same-0", "same-1/W/exact/1.0000",
                    "same-2", "same-1/W/exact/1.0000")));

    JsonNode counts =
        new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("counts");
    assertThat(counts.get("read").asLong()).isEqualTo(20);
    assertThat(counts.get("accepted").asLong()).isEqualTo(9);
    assertThat(counts.get("rejected").asLong()).isEqualTo(11);
    assertThat(counts.get("utf8_repaired").asLong()).isEqualTo(1);
    assertThat(counts.get("rejected_by_reason").get("malformed_json").asLong()).isEqualTo(1);
    JsonNode read =
        new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("stages").get(0);
    assertThat(read.get("stage").asText()).isEqualTo("read articles");
    if (partBytes == 256) {
      // feed.jsonl (~16 kB), w.jsonl and table.csv are read in parts.
      assertThat(read.get("counts").get("files_in_parts").asLong()).isEqualTo(3);
      assertThat(read.get("counts").get("parts").asLong()).isGreaterThan(60);
    } else {
      assertThat(read.get("counts").has("parts")).isFalse();
    }
  }

  @Test
  void anUnreadableFileFailsTheRunNamingItAndWritesNoReport() throws IOException {
    write("fine.jsonl", "{\"id\":\"ok\",\"outlet\":\"X\",\"text\":\"" + GOOD + "\"}\n");
    Files.write(input.resolve("broken.parquet"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    JobArguments arguments =
        JobArguments.parse(
            "--input", input.toString(), "--output", output.toString(), "--run-date", "2026-01-02");
    assertThatThrownBy(
            () ->
                CompareJob.run(
                    SparkTestSession.get(),
                    arguments,
                    TestRules.config(Map.of()),
                    TestRules.rules()))
        .hasStackTraceContaining("broken.parquet");
    try (var written = Files.list(output)) {
      assertThat(written.map(path -> path.getFileName().toString()).toList()).isEmpty();
    }
  }
}
