package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.config.ConfigException;
import dev.parallax.testing.TestRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StanceModelTest {
  private final StanceFeatures features = StanceFeatures.from(TestRules.config(Map.of()));

  @Test
  void logisticRegressionRecoversTheSignsAndOrderOfKnownWeights() {
    Random random = new Random(7);
    int n = 4000;
    double[][] x = new double[n][3];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
      double z = -1 + 2.0 * x[i][0] - 1.0 * x[i][1];
      y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z));
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 1.0);
    double[] w = fit.weights();
    assertThat(w[0]).isBetween(1.7, 2.3);
    assertThat(w[1]).isBetween(-1.25, -0.75);
    assertThat(Math.abs(w[2])).isLessThan(0.15);
    assertThat(fit.probability(new double[] {2, -1, 0}))
        .isGreaterThan(fit.probability(new double[] {0, 0, 0}));
  }

  @Test
  void theThresholdMaximisesF1() {
    double[] scores = {0.9, 0.8, 0.7, 0.6, 0.2, 0.1};
    boolean[] labels = {true, true, false, true, false, false};
    // top 2: F1 = 4/5; top 4: 2*3/(4+3) = 6/7, the best.
    assertThat(StanceModel.bestThreshold(scores, labels)).isEqualTo(0.6);
  }

  @Test
  void aWrittenModelReadsBackWithTheSameScores() {
    List<StanceModel.Example> examples = new ArrayList<>();
    String[][] pairs = {
      {"Ostland delivered launchers to Keld", "Ostland denied it delivered launchers to Keld."},
      {"Ostland delivered launchers to Keld", "Ostland delivered sixty launchers to Keld."},
      {"Ostland delivered launchers to Keld", "The story about launchers for Keld is a hoax."},
      {"Ostland delivered launchers to Keld", "Rain fell on the capital on Sunday."}
    };
    boolean[] disputes = {true, false, true, false};
    for (int repeat = 0; repeat < 20; repeat++) {
      for (int i = 0; i < pairs.length; i++) {
        examples.add(
            new StanceModel.Example(
                "body-" + i + "-" + repeat, features.of(pairs[i][0], pairs[i][1]), disputes[i]));
      }
    }
    StanceModel model = StanceModel.train(features, examples, 1.0);
    StanceModel read = StanceModel.parse(features, model.format("test\nmodel"), "test");
    for (StanceModel.Example example : examples) {
      assertThat(read.probability(example.features()))
          .isCloseTo(
              model.probability(example.features()), org.assertj.core.data.Offset.offset(1e-4));
    }
    assertThat(read.disagrees(pairs[0][0], pairs[0][1])).isTrue();
    assertThat(read.disagrees(pairs[1][0], pairs[1][1])).isFalse();
  }

  @Test
  void aModelFileWithoutAFeatureNamesIt() {
    assertThatThrownBy(() -> StanceModel.parse(features, "threshold=0.5\nbias=0\n", "m.properties"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("m.properties")
        .hasMessageContaining("'related'");
  }

  @Test
  void theShippedModelRanksATiedDenialAboveTheSameStoryToldStraight() {
    StanceModel shipped = StanceModel.from(TestRules.config(Map.of()));
    String claim = "Ostland armed Keld's security forces with Harrow launchers";
    double denied =
        shipped.probability(
            features.of(
                claim,
                "The Ostland embassy said the claims that it armed Keld's security forces with"
                    + " Harrow launchers were fabricated.\nThere was no truth to the allegations,"
                    + " it said."));
    double straight =
        shipped.probability(
            features.of(
                claim,
                "Ostland armed Keld's security forces with Harrow launchers, officials said.\n"
                    + "The first sixty launchers arrived in February."));
    double unrelated =
        shipped.probability(
            features.of(claim, "The port strike at Brennick entered its second week."));
    assertThat(denied).isGreaterThan(straight).isGreaterThan(0);
    assertThat(denied).isGreaterThan(unrelated);
  }
}
