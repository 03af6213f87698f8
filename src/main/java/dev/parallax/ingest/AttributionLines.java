package dev.parallax.ingest;

import dev.parallax.config.ConfigException;
import dev.parallax.model.WordCount;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines by which a cross-post names its original ("The original source of this article is
 * InfoBrics", "This article first appeared on ..."). Patterns come from {@code
 * conf/attribution-lines.txt}; each has a named group {@code source}. Only short paragraphs are
 * read, so a sentence in the body that happens to say "originally published" is not taken.
 */
public final class AttributionLines implements Serializable {
  /** Paragraphs longer than this many words are body text, not attribution lines. */
  public static final int MAX_WORDS = 40;

  private final ConfiguredPatterns patterns;

  public AttributionLines(List<String> patternTexts) {
    for (String text : patternTexts) {
      if (!text.contains("(?<source>")) {
        throw new ConfigException("attribution pattern has no (?<source>...) group: " + text);
      }
    }
    this.patterns = new ConfiguredPatterns("attribution pattern", patternTexts);
  }

  private static final Pattern ISSUE_OF =
      Pattern.compile("(?i)^(?:the )?(?:\\p{L}+ )?(?:issue|edition) of ");
  private static final Pattern TRAILING_CLAUSE =
      Pattern.compile("(?i)\\s+(?:and|as|where|under|with|which)\\s.*$");

  /**
   * The outlet's name in a captured phrase: "the latest issue of The Week" is The Week, "High
   * Country News and appears here as part of ..." is High Country News, a lower-case "the" goes.
   */
  static String outletName(String captured) {
    String name = captured.strip();
    name = ISSUE_OF.matcher(name).replaceFirst("");
    name = TRAILING_CLAUSE.matcher(name).replaceFirst("");
    if (name.startsWith("the ")) {
      name = name.substring(4);
    }
    return name.replaceAll("[\\s,;:]+$", "").strip();
  }

  /** The source outlet named by the first attribution line in {@code paragraphs}, or null. */
  public String declaredSource(List<String> paragraphs) {
    for (String paragraph : paragraphs) {
      if (WordCount.exceeds(paragraph, MAX_WORDS)) {
        continue;
      }
      String lower = paragraph.toLowerCase(java.util.Locale.ROOT);
      boolean folds = dev.parallax.text.RequiredLiterals.foldsToAscii(paragraph);
      List<Pattern> compiled = patterns.patterns();
      for (int i = 0; i < compiled.size(); i++) {
        if (!patterns.mayMatch(i, lower, folds)) {
          continue;
        }
        Matcher matcher = compiled.get(i).matcher(paragraph);
        if (matcher.find()) {
          String source = outletName(matcher.group("source"));
          if (!source.isEmpty()) {
            return source;
          }
        }
      }
    }
    return null;
  }
}
