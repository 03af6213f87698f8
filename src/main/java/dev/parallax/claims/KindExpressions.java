package dev.parallax.claims;

import dev.parallax.config.ConfigException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code kind|regex} cue files whose lines of one kind are alternatives ({@code
 * stance-cues.txt}, {@code rebuttal-signals.txt}): read into one expression per kind, compiled
 * case-insensitively.
 */
final class KindExpressions {
  private KindExpressions() {}

  /** One alternation per kind; a line of another kind, or without '|', names the file. */
  static Map<String, String> parse(List<String> lines, String origin, List<String> kinds) {
    Map<String, String> expressions = new TreeMap<>();
    for (String line : lines) {
      String[] parts = line.split("\\|", 2);
      if (parts.length != 2 || !kinds.contains(parts[0].strip())) {
        throw new ConfigException(
            origin + ": a line must be 'kind|regex' with kind one of " + kinds + ": " + line);
      }
      expressions.merge(parts[0].strip(), "(?:" + parts[1].strip() + ")", (a, b) -> a + "|" + b);
    }
    return expressions;
  }

  /** Every kind's expression compiled; a bad one is named with {@code what}. */
  static Map<String, Pattern> compile(Map<String, String> expressions, String what) {
    Map<String, Pattern> compiled = new HashMap<>();
    expressions.forEach(
        (kind, expression) -> {
          try {
            compiled.put(
                kind, Pattern.compile(expression, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
          } catch (PatternSyntaxException e) {
            throw new ConfigException(what + " is not a regular expression: " + expression);
          }
        });
    return compiled;
  }
}
