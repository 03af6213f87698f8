package dev.parallax.ingest;

import dev.parallax.config.ConfigException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Paragraph patterns that mark site furniture (share buttons, newsletter calls, disclaimers,
 * copyright lines), from {@code conf/boilerplate.txt}: a paragraph that any pattern finds is
 * dropped.
 */
public final class BoilerplatePatterns implements Serializable {
  private final List<String> patternTexts;
  private transient List<Pattern> patterns;

  public BoilerplatePatterns(List<String> patternTexts) {
    this.patternTexts = List.copyOf(patternTexts);
    this.patterns = compile(this.patternTexts);
  }

  private static List<Pattern> compile(List<String> texts) {
    List<Pattern> compiled = new ArrayList<>();
    for (String text : texts) {
      try {
        compiled.add(Pattern.compile(text));
      } catch (PatternSyntaxException e) {
        throw new ConfigException(
            "boilerplate pattern is not a regular expression: "
                + text
                + " ("
                + e.getDescription()
                + ")");
      }
    }
    return List.copyOf(compiled);
  }

  /** Whether {@code paragraph} is boilerplate. */
  public boolean matches(String paragraph) {
    if (patterns == null) {
      patterns = compile(patternTexts);
    }
    for (Pattern pattern : patterns) {
      if (pattern.matcher(paragraph).find()) {
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
