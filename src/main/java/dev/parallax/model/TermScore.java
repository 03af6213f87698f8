package dev.parallax.model;

import java.io.Serializable;

/**
 * One distinctive term of an outlet in an event, or in the whole corpus; the example sentence is
 * the {@code exampleIndex}-th of the article's sentences, filled in once the row is chosen.
 *
 * @param loaded how strongly the term carries evaluation (0..1, the loaded-words lexicon)
 * @param weight the reporting order: z x (1 + wording.loaded-weight x loaded)
 */
public record TermScore(
    String eventId,
    String outlet,
    String term,
    long count,
    long otherCount,
    double logOdds,
    double z,
    double loaded,
    double weight,
    String exampleSentence,
    String articleId,
    int exampleIndex)
    implements Serializable {

  /** This row with its example sentence text filled in. */
  public TermScore withExample(String sentence) {
    return new TermScore(
        eventId,
        outlet,
        term,
        count,
        otherCount,
        logOdds,
        z,
        loaded,
        weight,
        sentence,
        articleId,
        exampleIndex);
  }

  /** This row with its loadedness and reporting weight. */
  public TermScore withLoaded(double loaded, double weight) {
    return new TermScore(
        eventId,
        outlet,
        term,
        count,
        otherCount,
        logOdds,
        z,
        loaded,
        weight,
        exampleSentence,
        articleId,
        exampleIndex);
  }
}
