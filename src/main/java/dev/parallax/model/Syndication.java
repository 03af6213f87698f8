package dev.parallax.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An article recognised as a copy of another.
 *
 * @param articleId the copy
 * @param outlet the copy's outlet
 * @param originalId the original's article id, or null when the original is not in the corpus
 * @param originalOutlet the original's outlet
 * @param method how the copy was recognised
 * @param similarity estimated text similarity to the original (0-1), or null when not compared
 */
public record Syndication(
    String articleId,
    String outlet,
    String originalId,
    String originalOutlet,
    SyndicationMethod method,
    Double similarity)
    implements Serializable {

  public Syndication {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(originalOutlet, "originalOutlet");
    Objects.requireNonNull(method, "method");
  }
}
