package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Strong event signals in text: capitalised phrases (people, places, organisations, without an NER
 * model: runs of capitalised words, a sentence's first word only when it is not a common word) and
 * numbers. Returned lower-cased, numbers without thousands separators. A hand-written scanner (one
 * pass per kind, no regular expressions: this runs on every sentence of the corpus).
 */
public final class Mentions {
  /** Days and months ("May" left out: a name and a verb too): capitalised, no name. */
  static final Set<String> CALENDAR =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static final Set<String> COMMON =
      withCalendar(
          Set.of(
              "he",
              "she",
              "it",
              "they",
              "we",
              "i",
              "you",
              "his",
              "her",
              "their",
              "our",
              "this",
              "that",
              "these",
              "those",
              "there",
              "here",
              "but",
              "and",
              "or",
              "so",
              "yet",
              "if",
              "when",
              "while",
              "after",
              "before",
              "as",
              "at",
              "in",
              "on",
              "for",
              "from",
              "with",
              "by",
              "to",
              "of",
              "a",
              "an",
              "the",
              "mr",
              "mrs",
              "ms",
              "dr",
              "today",
              "yesterday",
              "however",
              "meanwhile",
              "also",
              "still",
              "now",
              "then",
              "what",
              "who",
              "how",
              "why",
              "where",
              "one",
              "some",
              "many",
              "most",
              "all",
              "no",
              "not",
              "said",
              "says",
              "according",
              "since",
              "during",
              "despite"));

  private static Set<String> withCalendar(Set<String> words) {
    Set<String> all = new java.util.HashSet<>(words);
    all.addAll(CALENDAR);
    return Set.copyOf(all);
  }

  private Mentions() {}

  /** One mention: where it starts in the text scanned, and its lower-cased form. */
  public record Occurrence(int start, String mention) {}

  /** Capitalised phrases and numbers: the phrases in order of appearance, then the numbers. */
  public static List<String> of(String text) {
    List<String> mentions = new ArrayList<>();
    for (Occurrence occurrence : occurrences(text)) {
      mentions.add(occurrence.mention());
    }
    return mentions;
  }

  /**
   * Every mention of {@code text} with its offset: phrases in order of appearance, then a
   * sentence's first word kept because the text also names it elsewhere, then the numbers. A single
   * capitalised word the text also writes in lower case is no name; a sentence's first word is one
   * only when the text names it elsewhere too.
   */
  public static List<Occurrence> occurrences(String text) {
    List<Occurrence> mentions = new ArrayList<>();
    List<Occurrence> sentenceInitial = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    // Built on first need: most runs are several words or common words.
    java.util.Set<String> lowerCaseWords = null;
    int length = text.length();
    int position = 0;
    while (position < length) {
      int codePoint = text.codePointAt(position);
      if (Character.getType(codePoint) != Character.UPPERCASE_LETTER) {
        position += Character.charCount(codePoint);
        continue;
      }
      int start = position;
      position = capitalisedRunEnd(text, position);
      String lower = trimTrailingPunctuation(text, start, position);
      lower = lower.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (lower.endsWith("'s")) {
        lower = lower.substring(0, lower.length() - 2);
      }
      if (lower.startsWith("the ")) {
        lower = lower.substring(4);
      }
      boolean single = lower.indexOf(' ') < 0;
      if (single
          && (COMMON.contains(lower) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower))) {
        continue;
      }
      if (single) {
        if (lowerCaseWords == null) {
          lowerCaseWords = lowerCaseWords(text);
        }
        if (lowerCaseWords.contains(lower)) {
          continue;
        }
      }
      if (single && atSentenceStart(text, start)) {
        sentenceInitial.add(new Occurrence(start, lower));
        continue;
      }
      mentions.add(new Occurrence(start, lower));
      names.add(lower);
    }
    for (Occurrence word : sentenceInitial) {
      if (names.contains(word.mention())) {
        mentions.add(word);
      }
    }
    addNumbers(text, mentions);
    return mentions;
  }

  /**
   * The words written wholly in lower case: maximal runs of letters (neighbours are not letters)
   * whose every letter is lower case.
   */
  private static java.util.Set<String> lowerCaseWords(String text) {
    java.util.Set<String> words = new java.util.HashSet<>();
    int length = text.length();
    int position = 0;
    while (position < length) {
      int codePoint = text.codePointAt(position);
      if (!Character.isLetter(codePoint)) {
        position += Character.charCount(codePoint);
        continue;
      }
      int start = position;
      boolean allLower = true;
      while (position < length) {
        codePoint = text.codePointAt(position);
        if (!Character.isLetter(codePoint)) {
          break;
        }
        allLower &= Character.getType(codePoint) == Character.LOWERCASE_LETTER;
        position += Character.charCount(codePoint);
      }
      if (allLower) {
        words.add(text.substring(start, position));
      }
    }
    return words;
  }

  /**
   * End of the capitalised run starting at {@code start} (an upper-case letter): capitalised words
   * separated by whitespace, optionally with one connector ("of", "de", "van", "the" ...) between
   * two of them.
   */
  private static int capitalisedRunEnd(String text, int start) {
    int end = capitalisedWordEnd(text, start);
    while (true) {
      int next = whitespaceEnd(text, end);
      if (next == end) {
        return end;
      }
      int afterConnector = connectorEnd(text, next);
      if (afterConnector > next && startsCapitalised(text, afterConnector)) {
        end = capitalisedWordEnd(text, afterConnector);
      } else if (startsCapitalised(text, next)) {
        end = capitalisedWordEnd(text, next);
      } else {
        return end;
      }
    }
  }

  /** After a connector word and the whitespace after it at {@code position}, or position. */
  private static int connectorEnd(String text, int position) {
    for (String connector : CONNECTORS) {
      if (text.startsWith(connector, position)) {
        int afterWord = position + connector.length();
        int afterSpace = whitespaceEnd(text, afterWord);
        if (afterSpace > afterWord) {
          return afterSpace;
        }
      }
    }
    return position;
  }

  private static final List<String> CONNECTORS =
      List.of("of", "de", "del", "la", "van", "von", "al", "bin", "the", "and");

  private static boolean startsCapitalised(String text, int position) {
    return position < text.length()
        && Character.getType(text.codePointAt(position)) == Character.UPPERCASE_LETTER;
  }

  /**
   * End of a capitalised word: its first letter, then letters, marks, apostrophes, hyphens, and
   * dots that stand before a letter ("U.S").
   */
  private static int capitalisedWordEnd(String text, int start) {
    int length = text.length();
    int position = start + Character.charCount(text.codePointAt(start));
    while (position < length) {
      int codePoint = text.codePointAt(position);
      if (Character.isLetter(codePoint)
          || isMark(codePoint)
          || codePoint == '\''
          || codePoint == '’'
          || codePoint == '-') {
        position += Character.charCount(codePoint);
      } else if (codePoint == '.'
          && position + 1 < length
          && Character.isLetter(text.codePointAt(position + 1))) {
        position++;
      } else {
        break;
      }
    }
    return position;
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** After the ASCII whitespace (space, tab, line breaks, form feed) at {@code position}. */
  private static int whitespaceEnd(String text, int position) {
    int length = text.length();
    while (position < length && " \t\n\u000B\f\r".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    return position;
  }

  private static String trimTrailingPunctuation(String text, int start, int end) {
    while (end > start && ".’'-".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Numbers: digits, with commas and dots between digits; "#" and the digits without commas. */
  private static void addNumbers(String text, List<Occurrence> mentions) {
    int length = text.length();
    int position = 0;
    while (position < length) {
      if (!isDigit(text.charAt(position))) {
        position++;
        continue;
      }
      int start = position;
      int lastDigit = position;
      while (position < length
          && (isDigit(text.charAt(position))
              || text.charAt(position) == ','
              || text.charAt(position) == '.')) {
        if (isDigit(text.charAt(position))) {
          lastDigit = position;
        }
        position++;
      }
      mentions.add(
          new Occurrence(start, "#" + text.substring(start, lastDigit + 1).replace(",", "")));
      position = lastDigit + 1;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether a lower-cased word is too common to be a name on its own. */
  static boolean isCommon(String lower) {
    return COMMON.contains(lower);
  }

  private static boolean atSentenceStart(String text, int position) {
    int i = position - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?\"“".indexOf(text.charAt(i)) >= 0;
  }
}
