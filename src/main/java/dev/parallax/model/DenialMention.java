package dev.parallax.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A sentence in which someone denies, retracts, or declines to comment: who (denier, "" when
 * unknown), what (the denied text), and where it stands.
 *
 * @param kind {@code denial}, {@code refusal_to_comment} or {@code retraction}
 * @param terms the stemmed content words of the sentence
 */
public record DenialMention(
    String articleId,
    String outlet,
    String url,
    String placement,
    int paragraph,
    int sentence,
    String sentenceText,
    String denier,
    String deniedText,
    String kind,
    List<String> terms)
    implements Serializable {
  public DenialMention {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(sentenceText, "sentenceText");
    Objects.requireNonNull(kind, "kind");
    denier = denier == null ? "" : denier;
    deniedText = deniedText == null ? "" : deniedText;
    terms = List.copyOf(terms);
  }
}
