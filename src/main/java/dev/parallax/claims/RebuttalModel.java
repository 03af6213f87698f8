package dev.parallax.claims;

import java.io.Serializable;

/**
 * Whether a rebuttal candidate — a sentence without a denial cue that negates, answers or evaluates
 * something — disputes the event's claim it is linked to: a logistic regression over {@link
 * RebuttalFeatures} with a decision threshold, learnt by {@code jobs/evaluate.sh rebuttal-train}
 * ({@link RebuttalTraining}) and kept as text in {@code conf/rebuttal-model.properties}. An
 * untrained model ({@link #untrained}) keeps no candidate: it only gives the features, for
 * training.
 */
public final class RebuttalModel implements Serializable {
  private final RebuttalFeatures features;
  private final LogisticRegression.Thresholded model;

  public RebuttalModel(RebuttalFeatures features, LogisticRegression.Thresholded model) {
    this.features = features;
    this.model = model;
  }

  /** The features without weights: every candidate is scored as not a rebuttal. */
  public static RebuttalModel untrained(RebuttalFeatures features) {
    return new RebuttalModel(features, null);
  }

  /** The model of {@code denials.rebuttal-model} over {@code denials.rebuttal-signals}. */
  public static RebuttalModel from(dev.parallax.config.ParallaxConfig config) {
    return parse(
        RebuttalFeatures.from(config),
        dev.parallax.config.ConfFiles.read(
            config, dev.parallax.config.ConfigKeys.DENIALS_REBUTTAL_MODEL),
        config.confFile(dev.parallax.config.ConfigKeys.DENIALS_REBUTTAL_MODEL).toString());
  }

  public static RebuttalModel parse(RebuttalFeatures features, String text, String origin) {
    return new RebuttalModel(
        features, LogisticRegression.parse(text, RebuttalFeatures.NAMES, origin));
  }

  public RebuttalFeatures features() {
    return features;
  }

  public double probability(double[] values) {
    return model == null ? 0 : model.fit().probability(values);
  }

  public boolean rebuts(double[] values) {
    return model != null && model.positive(values);
  }

  /** The model as properties text, with a comment on top. */
  public String format(String comment) {
    if (model == null) {
      throw new IllegalStateException("an untrained rebuttal model has no weights to write");
    }
    return LogisticRegression.format(comment, model, RebuttalFeatures.NAMES);
  }
}
