package dev.parallax.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One claim as one article carries it: the sentence, where it stands, and — when attributed — who
 * makes it and with which cue.
 *
 * @param placement {@code headline}, {@code lead} (first two body sentences) or {@code body}
 * @param paragraph paragraph index (0-based; -1 for the headline)
 * @param sentence sentence index in the article (0-based over the body; -1 for the headline)
 * @param source the source as written ("he" resolved to the last named person), or ""
 * @param kind {@code quote}, {@code indirect}, {@code according_to}, {@code unattributed}, or
 *     {@link #RESTATEMENT} (a sentence neither attributed nor factual: part of a claim only where
 *     it restates another mention of the event closely)
 * @param stance what the cue implies: neutral, doubt, truth, denial; "" when unattributed
 * @param terms the stemmed content words of the content (stopwords left out), as the text stage
 *     analysed them
 * @param names the names and numbers in the content
 */
public record ClaimMention(
    String articleId,
    String outlet,
    String url,
    Long publishedMillis,
    String placement,
    int paragraph,
    int sentence,
    String sentenceText,
    String source,
    String cue,
    String content,
    String kind,
    String stance,
    List<String> terms,
    List<String> names)
    implements Serializable {

  public ClaimMention {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(sentenceText, "sentenceText");
    Objects.requireNonNull(content, "content");
    source = source == null ? "" : source;
    cue = cue == null ? "" : cue;
    stance = stance == null ? "" : stance;
    terms = List.copyOf(terms);
    names = List.copyOf(names);
  }

  /** The kind of a sentence that is a claim only where it restates another mention closely. */
  public static final String RESTATEMENT = "restatement";

  public boolean isRestatement() {
    return RESTATEMENT.equals(kind);
  }

  /** Whether someone is named as saying it (not the outlet's own voice, nor a restatement). */
  public boolean isAttributed() {
    return !"unattributed".equals(kind) && !isRestatement();
  }

  /** A key unique within an event: article and sentence. */
  public String key() {
    return articleId + "#" + sentence + "#" + cue;
  }
}
