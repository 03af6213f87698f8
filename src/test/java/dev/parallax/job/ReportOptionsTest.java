package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.config.JobArguments;
import dev.parallax.report.ReportColumns;
import dev.parallax.testing.ProjectPaths;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SparkTestSession;
import dev.parallax.testing.TestRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.evidence=ids (no quoted text, ids and URLs kept), report.bom=true and report.parquet=true
 * on the sample, and changes.csv of a second night against the first.
 */
class ReportOptionsTest {
  @TempDir static Path output;
  static Path folder;

  @BeforeAll
  static void runWithOptions() {
    Map<String, String> options =
        Map.of(
            "report.evidence",
            "ids",
            "report.bom",
            "true",
            "report.parquet",
            "true",
            "report.claims-per-event",
            "1",
            "report.claims-per-outlet",
            "1");
    RunSummary summary =
        CompareJob.run(
            SparkTestSession.get(),
            JobArguments.parse(
                "--input", ProjectPaths.sample().resolve("feeds").toString(),
                "--output", output.toString(),
                "--run-date", "2026-03-23"),
            TestRules.config(options),
            TestRules.rules(options));
    folder = Path.of(summary.folder());
  }

  private static List<Map<String, String>> read(String report) throws IOException {
    Path plain = output.resolve("plain-" + report);
    String text = Files.readString(folder.resolve(report), StandardCharsets.UTF_8);
    assertThat(text).as(report + " starts with a BOM").startsWith("\uFEFF");
    Files.writeString(plain, text.substring(1), StandardCharsets.UTF_8);
    return Reports.read(plain);
  }

  @Test
  void idsModeLeavesQuotedTextOutButKeepsIdsAndUrls() throws IOException {
    List<Map<String, String>> claims = read("claims.csv");
    assertThat(claims).isNotEmpty();
    assertThat(claims)
        .allSatisfy(
            row -> {
              assertThat(row.get("canonical_text")).isEmpty();
              assertThat(row.get("evidence_sentence")).isEmpty();
              assertThat(row.get("evidence_article_id")).isNotEmpty();
              assertThat(row.get("evidence_url")).startsWith("https://");
            });
    assertThat(read("claim_coverage.csv"))
        .allSatisfy(row -> assertThat(row.get("sentence")).isEmpty());
    assertThat(read("wording.csv"))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.get("example_sentence")).isEmpty());
    assertThat(read("denials.csv"))
        .allSatisfy(
            row -> {
              assertThat(row.get("denied_text")).isEmpty();
              assertThat(row.get("sentences")).isEmpty();
            });
    String html = Files.readString(folder.resolve("report.html"));
    assertThat(html).doesNotContain("Ostland delivered sixty");
  }

  @Test
  void parquetCopiesHoldTheSameRows() throws IOException {
    for (String report : List.of("articles.csv", "claims.csv", "wording.csv", "events.csv")) {
      String stem = report.replace(".csv", "");
      long rows =
          SparkTestSession.get()
              .read()
              .parquet(folder.resolve("parquet/" + stem).toString())
              .count();
      assertThat(rows).as(report).isEqualTo(read(report).size());
    }
    assertThat(
            SparkTestSession.get()
                .read()
                .parquet(folder.resolve("parquet/articles").toString())
                .columns())
        .containsExactlyElementsOf(ReportColumns.ARTICLES);
  }

  @Test
  void theCsvsHoldTheMainClaimsAndParquetEveryMention() throws IOException {
    List<Map<String, String>> claims = read("claims.csv");
    java.util.Set<String> denied = new java.util.HashSet<>();
    read("denials.csv").forEach(row -> denied.add(row.get("linked_claim_id")));
    // An outlet's first claim of an event: no kept claim of the event ranks before it there.
    java.util.Set<String> outletSeen = new java.util.HashSet<>();
    java.util.Set<String> outletFirst = new java.util.HashSet<>();
    claims.stream()
        .sorted(java.util.Comparator.comparingInt(row -> Integer.parseInt(row.get("rank"))))
        .forEach(
            row -> {
              for (String outlet : row.get("outlets_present").split(" \\| ")) {
                if (outletSeen.add(row.get("event_id") + "|" + outlet)) {
                  outletFirst.add(row.get("claim_id"));
                }
              }
            });
    assertThat(claims)
        .allSatisfy(
            row ->
                assertThat(
                        row.get("rank").equals("1")
                            || row.get("outlets_present").contains(" | ")
                            || denied.contains(row.get("claim_id"))
                            || outletFirst.contains(row.get("claim_id")))
                    .as(row.get("claim_id"))
                    .isTrue());
    List<org.apache.spark.sql.Row> mentions =
        SparkTestSession.get()
            .read()
            .parquet(folder.resolve("parquet/claim_mentions").toString())
            .collectAsList();
    java.util.Set<String> inCsv = new java.util.TreeSet<>();
    java.util.Set<String> all = new java.util.TreeSet<>();
    for (org.apache.spark.sql.Row row : mentions) {
      all.add(row.getAs("claim_id"));
      if (row.<Boolean>getAs("in_csv")) {
        inCsv.add(row.getAs("claim_id"));
      }
      assertThat(row.<String>getAs("sentence")).isNull(); // report.evidence=ids
      assertThat(row.<String>getAs("article_id")).isNotEmpty();
    }
    assertThat(inCsv)
        .containsExactlyElementsOf(
            new java.util.TreeSet<>(claims.stream().map(row -> row.get("claim_id")).toList()));
    assertThat(all.size()).isGreaterThan(inCsv.size()); // the trimmed claims are kept here
    // Each outlet's first claim of each event, by rank among all its claims, is in the CSVs.
    Map<String, org.apache.spark.sql.Row> firstOfOutlet = new java.util.HashMap<>();
    for (org.apache.spark.sql.Row row : mentions) {
      String key = row.<String>getAs("event_id") + "|" + row.<String>getAs("outlet");
      firstOfOutlet.merge(
          key,
          row,
          (one, other) -> one.<Integer>getAs("rank") <= other.<Integer>getAs("rank") ? one : other);
    }
    assertThat(firstOfOutlet.values())
        .allSatisfy(row -> assertThat(row.<Boolean>getAs("in_csv")).isTrue());
    long csvMentions = claims.stream().mapToLong(row -> Long.parseLong(row.get("mentions"))).sum();
    assertThat(mentions.stream().filter(row -> row.<Boolean>getAs("in_csv")).count())
        .isEqualTo(csvMentions);
  }

  @Test
  void aSecondNightListsOnlyWhatIsNew() throws IOException {
    RunSummary second =
        CompareJob.run(
            SparkTestSession.get(),
            JobArguments.parse(
                "--input", ProjectPaths.sample().toString(),
                "--output", output.toString(),
                "--run-date", "2026-03-24"),
            TestRules.config(Map.of()),
            TestRules.rules());
    List<Map<String, String>> changes = Reports.read(Path.of(second.folder(), "changes.csv"));
    assertThat(changes)
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.get("since")).isEqualTo("2026-03-23"));
    List<Map<String, String>> firstEvents = read("events.csv");
    assertThat(changes)
        .filteredOn(row -> row.get("change").equals("new_event"))
        .extracting(row -> row.get("event_id"))
        .doesNotContainAnyElementsOf(firstEvents.stream().map(row -> row.get("event_id")).toList());
  }
}
