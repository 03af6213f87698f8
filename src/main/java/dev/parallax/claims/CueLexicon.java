package dev.parallax.claims;

import dev.parallax.config.ConfigException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reporting cues and the stance each implies, from {@code conf/attribution-cues.txt}, matched on
 * word boundaries, longest first ("has learned" before "learned").
 */
public final class CueLexicon implements Serializable {
  private final Map<String, String> stanceByCue;
  private transient Pattern pattern;

  public CueLexicon(Map<String, String> stanceByCue) {
    this.stanceByCue = Map.copyOf(stanceByCue);
  }

  public static CueLexicon parse(List<String> lines, String origin) {
    Map<String, String> cues = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\\|", 2);
      String cue = parts[0].strip().toLowerCase(Locale.ROOT);
      String stance = parts.length > 1 ? parts[1].strip() : "neutral";
      if (!List.of("neutral", "doubt", "truth", "denial").contains(stance)) {
        throw new ConfigException(origin + ": cue '" + cue + "' has stance '" + stance + "'");
      }
      cues.put(cue, stance);
    }
    return new CueLexicon(cues);
  }

  /** All cue matches in the text, as a pattern over words. */
  public Pattern pattern() {
    if (pattern == null) {
      List<String> cues = new ArrayList<>(stanceByCue.keySet());
      cues.sort(Comparator.comparing(String::length).reversed().thenComparing(c -> c));
      StringBuilder alternatives = new StringBuilder();
      for (String cue : cues) {
        if (alternatives.length() > 0) {
          alternatives.append('|');
        }
        alternatives.append(Pattern.quote(cue).replace(" ", "\\E\\s+\\Q"));
      }
      pattern =
          Pattern.compile(
              "(?<![\\p{L}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
    return pattern;
  }

  /** The stance of a matched cue ("neutral" when unknown). */
  public String stanceOf(String cue) {
    return stanceByCue.getOrDefault(
        cue.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), "neutral");
  }
}
