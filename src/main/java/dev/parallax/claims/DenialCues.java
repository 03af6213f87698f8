package dev.parallax.claims;

import dev.parallax.config.ConfigException;
import dev.parallax.model.Span;
import dev.parallax.text.RequiredLiterals;
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
  private transient List<Pattern> lowerCasePatterns;
  private transient List<List<String>> requiredLiterals;

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
    List<Pattern> lowerCase = new ArrayList<>();
    List<List<String>> literals = new ArrayList<>();
    for (String expression : expressions) {
      literals.add(RequiredLiterals.of(expression));
      try {
        compiled.add(Pattern.compile(expression, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        lowerCase.add(caseFree(expression) ? Pattern.compile(expression) : null);
      } catch (PatternSyntaxException e) {
        throw new ConfigException("denial cue is not a regular expression: " + expression);
      }
    }
    patterns = compiled;
    lowerCasePatterns = lowerCase;
    requiredLiterals = literals;
  }

  /**
   * Whether an expression matches a lower-cased text exactly as it matches the text regardless of
   * case: it names no upper-case letter (escapes such as {@code \b} and {@code \s} aside) and no
   * case property. Such expressions run on the sentence lower-cased once, which is much faster than
   * case-insensitive matching.
   */
  static boolean caseFree(String expression) {
    if (expression.matches(
        "(?s).*\\\\[pP]\\{(?:L[ult]|Is(?:Upper|Lower|Title)|Upper|Lower|javaUpperCase|javaLowerCase).*")) {
      return false;
    }
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\\') {
        i++;
        if (i < expression.length() && "pP".indexOf(expression.charAt(i)) >= 0) {
          int close = expression.indexOf('}', i);
          i = close < 0 ? i : close;
        }
        continue;
      }
      if (Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** The first cue in priority order (refusal, retraction, denial), or null. */
  public Found find(String sentence) {
    if (patterns == null) {
      compile();
    }
    String lower = sentence.toLowerCase(java.util.Locale.ROOT);
    boolean sameLength = lower.length() == sentence.length();
    // An expression runs only on sentences that hold one of its required literals.
    boolean filter = !RequiredLiterals.foldsToAscii(sentence);
    for (String kind : List.of("refusal_to_comment", "retraction", "denial")) {
      for (int i = 0; i < patterns.size(); i++) {
        List<String> literals = requiredLiterals.get(i);
        if (kinds.get(i).equals(kind)
            && !(filter && literals != null && !RequiredLiterals.anyIn(lower, literals))) {
          Pattern fast = lowerCasePatterns.get(i);
          Matcher matcher =
              sameLength && fast != null ? fast.matcher(lower) : patterns.get(i).matcher(sentence);
          if (matcher.find()) {
            return new Found(kind, new Span(matcher.start(), matcher.end()));
          }
        }
      }
    }
    return null;
  }
}
