package dev.parallax.claims;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a reported evidence sentence is a gold sentence, when the two may be split or quoted
 * differently: their word sets (lower-cased letters and digits) overlap by Jaccard ≥ 0.5, or the
 * shorter one has 5 or more words and 80% of them are in the other.
 */
public final class SentenceMatch {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  static final double JACCARD = 0.5;
  static final double CONTAINED = 0.8;
  static final int CONTAINED_MIN_WORDS = 5;

  private SentenceMatch() {}

  public static Set<String> words(String sentence) {
    Set<String> words = new HashSet<>();
    Matcher matcher = WORD.matcher(sentence == null ? "" : sentence);
    while (matcher.find()) {
      words.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  public static boolean matches(Set<String> first, Set<String> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return false;
    }
    Set<String> smaller = first.size() <= second.size() ? first : second;
    Set<String> larger = smaller == first ? second : first;
    int shared = 0;
    for (String word : smaller) {
      if (larger.contains(word)) {
        shared++;
      }
    }
    int union = first.size() + second.size() - shared;
    return shared >= JACCARD * union
        || (smaller.size() >= CONTAINED_MIN_WORDS && shared >= CONTAINED * smaller.size());
  }

  public static boolean matches(String first, String second) {
    return matches(words(first), words(second));
  }
}
