package dev.parallax.model;

import java.io.Serializable;

/**
 * For a denied claim and a covering outlet: whether it carries the claim, the denial, and where the
 * denial stands ({@code headline}, {@code lead}, {@code before_claim}, {@code after_claim}, {@code
 * body} when the article has no mention of the claim, "" without a denial).
 */
public record OneSided(
    String eventId,
    String claimId,
    String outlet,
    boolean carriesClaim,
    boolean carriesDenial,
    String denialPosition,
    String articleId)
    implements Serializable {}
