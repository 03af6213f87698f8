package dev.parallax.model;

/**
 * One sentence of an {@link AnalysedArticle}, as offsets into the article's {@link
 * AnalysedArticle#text() text}: the headline is one sentence, the body is split paragraph by
 * paragraph.
 *
 * @param position 0-based over all the article's sentences, headline first
 * @param bodyIndex 0-based over the body's sentences; -1 for the headline
 * @param paragraph body paragraph index (0-based); -1 for the headline
 * @param start first character
 * @param end one past the last character
 * @param contentStart where the sentence's own words begin: after a wire dateline ("VARNO, March 12
 *     (SWA) - "), else {@code start}
 * @param quoteOpenAtStart whether a quotation opened earlier in the paragraph is still open
 * @param firstToken index of the sentence's first token
 * @param endToken one past the index of its last token
 */
public record Sentence(
    int position,
    int bodyIndex,
    int paragraph,
    int start,
    int end,
    int contentStart,
    boolean quoteOpenAtStart,
    int firstToken,
    int endToken) {

  public Sentence {
    if (start < 0 || end < start || contentStart < start || contentStart > end) {
      throw new IllegalArgumentException(
          "bad sentence span [" + start + ", " + contentStart + ", " + end + ")");
    }
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("bad token range [" + firstToken + ", " + endToken + ")");
    }
  }

  public Placement placement() {
    return Placement.ofBodySentence(bodyIndex);
  }

  public boolean isHeadline() {
    return bodyIndex < 0;
  }

  /** The sentence as written, dateline included. */
  public String text(String articleText) {
    return articleText.substring(start, end);
  }

  /** The sentence without a leading wire dateline. */
  public String content(String articleText) {
    return articleText.substring(contentStart, end);
  }
}
