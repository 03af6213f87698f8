package dev.parallax.ingest;

import dev.parallax.config.ConfigException;
import dev.parallax.text.RequiredLiterals;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions read from a {@code conf/} file: checked when loaded (a bad one names itself),
 * shipped to executors as text and compiled again there on first use.
 */
final class ConfiguredPatterns implements Serializable {
  private final String what;
  private final List<String> texts;
  private transient List<Pattern> patterns;
  private transient List<List<String>> literals;

  ConfiguredPatterns(String what, List<String> texts) {
    this.what = what;
    this.texts = List.copyOf(texts);
    this.patterns = compile();
  }

  private List<Pattern> compile() {
    List<Pattern> compiled = new ArrayList<>();
    for (String text : texts) {
      try {
        compiled.add(Pattern.compile(text));
      } catch (PatternSyntaxException e) {
        throw new ConfigException(
            what + " is not a regular expression: " + text + " (" + e.getDescription() + ")");
      }
    }
    return List.copyOf(compiled);
  }

  List<Pattern> patterns() {
    if (patterns == null) {
      patterns = compile();
    }
    return patterns;
  }

  /**
   * Whether pattern {@code index} can match a text whose lower case is {@code lowerCaseText}: it
   * holds one of the pattern's required literals ({@link RequiredLiterals}), or the pattern has
   * none, or the text has characters whose case mates are ASCII letters ({@code foldsToAscii}:
   * {@link RequiredLiterals#foldsToAscii} of the text, which callers check once per text, not once
   * per pattern).
   */
  boolean mayMatch(int index, String lowerCaseText, boolean foldsToAscii) {
    if (literals == null) {
      List<List<String>> derived = new ArrayList<>();
      for (String pattern : texts) {
        derived.add(RequiredLiterals.of(pattern));
      }
      literals = derived;
    }
    List<String> required = literals.get(index);
    return required == null || foldsToAscii || RequiredLiterals.anyIn(lowerCaseText, required);
  }
}
