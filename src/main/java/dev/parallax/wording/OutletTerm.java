package dev.parallax.wording;

import java.io.Serializable;

/**
 * A term as one article of one outlet uses it, with the term's count in the whole corpus; {@code
 * exampleSentence} indexes {@link TermCounts#sentences} of the article.
 */
public record OutletTerm(
    String outlet,
    String articleId,
    String key,
    String surface,
    long count,
    int exampleSentence,
    long corpusCount)
    implements Serializable {}
