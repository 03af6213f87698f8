package dev.parallax.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraph patterns that mark site furniture (share buttons, newsletter calls, disclaimers,
 * copyright lines), from {@code conf/boilerplate.txt}: a paragraph that any pattern finds is
 * dropped.
 */
public final class BoilerplatePatterns implements Serializable {
  private final ConfiguredPatterns patterns;

  public BoilerplatePatterns(List<String> patternTexts) {
    this.patterns = new ConfiguredPatterns("boilerplate pattern", patternTexts);
  }

  /** Whether {@code paragraph} is boilerplate. */
  public boolean matches(String paragraph) {
    String lower = paragraph.toLowerCase(java.util.Locale.ROOT);
    boolean folds = dev.parallax.text.RequiredLiterals.foldsToAscii(paragraph);
    List<Pattern> compiled = patterns.patterns();
    for (int i = 0; i < compiled.size(); i++) {
      if (patterns.mayMatch(i, lower, folds) && compiled.get(i).matcher(paragraph).find()) {
        return true;
      }
    }
    return false;
  }

  /** The paragraphs that are not boilerplate, in order. */
  public List<String> keep(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (String paragraph : paragraphs) {
      if (!matches(paragraph)) {
        kept.add(paragraph);
      }
    }
    return kept;
  }
}
