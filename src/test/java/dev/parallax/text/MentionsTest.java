package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void namesPlacesAndNumbers() {
    assertThat(
            Mentions.of(
                "Interior Minister Dragan Melnik said Ostland sent 1,200 launchers to the Keld"
                    + " Security Force. They arrived in April."))
        .containsExactly(
            "interior minister dragan melnik", "ostland", "keld security force", "#1200");
  }

  @Test
  void sentenceInitialWordsCountOnlyWhenNamedElsewhere() {
    assertThat(
            Mentions.of(
                "Police said the strike ended. Saltmere is calm; dockers in Saltmere rest."))
        .containsExactly("saltmere", "saltmere");
    assertThat(Mentions.of("About 400 people left.")).containsExactly("#400");
  }

  @Test
  void wordsTheTextAlsoWritesInLowerCaseAreNotNames() {
    assertThat(Mentions.of("The Cyber unit said a cyber attack hit Eastvale."))
        .containsExactly("eastvale");
  }

  @Test
  void theScannerFindsWhatTheRegularExpressionsOfItsDefinitionFind() {
    // Randomized text from pieces that exercise every rule: connectors, dots before letters,
    // apostrophes, hyphens, marks, accented and supplementary letters, numbers with separators,
    // sentence ends, ASCII and non-ASCII spaces.
    String[] pieces = {
      "Bank",
      "of",
      "America",
      "de",
      "del",
      "la",
      "Toro",
      "van",
      "von",
      "al",
      "bin",
      "the",
      "and",
      "The",
      "U.S.",
      "U.K",
      "O'Neil",
      "d’Arc",
      "Jean-Luc",
      "Ostland",
      "ostland",
      "said",
      "He",
      "iPhone",
      "McDonald",
      "ÉCOLE",
      "école",
      "Cafe\u0301",
      "\uD835\uDC00bc",
      "1,200",
      "3.5",
      "2.",
      "1,",
      "40,000.5",
      "x7",
      "Mr.",
      "Keld's",
      "Keld’s",
      "-",
      "'",
      "’",
      ".",
      ",",
      "!",
      "?",
      "\"",
      "“",
      "offer",
      "Of",
      "A",
      "i",
      "dockers"
    };
    String[] spaces = {" ", " ", " ", "  ", "\t", "\n", "\u00A0", "", ". ", ", "};
    Random random = new Random(2026);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(14);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
        text.append(spaces[random.nextInt(spaces.length)]);
      }
      String sample = text.toString();
      assertThat(Mentions.of(sample)).as(sample).isEqualTo(RegularExpressionMentions.of(sample));
    }
  }

  /** The definition the scanner implements, written with regular expressions (the reference). */
  private static final class RegularExpressionMentions {
    private static final String CAPITALISED_WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’-]|\\.(?=\\p{L}))*";
    private static final Pattern CAPITALISED_RUN =
        Pattern.compile(
            CAPITALISED_WORD
                + "(?:\\s+(?:(?:of|de|del|la|van|von|al|bin|the|and)\\s+)?"
                + CAPITALISED_WORD
                + ")*");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}+(?![\\p{L}])");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    static List<String> of(String text) {
      List<String> mentions = new ArrayList<>();
      List<String> sentenceInitial = new ArrayList<>();
      java.util.Set<String> lowerCaseWords = new java.util.HashSet<>();
      Matcher lowerWord = LOWER_WORD.matcher(text);
      while (lowerWord.find()) {
        lowerCaseWords.add(lowerWord.group());
      }
      Matcher run = CAPITALISED_RUN.matcher(text);
      while (run.find()) {
        String lower =
            run.group().replaceAll("[.’'-]+$", "").toLowerCase(Locale.ROOT).replace('’', '\'');
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
            && (Mentions.isCommon(lower)
                || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower))) {
          continue;
        }
        if (single && startsSentence(text, run.start())) {
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

    private static boolean startsSentence(String text, int position) {
      int i = position - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      return i < 0 || ".!?\"“".indexOf(text.charAt(i)) >= 0;
    }
  }
}
