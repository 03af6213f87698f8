package dev.parallax.claims;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a text disputes a claim (FNC-1's "disagree" stance): a logistic regression over {@link
 * StanceFeatures} with a decision threshold, both learnt by {@link #train} and kept as text in
 * {@code conf/stance-model.properties} (weights on standardised features, their means and scales,
 * the bias and the threshold).
 */
public final class StanceModel implements Serializable {
  /** One labelled claim-text pair; {@code group} keeps pairs of one text in one fold. */
  public record Example(String group, double[] features, boolean disagrees) {}

  /**
   * Pairs predicted, pairs in gold, and hits, for precision, recall and F1 of the positive class.
   */
  public record Counts(long hits, long predicted, long gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) hits / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) hits / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Counts plus(Counts other) {
      return new Counts(hits + other.hits, predicted + other.predicted, gold + other.gold);
    }
  }

  private final StanceFeatures features;
  private final LogisticRegression.Fit fit;
  private final double threshold;

  public StanceModel(StanceFeatures features, LogisticRegression.Fit fit, double threshold) {
    this.features = features;
    this.fit = fit;
    this.threshold = threshold;
  }

  /** The model named by {@code denials.stance-model}, over the configured cues. */
  public static StanceModel from(dev.parallax.config.ParallaxConfig config) {
    return parse(
        StanceFeatures.from(config),
        dev.parallax.config.ConfFiles.read(
            config, dev.parallax.config.ConfigKeys.DENIALS_STANCE_MODEL),
        config.confFile(dev.parallax.config.ConfigKeys.DENIALS_STANCE_MODEL).toString());
  }

  public StanceFeatures features() {
    return features;
  }

  public boolean disagrees(String claim, String text) {
    return probability(features.of(claim, text)) >= threshold;
  }

  public double probability(double[] values) {
    return fit.probability(values);
  }

  public double threshold() {
    return threshold;
  }

  /** Fits on all examples; the threshold is the one with the best F1 on them. */
  public static StanceModel train(StanceFeatures features, List<Example> examples, double penalty) {
    double[][] x = new double[examples.size()][];
    boolean[] y = new boolean[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      x[i] = examples.get(i).features();
      y[i] = examples.get(i).disagrees();
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, penalty);
    double[] scores = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      scores[i] = fit.probability(x[i]);
    }
    return new StanceModel(features, fit, bestThreshold(scores, y));
  }

  /**
   * Cross-validation by group: each fold is scored by a model (weights and threshold) trained on
   * the other folds only; returns the pooled counts over all folds.
   */
  public static Counts crossValidate(
      StanceFeatures features, List<Example> examples, int folds, double penalty) {
    Counts total = new Counts(0, 0, 0);
    for (int fold = 0; fold < folds; fold++) {
      List<Example> training = new ArrayList<>();
      List<Example> held = new ArrayList<>();
      for (Example example : examples) {
        (foldOf(example.group(), folds) == fold ? held : training).add(example);
      }
      StanceModel model = train(features, training, penalty);
      total = total.plus(model.score(held));
    }
    return total;
  }

  /** Counts of the positive class on examples whose features are computed already. */
  public Counts score(List<Example> examples) {
    long hits = 0;
    long predicted = 0;
    long gold = 0;
    for (Example example : examples) {
      boolean positive = probability(example.features()) >= threshold;
      hits += positive && example.disagrees() ? 1 : 0;
      predicted += positive ? 1 : 0;
      gold += example.disagrees() ? 1 : 0;
    }
    return new Counts(hits, predicted, gold);
  }

  /** A stable fold for a group (not String.hashCode's order: a mixing of it). */
  static int foldOf(String group, int folds) {
    long h = group.hashCode() * 0x9E3779B97F4A7C15L;
    return (int) Math.floorMod(h ^ (h >>> 29), (long) folds);
  }

  /** The threshold among the scores that maximises F1 of the positive class. */
  static double bestThreshold(double[] scores, boolean[] labels) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    long gold = 0;
    for (boolean label : labels) {
      gold += label ? 1 : 0;
    }
    double best = -1;
    double threshold = 1.01;
    long hits = 0;
    for (int rank = 0; rank < order.length; rank++) {
      hits += labels[order[rank]] ? 1 : 0;
      boolean lastOfTie = rank + 1 == order.length || scores[order[rank + 1]] < scores[order[rank]];
      if (!lastOfTie) {
        continue;
      }
      double f1 = 2.0 * hits / (rank + 1 + gold);
      if (f1 > best) {
        best = f1;
        threshold = scores[order[rank]];
      }
    }
    return threshold;
  }

  /** The model as properties text, with a comment line on top. */
  public String format(String comment) {
    return LogisticRegression.format(
        comment, new LogisticRegression.Thresholded(fit, threshold), StanceFeatures.NAMES);
  }

  /** Reads {@link #format}'s text: {@code feature=weight mean scale} for every feature. */
  public static StanceModel parse(StanceFeatures features, String text, String origin) {
    LogisticRegression.Thresholded read =
        LogisticRegression.parse(text, StanceFeatures.NAMES, origin);
    return new StanceModel(features, read.fit(), read.threshold());
  }
}
