package dev.parallax.ingest;

import dev.parallax.config.ConfigException;
import dev.parallax.model.WordCount;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the lines by which a cross-post names its original ("The original source of this article is
 * InfoBrics", "This article first appeared on ..."). Patterns come from {@code
 * conf/attribution-lines.txt}; each has a named group {@code source}. Only short paragraphs are
 * read, so a sentence in the body that happens to say "originally published" is not taken.
 */
public final class AttributionLines implements Serializable {
  /** Paragraphs longer than this many words are body text, not attribution lines. */
  public static final int MAX_WORDS = 40;

  private final List<String> patternTexts;
  private transient List<Pattern> patterns;

  public AttributionLines(List<String> patternTexts) {
    this.patternTexts = List.copyOf(patternTexts);
    this.patterns = compile(this.patternTexts);
  }

  private static List<Pattern> compile(List<String> texts) {
    List<Pattern> compiled = new ArrayList<>();
    for (String text : texts) {
      try {
        Pattern pattern = Pattern.compile(text);
        if (!text.contains("(?<source>")) {
          throw new ConfigException("attribution pattern has no (?<source>...) group: " + text);
        }
        compiled.add(pattern);
      } catch (PatternSyntaxException e) {
        throw new ConfigException("attribution pattern is not a regular expression: " + text);
      }
    }
    return List.copyOf(compiled);
  }

  /** The source outlet named by the first attribution line in {@code paragraphs}, or null. */
  public String declaredSource(List<String> paragraphs) {
    if (patterns == null) {
      patterns = compile(patternTexts);
    }
    for (String paragraph : paragraphs) {
      if (WordCount.of(paragraph) > MAX_WORDS) {
        continue;
      }
      for (Pattern pattern : patterns) {
        Matcher matcher = pattern.matcher(paragraph);
        if (matcher.find()) {
          String source = matcher.group("source").strip();
          source = source.replaceAll("[\\s.,;:]+$", "");
          if (!source.isEmpty()) {
            return source;
          }
        }
      }
    }
    return null;
  }
}
