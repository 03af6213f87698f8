package dev.parallax.claims;

import dev.parallax.text.RawText;
import dev.parallax.text.Terms;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a text disputes a headline's claim (the FNC-1 "disagree" stance): some sentence of the
 * text carries a denial or retraction cue and shares at least {@code threshold} of the headline's
 * content terms — the denial must be about the claim, not anywhere in the text.
 */
public final class StanceRule implements Serializable {
  private final DenialCues cues;
  private final double threshold;

  public StanceRule(DenialCues cues, double threshold) {
    this.cues = cues;
    this.threshold = threshold;
  }

  public boolean disagrees(String headline, String text) {
    Set<String> claim = new HashSet<>(Terms.of(headline));
    if (claim.isEmpty()) {
      return false;
    }
    for (RawText.Sentence span : RawText.sentences(text)) {
      {
        String sentence = span.span().of(text);
        DenialCues.Found cue = cues.find(sentence);
        if (cue == null || cue.kind().equals("refusal_to_comment")) {
          continue;
        }
        List<String> terms = Terms.of(sentence);
        int shared = 0;
        for (String term : new HashSet<>(terms)) {
          if (claim.contains(term)) {
            shared++;
          }
        }
        if ((double) shared / claim.size() >= threshold) {
          return true;
        }
      }
    }
    return false;
  }
}
