package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.claims.DenialCues;
import dev.parallax.claims.StanceFeatures;
import dev.parallax.claims.StanceModel;
import dev.parallax.claims.StanceRule;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.TestRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Denial detection on the FNC-1 dev half (Pomerleau & Rao 2017): disagree F1 on its own. The honest
 * figure is the learnt model's cross-validated one (folds by body, each scored by weights and a
 * threshold learnt without it); the shipped model, trained on all of the dev half, is also scored
 * on it (in-sample), and the cue rule stays as the baseline. Floors are the scores reached.
 */
class StanceQualityTest {

  @Test
  void fncDisagreeClass() {
    Path fnc = SharedFolder.require("datasets/fnc-1");
    Path stances = fnc.resolve("competition_test_stances.dev.csv");
    Path bodies = fnc.resolve("competition_test_bodies.dev.csv");
    Map<String, String> bodyById = Evaluate.read(bodies, "Body ID", "articleBody");
    List<StanceEvaluation.Pair> pairs = StanceEvaluation.readPairs(stances, bodyById);

    StanceFeatures features = StanceFeatures.from(TestRules.config(Map.of()));
    List<StanceModel.Example> examples = StanceEvaluation.examples(features, pairs, bodyById);
    StanceModel.Counts crossValidated = StanceModel.crossValidate(features, examples, 5, 1.0);
    StanceModel.Counts shipped = StanceModel.from(TestRules.config(Map.of())).score(examples);
    StanceModel.Counts ruleCounts =
        StanceEvaluation.score(
            pairs,
            bodyById,
            new StanceRule(DenialCues.from(TestRules.config(Map.of())), 0.2)::disagrees);

    print("model, cross-validated", crossValidated);
    print("shipped model, in-sample", shipped);
    print("cue rule", ruleCounts);
    assertThat(crossValidated.gold()).isEqualTo(379);
    assertThat(crossValidated.f1()).isGreaterThanOrEqualTo(0.25);
    assertThat(crossValidated.f1()).isGreaterThan(ruleCounts.f1());
    assertThat(shipped.f1()).isGreaterThanOrEqualTo(0.31);
    assertThat(ruleCounts.f1()).isGreaterThanOrEqualTo(0.21);
  }

  private static void print(String what, StanceModel.Counts counts) {
    System.out.printf(
        "stance fnc-1 dev, %s: disagree precision=%.4f recall=%.4f f1=%.4f%n",
        what, counts.precision(), counts.recall(), counts.f1());
  }
}
