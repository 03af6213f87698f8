package dev.parallax.wording;

import java.io.Serializable;

/** One distinctive term of an outlet (or outlet group) in an event, or in the whole corpus. */
public record WordingRow(
    String eventId,
    String outlet,
    String term,
    long count,
    long otherCount,
    double logOdds,
    double z,
    String exampleSentence,
    String articleId)
    implements Serializable {}
