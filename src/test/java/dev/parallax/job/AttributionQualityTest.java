package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.claims.AttributionExtractor;
import dev.parallax.claims.AttributionScores;
import dev.parallax.testing.SharedFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Attribution extraction on PolNeAR (Newell et al. 2018): floors at the scores reached (a bare
 * reporting-verb list scores cue F1 about 0.57 on dev; the targets are cue 0.80, source 0.72,
 * content 0.70). The cue tagger and the span tagger are learnt on the train split, so dev is scored
 * with them and train without them (lexicon and rules).
 */
class AttributionQualityTest {
  private static final AttributionExtractor SHIPPED =
      AttributionExtractor.from(dev.parallax.testing.TestRules.config(java.util.Map.of()));

  private static AttributionScores score(
      String split, AttributionExtractor extractor, String what) {
    Path data = SharedFolder.require("datasets/polnear/data/" + split);
    AttributionScores scores =
        Evaluate.scoreAttributions(data.resolve("text"), data.resolve("attributions"), extractor);
    scores.lines().forEach(line -> System.out.println("attribution " + what + ": " + line));
    return scores;
  }

  @Test
  void polnearDevWithTheLearntCuesAndSpans() {
    AttributionScores scores = score("dev", SHIPPED, "dev");
    assertThat(scores.f1("cue")).isGreaterThanOrEqualTo(0.72);
    assertThat(scores.f1("source")).isGreaterThanOrEqualTo(0.685);
    assertThat(scores.f1("content")).isGreaterThanOrEqualTo(0.655);
    AttributionScores rules = score("dev", SHIPPED.withSpanTagger(null), "dev, rules for spans");
    assertThat(scores.f1("source")).isGreaterThan(rules.f1("source") + 0.05);
    assertThat(scores.f1("content")).isGreaterThan(rules.f1("content") + 0.05);
    AttributionScores lexiconOnly =
        score("dev", SHIPPED.withTagger(null).withSpanTagger(null), "dev, lexicon and rules only");
    assertThat(rules.f1("cue")).isGreaterThan(lexiconOnly.f1("cue") + 0.02);
    assertThat(rules.f1("content")).isGreaterThan(lexiconOnly.f1("content"));
  }

  @Test
  void polnearTrainWithTheLexiconAndRulesOnly() {
    // Both taggers learnt on train: it is scored without them.
    AttributionScores scores =
        score("train", SHIPPED.withTagger(null).withSpanTagger(null), "train, lexicon only");
    assertThat(scores.f1("cue")).isGreaterThanOrEqualTo(0.63);
    assertThat(scores.f1("source")).isGreaterThanOrEqualTo(0.54);
    assertThat(scores.f1("content")).isGreaterThanOrEqualTo(0.51);
  }
}
