package dev.parallax.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literals a regular expression cannot match without: a set of lower-case ASCII strings such that
 * every match, case-insensitive, contains one of them. A text whose lower case holds none cannot
 * match, so the expression need not run on it (cue lexicons run on every sentence of the corpus).
 * Understands literal characters, escaped punctuation, groups, alternation, quantifiers, character
 * classes, {@code .}, anchors and the usual escapes; for anything else (inline flags, {@code \Q},
 * back-references, non-ASCII literals) it gives no literals, and the expression always runs.
 */
public final class RequiredLiterals {
  private final String pattern;
  private int position;

  private RequiredLiterals(String pattern) {
    this.pattern = pattern;
  }

  /** The literals of {@code pattern}, or null when it cannot tell. */
  public static List<String> of(String pattern) {
    try {
      RequiredLiterals parser = new RequiredLiterals(pattern);
      parser.skipLeadingCaseFlags();
      Set<String> literals = parser.alternation();
      if (parser.position != pattern.length() || literals == null || literals.contains("")) {
        return null;
      }
      return List.copyOf(literals);
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * Characters outside ASCII whose case mates are ASCII letters (dotted and dotless i, long s, the
   * Kelvin sign): in a text holding one, a case-insensitive match need not show the literal.
   */
  public static boolean foldsToAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0130' || c == '\u0131' || c == '\u017F' || c == '\u212A') {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-cased text holds one of the literals. */
  public static boolean anyIn(String lowerCaseText, List<String> literals) {
    for (String literal : literals) {
      if (lowerCaseText.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** A leading {@code (?i)} or {@code (?iu)}: matching ignores case, which the literals do too. */
  private void skipLeadingCaseFlags() {
    int close = pattern.indexOf(')');
    if (pattern.startsWith("(?") && close > 2 && pattern.substring(2, close).matches("[iu]+")) {
      position = close + 1;
    }
  }

  /** Branches up to the end or a closing parenthesis: every branch must give literals. */
  private Set<String> alternation() {
    Set<String> union = new LinkedHashSet<>();
    boolean known = true;
    while (true) {
      Set<String> branch = sequence();
      if (branch == null) {
        known = false;
      } else {
        union.addAll(branch);
      }
      if (position < pattern.length() && pattern.charAt(position) == '|') {
        position++;
        continue;
      }
      return known ? union : null;
    }
  }

  /** Items up to '|' or ')' or the end: the most telling literal set of its parts. */
  private Set<String> sequence() {
    List<Set<String>> candidates = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    while (position < pattern.length()
        && pattern.charAt(position) != '|'
        && pattern.charAt(position) != ')') {
      char c = pattern.charAt(position);
      Set<String> group = null;
      Character literal = null;
      if (c == '(') {
        group = group();
      } else if (c == '[') {
        skipClass();
      } else if (c == '\\') {
        literal = escape();
      } else if (c == '.' || c == '^' || c == '$') {
        position++;
      } else if ("*+?{".indexOf(c) >= 0) {
        throw new Unsupported();
      } else {
        if (c > 127) {
          throw new Unsupported();
        }
        literal = Character.toLowerCase(c);
        position++;
      }
      int[] repeat = quantifier();
      boolean optional = repeat != null && repeat[0] == 0;
      if (literal != null && !optional) {
        run.append(literal);
        if (repeat != null) {
          flush(run, candidates);
        }
      } else {
        flush(run, candidates);
        if (group != null && !optional) {
          candidates.add(group);
        }
      }
    }
    flush(run, candidates);
    Set<String> best = null;
    for (Set<String> candidate : candidates) {
      // The longest shortest literal is the most telling; among equals, the fewest literals.
      if (best == null
          || shortest(candidate) > shortest(best)
          || (shortest(candidate) == shortest(best) && candidate.size() < best.size())) {
        best = candidate;
      }
    }
    return best;
  }

  private static void flush(StringBuilder run, List<Set<String>> candidates) {
    if (run.length() > 0) {
      candidates.add(Set.of(run.toString()));
      run.setLength(0);
    }
  }

  private static int shortest(Set<String> literals) {
    return literals.stream().mapToInt(String::length).min().orElse(0);
  }

  /** A group: non-capturing or capturing gives its literals; look-arounds give none. */
  private Set<String> group() {
    position++;
    boolean lookaround = false;
    if (pattern.startsWith("?:", position)) {
      position += 2;
    } else if (pattern.startsWith("?=", position) || pattern.startsWith("?!", position)) {
      position += 2;
      lookaround = true;
    } else if (pattern.startsWith("?<=", position) || pattern.startsWith("?<!", position)) {
      position += 3;
      lookaround = true;
    } else if (pattern.startsWith("?<", position)
        && position + 2 < pattern.length()
        && Character.isLetter(pattern.charAt(position + 2))) {
      int close = pattern.indexOf('>', position);
      if (close < 0) {
        throw new Unsupported();
      }
      position = close + 1;
    } else if (pattern.startsWith("?", position)) {
      throw new Unsupported();
    }
    Set<String> inner = alternation();
    if (position >= pattern.length() || pattern.charAt(position) != ')') {
      throw new Unsupported();
    }
    position++;
    return lookaround ? null : inner;
  }

  private void skipClass() {
    position++;
    if (position < pattern.length() && pattern.charAt(position) == '^') {
      position++;
    }
    if (position < pattern.length() && pattern.charAt(position) == ']') {
      position++;
    }
    int depth = 1;
    while (position < pattern.length()) {
      char c = pattern.charAt(position);
      if (c == '\\') {
        position += 2;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        position++;
        return;
      }
      position++;
    }
    throw new Unsupported();
  }

  /** An escape: punctuation stands for itself; letters are classes, anchors or unsupported. */
  private Character escape() {
    if (position + 1 >= pattern.length()) {
      throw new Unsupported();
    }
    char c = pattern.charAt(position + 1);
    position += 2;
    if (!Character.isLetterOrDigit(c)) {
      if (c > 127) {
        throw new Unsupported();
      }
      return c;
    }
    switch (c) {
      case 'b', 'B', 'A', 'z', 'Z', 'G', 's', 'S', 'd', 'D', 'w', 'W', 'h', 'H', 'v', 'V', 'R' -> {
        return null;
      }
      case 'p', 'P' -> {
        if (position < pattern.length() && pattern.charAt(position) == '{') {
          int close = pattern.indexOf('}', position);
          if (close < 0) {
            throw new Unsupported();
          }
          position = close + 1;
        } else {
          position++;
        }
        return null;
      }
      default -> throw new Unsupported();
    }
  }

  /** A quantifier after an atom as {min, max} (max -1 unbounded), or null when there is none. */
  private int[] quantifier() {
    if (position >= pattern.length()) {
      return null;
    }
    char c = pattern.charAt(position);
    int[] repeat;
    if (c == '*') {
      repeat = new int[] {0, -1};
      position++;
    } else if (c == '+') {
      repeat = new int[] {1, -1};
      position++;
    } else if (c == '?') {
      repeat = new int[] {0, 1};
      position++;
    } else if (c == '{') {
      int close = pattern.indexOf('}', position);
      if (close < 0) {
        throw new Unsupported();
      }
      String[] bounds = pattern.substring(position + 1, close).split(",", -1);
      try {
        int min = Integer.parseInt(bounds[0].strip());
        repeat = new int[] {min, -1};
      } catch (NumberFormatException e) {
        throw new Unsupported();
      }
      position = close + 1;
    } else {
      return null;
    }
    if (position < pattern.length() && "?+".indexOf(pattern.charAt(position)) >= 0) {
      position++;
    }
    return repeat;
  }
}
