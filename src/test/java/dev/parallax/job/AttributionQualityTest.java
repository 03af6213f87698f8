package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.claims.AttributionScores;
import dev.parallax.testing.SharedFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Attribution extraction on PolNeAR (Newell et al. 2018) dev and train: floors at the scores
 * reached (a bare reporting-verb list scores cue F1 about 0.57 on dev; the target is 0.85).
 */
class AttributionQualityTest {

  private static AttributionScores score(String split) {
    Path data = SharedFolder.require("datasets/polnear/data/" + split);
    AttributionScores scores =
        Evaluate.scoreAttributions(
            data.resolve("text"),
            data.resolve("attributions"),
            dev.parallax.claims.AttributionExtractor.from(
                dev.parallax.testing.TestRules.config(java.util.Map.of())));
    scores.lines().forEach(line -> System.out.println("attribution " + split + ": " + line));
    return scores;
  }

  @Test
  void polnearDev() {
    AttributionScores scores = score("dev");
    assertThat(scores.f1("cue")).isGreaterThanOrEqualTo(0.65);
    assertThat(scores.f1("source")).isGreaterThanOrEqualTo(0.58);
    assertThat(scores.f1("content")).isGreaterThanOrEqualTo(0.55);
  }

  @Test
  void polnearTrain() {
    AttributionScores scores = score("train");
    assertThat(scores.f1("cue")).isGreaterThanOrEqualTo(0.63);
    assertThat(scores.f1("source")).isGreaterThanOrEqualTo(0.54);
    assertThat(scores.f1("content")).isGreaterThanOrEqualTo(0.51);
  }
}
