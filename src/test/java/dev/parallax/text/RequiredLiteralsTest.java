package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

  @Test
  void literalsOfTheShapesCueListsUse() {
    assertThat(RequiredLiterals.of("\\bno comment\\b")).containsExactly("no comment");
    assertThat(RequiredLiterals.of("\\b(?:den(?:y|ied)|Rejected|no truth)\\b"))
        .containsExactly("den", "rejected", "no truth");
    assertThat(RequiredLiterals.of("\\b(?:did not|never)\\s+(?:deliver|sent)\\b"))
        .containsExactly("did not", "never");
    assertThat(RequiredLiterals.of("\\bcorrection\\s*:")).containsExactly("correction");
    assertThat(RequiredLiterals.of("\\b(?:declined|refused)\\b[^.]{0,40}\\bcomment"))
        .containsExactly("comment");
    assertThat(RequiredLiterals.of("colou?r")).containsExactly("colo");
    assertThat(RequiredLiterals.of("\\bU\\.S\\. denied")).containsExactly("u.s. denied");
    assertThat(RequiredLiterals.of("(?i)^(click|tap) here\\b")).containsExactly(" here");
    assertThat(RequiredLiterals.of("(?i)^source\\s*:\\s*(?<source>[^,;(]+?)\\.?$"))
        .containsExactly("source");
  }

  @Test
  void givesNoneWhenAMatchNeedNotHoldALiteral() {
    assertThat(RequiredLiterals.of("(?:a|\\d+)")).isNull();
    assertThat(RequiredLiterals.of("\\p{Lu}\\w+")).isNull();
    assertThat(RequiredLiterals.of("(?x)denied")).isNull();
    assertThat(RequiredLiterals.of("a(?i)b")).isNull();
    assertThat(RequiredLiterals.of("\\Qa.b\\E")).isNull();
    assertThat(RequiredLiterals.of("(?:denied)?")).isNull();
    assertThat(RequiredLiterals.of("dénié")).isNull();
    assertThat(RequiredLiterals.of("(a)\\1")).isNull();
  }

  @Test
  void aTextWithoutTheLiteralsNeverMatches() {
    String[] patterns = {
      "\\b(?:den(?:y|ied|ies)|rejected)\\b",
      "\\b(?:did not|didn't|never)\\s+(?:deliver|sent|sold)\\b",
      "\\b(?:declined|refused)\\b[^.]{0,40}\\bcomment",
      "no\\s+truth|fabricat(?:ed|ion)",
      "ab+c(?:d|e)?f*[gh]",
      "\\bcorrection\\s*:",
    };
    String[] pieces = {
      "den",
      "DENIED",
      "y",
      "ied",
      "rejected",
      "did",
      "not",
      " ",
      "  ",
      "never",
      "deliver",
      "sent",
      "declined",
      "refused",
      "comment",
      "COMMENT",
      ".",
      "no",
      "truth",
      "fabricat",
      "ed",
      "ion",
      "a",
      "b",
      "c",
      "d",
      "f",
      "g",
      "h",
      "correction",
      ":",
      "\n",
      "İ",
      "ı",
      "ſ",
      "K",
      "’"
    };
    Random random = new Random(3);
    for (String text : patterns) {
      Pattern pattern = Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      List<String> literals = RequiredLiterals.of(text);
      assertThat(literals).as(text).isNotNull();
      for (int round = 0; round < 20_000; round++) {
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          sample.append(pieces[random.nextInt(pieces.length)]);
        }
        String value = sample.toString();
        if (pattern.matcher(value).find() && !RequiredLiterals.foldsToAscii(value)) {
          assertThat(RequiredLiterals.anyIn(value.toLowerCase(java.util.Locale.ROOT), literals))
              .as(text + " on " + value)
              .isTrue();
        }
      }
    }
  }

  @Test
  void onlyFourCharactersOutsideAsciiHaveAsciiLetterCaseMates() {
    StringBuilder found = new StringBuilder();
    for (int codePoint = 128; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      int upper = Character.toUpperCase(codePoint);
      int lower = Character.toLowerCase(codePoint);
      String lowerString =
          new String(Character.toChars(codePoint)).toLowerCase(java.util.Locale.ROOT);
      boolean asciiLetterInLower =
          lowerString.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
      if ((upper < 128 && Character.isLetter(upper))
          || (lower < 128 && Character.isLetter(lower))
          || asciiLetterInLower) {
        found.appendCodePoint(codePoint);
      }
    }
    assertThat(RequiredLiterals.foldsToAscii(found.toString())).isTrue();
    assertThat(found.toString()).isEqualTo("\u0130\u0131\u017F\u212A");
  }
}
