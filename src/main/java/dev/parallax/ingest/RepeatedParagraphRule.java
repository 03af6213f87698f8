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
    return paragraph
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\d+", "0")
        .replaceAll("\\s+", " ")
        .strip();
  }

  public boolean isBoilerplate(long articlesWithParagraph, long outletArticles) {
    return articlesWithParagraph >= minArticles
        && articlesWithParagraph >= minShare * outletArticles;
  }
}
