package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.config.JobArguments;
import dev.parallax.testing.ProjectPaths;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SparkTestSession;
import dev.parallax.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A researcher's must_link / cannot_link rows override clustering, and conflicts are counted. */
class EventCorrectionsTest {
  @TempDir Path work;

  @Test
  void correctionsApplyAndConflictsAreRecorded() throws IOException {
    Path corrections = work.resolve("corrections.csv");
    Files.writeString(
        corrections,
        String.join(
            "\n",
            "kind,article_id,other_article_id",
            "must_link,rd-0306-otters,mp-0321-museum",
            "cannot_link,nh-0310-lowbridge,ht-0310-lowbridge",
            "cannot_link,of-0304-harrow,bw-0302-harrow",
            ""));
    Map<String, String> overrides = Map.of("events.corrections", corrections.toString());
    RunSummary summary =
        CompareJob.run(
            SparkTestSession.get(),
            JobArguments.parse(
                "--input", ProjectPaths.sample().toString(),
                "--output", work.resolve("out").toString(),
                "--run-date", "2026-03-23"),
            TestRules.config(overrides),
            TestRules.rules(overrides));
    Path folder = Path.of(summary.folder());
    Map<String, String> eventOf =
        Reports.read(folder.resolve("event_articles.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    assertThat(eventOf.get("rd-0306-otters")).isEqualTo(eventOf.get("mp-0321-museum"));
    assertThat(eventOf.get("nh-0310-lowbridge")).isNotEqualTo(eventOf.get("ht-0310-lowbridge"));
    assertThat(eventOf.get("of-0304-harrow")).isEqualTo(eventOf.get("bw-0302-harrow"));

    JsonNode stages =
        new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("stages");
    JsonNode clusterStage = null;
    for (JsonNode stage : stages) {
      if (stage.get("stage").asText().equals("cluster events")) {
        clusterStage = stage;
      }
    }
    assertThat(clusterStage).isNotNull();
    assertThat(clusterStage.get("counts").get("correction_conflicts").asInt()).isEqualTo(1);
  }
}
