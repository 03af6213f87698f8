package dev.parallax.model;

import java.io.Serializable;

/**
 * One outlet group's share of an event's independent coverage (groups by a registry attribute such
 * as country or ownership); a blindspot when one group carries nearly all of it.
 */
public record GroupCoverage(
    String eventId,
    String attribute,
    String group,
    int independentArticles,
    double share,
    boolean blindspot)
    implements Serializable {}
