package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

  @Test
  void collapsesWhitespaceRunsAsTheRegularExpressionDid() {
    // The regular expression the loop replaced is the oracle, over random strings of spaces,
    // tabs, line breaks, no-break spaces, other Unicode spaces (left alone) and letters.
    char[] alphabet = {
      ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'a', 'b', '.'
    };
    java.util.Random random = new java.util.Random(7);
    java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("[\\s\\u00A0]+");
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String raw = text.toString();
      assertThat(TextCleaner.collapseSpaces(raw))
          .as("[%s]", raw)
          .isEqualTo(spaces.matcher(raw).replaceAll(" "));
    }
    assertThat(TextCleaner.collapseSpaces("no runs here")).isSameAs("no runs here");
  }

  @Test
  void detectsTheLanguageOfTitleAndParagraphsAsOfTheJoinedText() {
    String title = "Ministers meet as the strike enters its second week";
    java.util.List<String> body =
        java.util.List.of(
            "Union leaders said on Monday that talks with the port authority had broken down.",
            "Die Gewerkschaft erklärte am Montag, die Gespräche seien gescheitert.",
            "Le syndicat a déclaré lundi que les négociations avaient échoué, selon un communiqué"
                + " publié dans la soirée, et que la grève continuerait jusqu'à nouvel ordre.");
    for (int paragraphs = 0; paragraphs <= body.size(); paragraphs++) {
      java.util.List<String> some = body.subList(0, paragraphs);
      assertThat(LanguageIdentifier.detect(title, some))
          .isEqualTo(LanguageIdentifier.detect(title + "\n" + String.join("\n", some)));
    }
    assertThat(LanguageIdentifier.detect("Short", java.util.List.of("text")))
        .isEqualTo(LanguageIdentifier.UNDETERMINED);
  }

  @Test
  void tellsWhetherATextExceedsAWordCount() {
    for (String text : new String[] {"", " ", "one", "one two", " one  two\tthree ", "a b c d"}) {
      for (int limit = 0; limit <= 5; limit++) {
        assertThat(dev.parallax.model.WordCount.exceeds(text, limit))
            .as("%s > %d", text, limit)
            .isEqualTo(dev.parallax.model.WordCount.of(text) > limit);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Visit [InfoBrics](#) today        | Visit InfoBrics today",
        "*After supplying equipment*       | After supplying equipment",
        "**Disclaimer:** text              | Disclaimer: text",
        "Tom &amp; Jerry &quot;live&quot;  | Tom & Jerry \"live\"",
        "# Heading words                   | Heading words",
        "a    b \t c                       | a b c",
        "![photo](x.png) Caption           | Caption",
        "Escaped \\*\\*\\* stars           | Escaped *** stars",
        "snake_case_name stays             | snake_case_name stays",
        "Version 2\\.0 shipped              | Version 2.0 shipped",
        "> quoted line                     | quoted line",
        "AT&T said so                      | AT&T said so",
      })
  void cleansInlineMarkup(String raw, String expected) {
    assertThat(TextCleaner.paragraphs(raw)).containsExactly(expected);
  }

  @Test
  void blankLinesSeparateParagraphs() {
    assertThat(TextCleaner.paragraphs("One\nstill one\n\n  \nTwo\n\n\\*\\*\\*\n\nThree"))
        .containsExactly("One still one", "Two", "Three");
  }

  @Test
  void singleLineBreaksSeparateWhenThereIsNoBlankLine() {
    assertThat(TextCleaner.paragraphs("One\nTwo\nThree")).containsExactly("One", "Two", "Three");
  }

  @Test
  void htmlBlocksBecomeParagraphs() {
    String html =
        "<html><body><script>var x = 1;</script><p>First <b>bold</b> part.</p>"
            + "<div>Second&nbsp;part<br/>after break</div></body></html>";
    assertThat(TextCleaner.paragraphs(html))
        .containsExactly("First bold part.", "Second part", "after break");
  }

  @Test
  void nothingToCleanGivesNoParagraphs() {
    assertThat(TextCleaner.paragraphs("  \n\n ")).isEmpty();
    assertThat(TextCleaner.paragraphs(null)).isEmpty();
  }
}
