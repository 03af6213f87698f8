package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.io.ArticleRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boilerplate stage's one-string form of an article's paragraph keys reads back exactly. */
class ParagraphKeysTest {
  @Test
  void keysTravelAsOneStringAndReadBackWhateverTheyHold() {
    ArticleRow row = new ArticleRow();
    row.setParagraphs(
        List.of(
            "Follow us: @paper 24/7",
            "12:30 Update",
            "follow us: @paper 1/1",
            "A line with \u0001 and 3:4 in it",
            ""));
    String joined = RemoveRepeatedParagraphs.paragraphKeys(row);
    // Digits runs become 0, case and spaces are folded: the first and third are one key.
    assertThat(RemoveRepeatedParagraphs.keysOf(joined))
        .containsExactly(
            "", "0:0 update", "a line with \u0001 and 0:0 in it", "follow us: @paper 0/0");
    assertThat(RemoveRepeatedParagraphs.keysOf("")).isEmpty();
  }
}
