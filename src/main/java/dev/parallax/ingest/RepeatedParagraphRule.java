package dev.parallax.ingest;

import java.io.Serializable;
import java.util.Locale;

/**
 * Site furniture that no pattern names (an outlet's own footer, its newsletter box) shows up as the
 * same paragraph in many of that outlet's articles. A paragraph is boilerplate for an outlet when
 * it appears in at least {@code minArticles} of its articles and in at least {@code minShare} of
 * them.
 */
public record RepeatedParagraphRule(int minArticles, double minShare) implements Serializable {

  public RepeatedParagraphRule {
    if (minArticles < 2) {
      throw new IllegalArgumentException("minArticles must be >= 2 but is " + minArticles);
    }
    if (minShare < 0 || minShare > 1) {
      throw new IllegalArgumentException("minShare must be in [0, 1] but is " + minShare);
    }
  }

  /** The key under which paragraphs count as the same: lower case, single spaces, no digits. */
  public static String key(String paragraph) {
    // One pass: each run of ASCII digits becomes "0", each run of ASCII whitespace one space.
    String lower = paragraph.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length());
    char previous = 'x';
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '0' && c <= '9') {
        if (!(previous >= '0' && previous <= '9')) {
          key.append('0');
        }
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!(previous == ' '
            || previous == '\t'
            || previous == '\n'
            || previous == '\u000B'
            || previous == '\f'
            || previous == '\r')) {
          key.append(' ');
        }
      } else {
        key.append(c);
      }
      previous = c;
    }
    return key.toString().strip();
  }

  public boolean isBoilerplate(long articlesWithParagraph, long outletArticles) {
    return articlesWithParagraph >= minArticles
        && articlesWithParagraph >= minShare * outletArticles;
  }
}
