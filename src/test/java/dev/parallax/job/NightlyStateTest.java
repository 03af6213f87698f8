package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.config.JobArguments;
import dev.parallax.events.ClusterScores;
import dev.parallax.model.Article;
import dev.parallax.testing.ProjectPaths;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SampleArticles;
import dev.parallax.testing.SparkTestSession;
import dev.parallax.testing.TestRules;
import dev.parallax.testing.datasets.LabelledCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus fed night by night (three batches by publication date) through a state folder:
 * events spanning nights keep their ids, the final state matches the gold, and rerunning an earlier
 * night after a later one reproduces its reports.
 */
class NightlyStateTest {
  @TempDir static Path work;
  static Map<String, String> gold;
  static final List<String> NIGHTS = List.of("2026-03-05", "2026-03-12", "2026-03-22");

  @BeforeAll
  static void splitTheSampleByNight() throws IOException {
    gold =
        Reports.read(ProjectPaths.root().resolve("data/gold/events.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    List<Article> articles = SampleArticles.read();
    assertThat(articles).hasSize(49);
    LocalDate previous = LocalDate.MIN;
    for (String night : NIGHTS) {
      LocalDate end = LocalDate.parse(night);
      LocalDate start = previous;
      List<Article> batch =
          articles.stream()
              .filter(
                  article -> {
                    LocalDate day = article.published().atZone(ZoneOffset.UTC).toLocalDate();
                    return day.isAfter(start) && !day.isAfter(end);
                  })
              .toList();
      Map<String, String> batchGold = new TreeMap<>();
      batch.forEach(article -> batchGold.put(article.id(), gold.get(article.id())));
      new LabelledCorpus(batch, batchGold)
          .write(
              work.resolve("input/" + night + "/articles.jsonl"),
              work.resolve(night + "-gold.csv"));
      previous = end;
    }
  }

  private static Path runNight(String night) {
    RunSummary summary =
        CompareJob.run(
            SparkTestSession.get(),
            JobArguments.parse(
                "--input", work.resolve("input/" + night).toString(),
                "--output", work.resolve("out").toString(),
                "--state", work.resolve("state").toString(),
                "--run-date", night),
            TestRules.config(Map.of()),
            TestRules.rules());
    return Path.of(summary.folder());
  }

  private static Map<String, String> eventOf(Path reportFolder) throws IOException {
    return Reports.read(reportFolder.resolve("event_articles.csv")).stream()
        .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
  }

  @Test
  void eventsGrowNightByNightWithStableIdsAndReruns() throws IOException {
    Map<String, String> first = eventOf(runNight(NIGHTS.get(0)));
    String harrowEvent = first.get("dc-0302-harrow");
    assertThat(first).hasSize(8).containsValue(harrowEvent);

    Map<String, String> second = eventOf(runNight(NIGHTS.get(1)));
    String second12 =
        Files.readString(work.resolve("out/run_date=" + NIGHTS.get(1) + "/event_articles.csv"));
    Map<String, String> third = eventOf(runNight(NIGHTS.get(2)));

    // The rate-rise event began on night 2 (12 March) and gained an article on night 3 (13 March):
    // night 3 reports it with all its articles, under the id night 2 gave it.
    assertThat(third.get("ht-0313-rate")).isEqualTo(second.get("cl-0312-rate"));
    assertThat(third).containsKeys("cl-0312-rate", "mp-0312-rate", "nh-0312-rate");
    assertThat(second).doesNotContainKey("dc-0302-harrow");

    List<Row> state =
        SparkTestSession.get()
            .read()
            .parquet(work.resolve("state/run_date=" + NIGHTS.get(2) + "/articles").toString())
            .select("article.id", "eventId")
            .collectAsList();
    Map<String, String> finalEvents =
        state.stream().collect(Collectors.toMap(row -> row.getString(0), row -> row.getString(1)));
    assertThat(finalEvents).hasSize(49).containsEntry("dc-0302-harrow", harrowEvent);
    assertThat(ClusterScores.of(gold, finalEvents).b3F1()).isEqualTo(1.0);

    runNight(NIGHTS.get(1));
    assertThat(
            Files.readString(work.resolve("out/run_date=" + NIGHTS.get(1) + "/event_articles.csv")))
        .isEqualTo(second12);
  }
}
