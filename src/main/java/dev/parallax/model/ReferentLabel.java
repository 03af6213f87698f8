package dev.parallax.model;

import java.io.Serializable;

/**
 * One outlet's label for one referent of an event ("so-called army" for the Keld forces): how often
 * it uses it, and one sentence and article that show it.
 */
public record ReferentLabel(
    String referent, String outlet, String label, int count, String sentence, String articleId)
    implements Serializable {}
