package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
