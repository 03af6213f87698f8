package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

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
