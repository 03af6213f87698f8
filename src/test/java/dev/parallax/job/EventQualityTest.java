package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.config.JobArguments;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.events.ClusterScores;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.SparkTestSession;
import dev.parallax.testing.TestRules;
import dev.parallax.testing.datasets.Basil;
import dev.parallax.testing.datasets.EcbPlus;
import dev.parallax.testing.datasets.LabelledCorpus;
import dev.parallax.testing.datasets.Neus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event clustering on public corpora with gold events, through the whole job. The floors are the
 * scores reached; the baseline to beat (TF-IDF + average link, scikit-learn) scores B-cubed F1
 * 0.967 on basil-dev and 0.877 on ECB+.
 */
class EventQualityTest {
  @TempDir Path work;

  private ClusterScores run(LabelledCorpus corpus, String name, Map<String, String> overrides)
      throws IOException {
    Path input = work.resolve(name + "/input/articles.jsonl");
    Path gold = work.resolve(name + "/gold.csv");
    corpus.write(input, gold);
    ParallaxConfig config = TestRules.config(overrides);
    RunSummary summary =
        CompareJob.run(
            SparkTestSession.get(),
            JobArguments.parse(
                "--input", input.toString(),
                "--output", work.resolve(name + "/out").toString(),
                "--run-date", "2026-01-01"),
            config,
            TestRules.rules(overrides));
    assertThat(summary.manifest().accepted()).isEqualTo(corpus.articles().size());
    Map<String, String> predicted =
        Reports.read(Path.of(summary.folder()).resolve("event_articles.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    ClusterScores scores = ClusterScores.of(corpus.goldEvents(), predicted);
    System.out.printf(
        "events %s: b3 precision=%.4f recall=%.4f f1=%.4f pairwise f1=%.4f ari=%.4f%n",
        name,
        scores.b3Precision(),
        scores.b3Recall(),
        scores.b3F1(),
        scores.pairF1(),
        scores.adjustedRand());
    return scores;
  }

  @Test
  void basilDev() throws IOException {
    Path basil = SharedFolder.require("datasets/basil-dev");
    assertThat(run(Basil.load(basil, false), "basil", Map.of()).b3F1())
        .isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void basilDevWithEveryDateOnOneDay() throws IOException {
    Path basil = SharedFolder.require("datasets/basil-dev");
    assertThat(run(Basil.load(basil, true), "basil-same-day", Map.of()).b3F1())
        .isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void ecbPlusLookAlikeEvents() throws IOException {
    Path ecb = SharedFolder.require("datasets/ecbplus");
    LabelledCorpus corpus = EcbPlus.load(ecb);
    assertThat(corpus.articles()).hasSize(921);
    // 0.9203 before the time rule: 61 same-event pairs of ECB+ (56 documents) are dated more than
    // a year apart (text-parsed "Posted ..." dates, retrospectives), which no event may span now
    // that topics covered now and then do not chain into one (on ABP, 25% of multi-outlet events
    // had spanned more than 30 days, one 1,089).
    assertThat(run(corpus, "ecbplus", Map.of("ingest.min-words", "1")).b3F1())
        .isGreaterThanOrEqualTo(0.885);
  }

  /** NeuS dev: one story told by left-, centre- and right-rated outlets must form one event. */
  @Test
  void neusDevStoriesToldThreeWays() throws IOException {
    Path neus = SharedFolder.require("datasets/neus-dev");
    assertThat(run(Neus.load(neus, false), "neus", Map.of()).b3F1()).isGreaterThanOrEqualTo(0.86);
  }

  @Test
  void neusDevWithEveryDateOnOneDay() throws IOException {
    Path neus = SharedFolder.require("datasets/neus-dev");
    assertThat(run(Neus.load(neus, true), "neus-same-day", Map.of()).b3F1())
        .isGreaterThanOrEqualTo(0.79);
  }
}
