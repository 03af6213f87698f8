package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Strong event signals in text: capitalised phrases (people, places, organisations, without an NER
 * model: runs of capitalised words, a sentence's first word only when it is not a common word) and
 * numbers. Returned lower-cased, numbers without thousands separators.
 */
public final class Mentions {
  private static final String CAPITALISED_WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’-]|\\.(?=\\p{L}))*";
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile(
          CAPITALISED_WORD
              + "(?:\\s+(?:(?:of|de|del|la|van|von|al|bin|the|and)\\s+)?"
              + CAPITALISED_WORD
              + ")*");
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}+(?![\\p{L}])");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
  private static final Set<String> COMMON =
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
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
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
          "despite",
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

  private Mentions() {}

  /** Capitalised phrases and numbers in order of appearance. */
  public static List<String> of(String text) {
    List<String> mentions = new ArrayList<>();
    List<String> sentenceInitial = new ArrayList<>();
    java.util.Set<String> lowerCaseWords = new java.util.HashSet<>();
    Matcher lowerWord = LOWER_WORD.matcher(text);
    while (lowerWord.find()) {
      lowerCaseWords.add(lowerWord.group());
    }
    Matcher run = CAPITALISED_RUN.matcher(text);
    while (run.find()) {
      String phrase = run.group().replaceAll("[.’'-]+$", "");
      String lower = phrase.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (lower.endsWith("'s")) {
        lower = lower.substring(0, lower.length() - 2);
      }
      if (lower.startsWith("the ")) {
        lower = lower.substring(4);
      }
      boolean single = !lower.contains(" ");
      if (single && lowerCaseWords.contains(lower)) {
        continue;
      }
      if (single
          && (COMMON.contains(lower) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower))) {
        continue;
      }
      if (single && atSentenceStart(text, run.start())) {
        sentenceInitial.add(lower);
        continue;
      }
      mentions.add(lower);
    }
    for (String word : sentenceInitial) {
      if (mentions.contains(word)) {
        mentions.add(word);
      }
    }
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      mentions.add("#" + number.group().replace(",", ""));
    }
    return mentions;
  }

  private static boolean atSentenceStart(String text, int position) {
    int i = position - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?\"“".indexOf(text.charAt(i)) >= 0;
  }
}
