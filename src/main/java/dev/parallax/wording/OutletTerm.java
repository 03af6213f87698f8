package dev.parallax.wording;

import java.io.Serializable;

/** A term as one article of one outlet uses it, with the term's count in the whole corpus. */
public record OutletTerm(
    String outlet,
    String articleId,
    String key,
    String surface,
    long count,
    String exampleSentence,
    long corpusCount)
    implements Serializable {}
