package dev.parallax.model;

import java.util.List;

/** Counts whitespace-separated words, the unit of the minimum-length rule. */
public final class WordCount {
  private WordCount() {}

  public static int of(String text) {
    return countUpTo(text, Integer.MAX_VALUE);
  }

  /** Whether {@code text} has more than {@code limit} words (counting stops there). */
  public static boolean exceeds(String text, int limit) {
    return countUpTo(text, limit) > limit;
  }

  /** The words of {@code text}, counted until they exceed {@code limit}. */
  private static int countUpTo(String text, int limit) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && count <= limit; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  public static int of(List<String> paragraphs) {
    int total = 0;
    for (String paragraph : paragraphs) {
      total += of(paragraph);
    }
    return total;
  }
}
