package dev.parallax.claims;

import dev.parallax.config.ConfigException;
import dev.parallax.model.Span;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reporting cues and the stance each implies, from {@code conf/attribution-cues.txt}, matched on
 * word boundaries, longest first ("has learned" before "learned").
 */
public final class CueLexicon implements Serializable {
  private final Map<String, String> stanceByCue;
  private transient Map<String, List<String[]>> phrasesByFirstWord;

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

  /**
   * All cue matches in the text, left to right, longest first at each word: a cue's words must be
   * whole words (letters and digits; a word right after a hyphen never starts a cue, so "so-called"
   * holds no "called") separated by white space, matched regardless of case. A word lookup per word
   * of the text, not a regular expression with hundreds of alternatives.
   */
  public List<Span> find(String text) {
    if (phrasesByFirstWord == null) {
      index();
    }
    List<Span> found = new ArrayList<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int end = wordEnd(text, start);
      List<String[]> phrases =
          start > 0 && text.charAt(start - 1) == '-'
              ? null
              : phrasesByFirstWord.get(text.substring(start, end).toLowerCase(Locale.ROOT));
      i = end;
      if (phrases != null) {
        for (String[] phrase : phrases) {
          int matchEnd = matchRest(text, end, phrase);
          if (matchEnd >= 0) {
            found.add(new Span(start, matchEnd));
            i = matchEnd;
            break;
          }
        }
      }
    }
    return found;
  }

  /** The end of the phrase's further words from {@code position}, or -1 when they do not follow. */
  private static int matchRest(String text, int position, String[] phrase) {
    int at = position;
    for (int k = 1; k < phrase.length; k++) {
      int spaceEnd = at;
      while (spaceEnd < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(spaceEnd)) >= 0) {
        spaceEnd++;
      }
      if (spaceEnd == at || spaceEnd >= text.length() || !isWordChar(text.charAt(spaceEnd))) {
        return -1;
      }
      int wordEnd = wordEnd(text, spaceEnd);
      if (!text.substring(spaceEnd, wordEnd).toLowerCase(Locale.ROOT).equals(phrase[k])) {
        return -1;
      }
      at = wordEnd;
    }
    return at;
  }

  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isWordChar(char c) {
    return dev.parallax.text.WordChars.isLetterOrNumber(c);
  }

  private void index() {
    Map<String, List<String[]>> index = new HashMap<>();
    List<String> cues = new ArrayList<>(stanceByCue.keySet());
    cues.sort(Comparator.comparing(String::length).reversed().thenComparing(c -> c));
    for (String cue : cues) {
      String[] words = cue.strip().split("\\s+");
      index.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
    }
    phrasesByFirstWord = index;
  }

  /** The stance of a matched cue ("neutral" when unknown). */
  /** Whether the lexicon lists this cue (any case, spaces collapsed). */
  public boolean isCue(String cue) {
    return stanceByCue.containsKey(cue.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  public String stanceOf(String cue) {
    return stanceByCue.getOrDefault(
        cue.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), "neutral");
  }
}
