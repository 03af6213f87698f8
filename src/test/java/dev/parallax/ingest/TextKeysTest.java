package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The keys under which paragraphs and texts are compared, against the regular expressions that
 * define them, on examples and on randomized text.
 */
class TextKeysTest {
  private static final String[] PIECES = {
    "Share",
    "this",
    "ARTICLE",
    "2026",
    "12",
    "7",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\u000B",
    "\f",
    "\u00A0",
    "\u2003",
    "é",
    "Ñ",
    "ǅ",
    "Ⅻ",
    "½",
    "٣",
    "\uD835\uDC00",
    "\uD83D\uDE00",
    "-",
    "—",
    ",",
    ".",
    "'",
    "’",
    "“",
    "\"",
    "&",
    "#"
  };

  @Test
  void paragraphKeysFoldCaseDigitsAndSpaces() {
    assertThat(RepeatedParagraphRule.key("  Follow us on  Twitter, 24/7 \n"))
        .isEqualTo("follow us on twitter, 0/0");
    assertThat(CopyFingerprint.normaliseText("The U.K.’s 50 — NLAWs!"))
        .isEqualTo("the u k s 50 nlaws");
  }

  @Test
  void keysMatchTheirRegularExpressionDefinitions() {
    Random random = new Random(7);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(20);
      for (int i = 0; i < length; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String sample = text.toString();
      assertThat(RepeatedParagraphRule.key(sample))
          .as(sample)
          .isEqualTo(
              sample
                  .toLowerCase(Locale.ROOT)
                  .replaceAll("\\d+", "0")
                  .replaceAll("\\s+", " ")
                  .strip());
      assertThat(CopyFingerprint.normaliseText(sample))
          .as(sample)
          .isEqualTo(sample.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
    }
  }
}
