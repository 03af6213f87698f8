package dev.parallax.wording;

import java.io.Serializable;

/**
 * The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
 * Words", Political Analysis 16(4):372-403). For term w, counts y_i in group i (n_i words in all)
 * and y_j in the comparison group, prior counts a_w with a_0 = sum of a_w:
 *
 * <pre>
 * delta = log((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
 * var(delta) ~ 1 / (y_i + a_w) + 1 / (y_j + a_w)
 * z = delta / sqrt(var)
 * </pre>
 *
 * The prior is the term's share of the whole corpus scaled to {@code a_0}: raw frequency
 * differences favour common words, unsmoothed log-odds favour rare ones; the prior fixes both.
 */
public record LogOdds(double delta, double z) implements Serializable {

  public static LogOdds of(
      long termCount,
      long groupTotal,
      long otherCount,
      long otherTotal,
      double prior,
      double priorTotal) {
    double delta =
        Math.log((termCount + prior) / (groupTotal + priorTotal - termCount - prior))
            - Math.log((otherCount + prior) / (otherTotal + priorTotal - otherCount - prior));
    double variance = 1.0 / (termCount + prior) + 1.0 / (otherCount + prior);
    return new LogOdds(delta, delta / Math.sqrt(variance));
  }
}
