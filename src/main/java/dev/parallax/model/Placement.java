package dev.parallax.model;

import java.util.Locale;

/**
 * Where a sentence stands in its article: the headline, the lead (first two body sentences), the
 * rest.
 */
public enum Placement {
  HEADLINE,
  LEAD,
  BODY;

  /** Body sentences with an index below this are the lead. */
  public static final int LEAD_SENTENCES = 2;

  /** The placement of the body sentence with this index (0-based), or of the headline (-1). */
  public static Placement ofBodySentence(int bodyIndex) {
    if (bodyIndex < 0) {
      return HEADLINE;
    }
    return bodyIndex < LEAD_SENTENCES ? LEAD : BODY;
  }

  public String reportValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
