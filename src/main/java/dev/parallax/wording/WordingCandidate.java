package dev.parallax.wording;

import dev.parallax.model.TermScore;
import java.io.Serializable;
import java.util.Optional;

/**
 * A term an outlet uses often enough to be reported, before the corpus prior is known: its tally in
 * the group ({@code eventId}'s articles of {@code outlet}, or all of the outlet's articles for
 * {@code ALL}), the other outlets' count and the two totals. For {@code ALL} the others are the
 * rest of the corpus, known only with the corpus count: {@code other} is then {@code -1}.
 */
public record WordingCandidate(
    String eventId,
    String outlet,
    String key,
    TermTally tally,
    long other,
    long groupTotal,
    long otherTotal)
    implements Serializable {

  public static final String ALL = "ALL";

  /** A corpus-wide candidate: the rest of the corpus is the comparison. */
  public static WordingCandidate corpusWide(
      String outlet, String key, TermTally tally, long outletTotal, long corpusTotal) {
    return new WordingCandidate(
        ALL, outlet, key, tally, -1, outletTotal, corpusTotal - outletTotal);
  }

  /**
   * Scores the candidate with the informative Dirichlet prior of the corpus ({@link LogOdds}); a
   * term with z &lt;= 0 is not distinctive and gives nothing.
   */
  public Optional<TermScore> score(long corpusCount, long corpusTotal, double priorTotal) {
    long others = other >= 0 ? other : corpusCount - tally.count();
    double prior = priorTotal * corpusCount / (double) corpusTotal;
    LogOdds odds = LogOdds.of(tally.count(), groupTotal, others, otherTotal, prior, priorTotal);
    if (!(odds.z() > 0)) {
      return Optional.empty();
    }
    return Optional.of(
        new TermScore(
            eventId,
            outlet,
            tally.surface(),
            tally.count(),
            others,
            odds.delta(),
            odds.z(),
            0,
            odds.z(),
            "",
            tally.articleId(),
            tally.exampleSentence()));
  }
}
