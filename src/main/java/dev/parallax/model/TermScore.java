package dev.parallax.model;

import java.io.Serializable;

/**
 * One distinctive term of an outlet in an event, or in the whole corpus; the example sentence is
 * the {@code exampleIndex}-th of the article's sentences, filled in once the row is chosen.
 */
public record TermScore(
    String eventId,
    String outlet,
    String term,
    long count,
    long otherCount,
    double logOdds,
    double z,
    String exampleSentence,
    String articleId,
    int exampleIndex)
    implements Serializable {

  /** This row with its example sentence text filled in. */
  public TermScore withExample(String sentence) {
    return new TermScore(
        eventId, outlet, term, count, otherCount, logOdds, z, sentence, articleId, exampleIndex);
  }
}
