package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
  private final CueLexicon cues =
      CueLexicon.parse(
          List.of("said", "called", "called for|neutral", "according to", "claimed|doubt"), "test");

  private List<String> found(String text) {
    return cues.find(text).stream().map(span -> span.of(text)).toList();
  }

  @Test
  void wholeWordsRegardlessOfCaseLongestFirst() {
    assertThat(found("SAID the minister, who Called For calm and called them liars."))
        .containsExactly("SAID", "Called For", "called");
    assertThat(found("According  to the police, he claimed it."))
        .containsExactly("According  to", "claimed");
  }

  @Test
  void partsOfWordsAndWordsAfterAHyphenAreNotCues() {
    assertThat(found("The so-called army, unsaid words, saidX, 2said.")).isEmpty();
    assertThat(found("according, to the police")).isEmpty();
    assertThat(found("He said.")).containsExactly("said");
    assertThat(found("“said”")).containsExactly("said");
  }

  @Test
  void stanceComesFromTheLexicon() {
    assertThat(cues.stanceOf("Claimed")).isEqualTo("doubt");
    assertThat(cues.stanceOf("called  for")).isEqualTo("neutral");
  }
}
