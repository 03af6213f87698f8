package dev.parallax.model;

import java.util.List;

/** Counts whitespace-separated words, the unit of the minimum-length rule. */
public final class WordCount {
  private WordCount() {}

  public static int of(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** Whether {@code text} has more than {@code limit} words ({@link #of} stops counting there). */
  public static boolean exceeds(String text, int limit) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord && ++count > limit) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }

  public static int of(List<String> paragraphs) {
    int total = 0;
    for (String paragraph : paragraphs) {
      total += of(paragraph);
    }
    return total;
  }
}
