package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.claims.RebuttalTraining;
import dev.parallax.config.ConfigKeys;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.TestRules;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rebuttal model on claims-dev (a reader's gold of 16 BASIL events), cross-validated by event:
 * each event's candidates are kept by weights and a threshold learnt on the other 15 events only
 * (docs/denials.md). The floors are the figures reached; the target (denial recall 0.65 at
 * precision 0.70) is not: the model is off by default (denials.rebuttal-model).
 */
class RebuttalQualityTest {
  @Test
  void crossValidatedByEventTheModelFindsMoreDenialsThanTheCues() {
    Path dataset = SharedFolder.require("datasets/claims-dev");
    RebuttalTraining.Outcome outcome =
        RebuttalEvaluation.outcome(
            dataset.resolve("claims.json"),
            dataset.resolve("articles.jsonl"),
            TestRules.config(Map.of(ConfigKeys.DENIALS_REBUTTAL_MODEL.name(), "")));
    outcome.report().forEach(line -> System.out.println("claims-dev rebuttals: " + line));
    // The plain-Java analysis reports what the job reports with the cues alone (ClaimsQualityTest).
    assertThat(outcome.cuesOnly().recall()).isGreaterThanOrEqualTo(0.38);
    assertThat(outcome.cuesOnly().precision()).isGreaterThanOrEqualTo(0.80);
    // 0.5470 (64 of 117) with parts of speech in context, 0.5385 (63) with the lexicon.
    assertThat(outcome.crossValidated().recall()).isGreaterThanOrEqualTo(0.53);
    assertThat(outcome.crossValidated().recall())
        .isGreaterThanOrEqualTo(outcome.cuesOnly().recall() + 0.15);
    assertThat(outcome.crossValidated().precision()).isGreaterThanOrEqualTo(0.48);
  }
}
