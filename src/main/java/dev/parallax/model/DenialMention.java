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
 * @param cue the words of the denial cue that marked the sentence; empty for a rebuttal candidate
 *     (a sentence without a cue that the rebuttal model scores against the event's claims)
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
    List<String> terms,
    String cue)
    implements Serializable {
  public DenialMention {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(sentenceText, "sentenceText");
    Objects.requireNonNull(kind, "kind");
    denier = denier == null ? "" : denier;
    deniedText = deniedText == null ? "" : deniedText;
    terms = List.copyOf(terms);
    cue = cue == null ? "" : cue;
  }

  /** Whether a denial cue marked the sentence (else it is a rebuttal candidate). */
  public boolean cued() {
    return !cue.isEmpty();
  }
}
