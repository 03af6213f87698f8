package dev.parallax.claims;

import dev.parallax.config.ConfigException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Denial cues by kind from {@code conf/denial-cues.txt}: refusals to comment are checked first, so
 * "declined to comment" is never taken for a denial; then retractions, then denials (verbs,
 * evaluative words about a claim such as "fabricated" or "no truth", negated reports of the act).
 */
public final class DenialCues implements Serializable {
  /** A cue found in a sentence. */
  public record Found(String kind, Span cue) implements Serializable {}

  private final List<String> kinds;
  private final List<String> expressions;
  private transient List<Pattern> patterns;

  public DenialCues(List<String> kinds, List<String> expressions) {
    this.kinds = List.copyOf(kinds);
    this.expressions = List.copyOf(expressions);
    compile();
  }

  /** The cues named by {@code denials.cues}. */
  public static DenialCues from(dev.parallax.config.ParallaxConfig config) {
    return parse(
        dev.parallax.config.ConfFiles.contentLines(
            config, dev.parallax.config.ConfigKeys.DENIALS_CUES),
        config.confFile(dev.parallax.config.ConfigKeys.DENIALS_CUES).toString());
  }

  public static DenialCues parse(List<String> lines, String origin) {
    List<String> kinds = new ArrayList<>();
    List<String> expressions = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\\|", 2);
      if (parts.length != 2
          || !List.of("denial", "refusal_to_comment", "retraction").contains(parts[0].strip())) {
        throw new ConfigException(
            origin
                + ": a line must be 'kind|regex' with kind denial,"
                + " refusal_to_comment or retraction: "
                + line);
      }
      kinds.add(parts[0].strip());
      expressions.add(parts[1].strip());
    }
    return new DenialCues(kinds, expressions);
  }

  private void compile() {
    List<Pattern> compiled = new ArrayList<>();
    for (String expression : expressions) {
      try {
        compiled.add(Pattern.compile(expression, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw new ConfigException("denial cue is not a regular expression: " + expression);
      }
    }
    patterns = compiled;
  }

  /** The first cue in priority order (refusal, retraction, denial), or null. */
  public Found find(String sentence) {
    if (patterns == null) {
      compile();
    }
    for (String kind : List.of("refusal_to_comment", "retraction", "denial")) {
      for (int i = 0; i < patterns.size(); i++) {
        if (kinds.get(i).equals(kind)) {
          Matcher matcher = patterns.get(i).matcher(sentence);
          if (matcher.find()) {
            return new Found(kind, new Span(matcher.start(), matcher.end()));
          }
        }
      }
    }
    return null;
  }
}
