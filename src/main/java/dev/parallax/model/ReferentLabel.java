package dev.parallax.model;

import java.io.Serializable;

/**
 * One outlet's label for one referent of an event ("so-called army" for the Keld forces): its kind
 * ({@code head}: a phrase of a head group; {@code descriptor}: the titles, premodifiers or
 * apposition of a name; {@code loaded}: a loaded word a sentence uses nearest to the name), how
 * often the outlet uses it, and one sentence and article that show it.
 */
public record ReferentLabel(
    String referent,
    String outlet,
    String kind,
    String label,
    int count,
    String sentence,
    String articleId)
    implements Serializable {}
