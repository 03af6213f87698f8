package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartsOfSpeechTest {
  @Test
  void tagsASentenceWithUniversalDependenciesTags() {
    String[] tokens = {
      "The",
      "embassy",
      "said",
      "the",
      "claims",
      "were",
      "fabricated",
      "and",
      "had",
      "no",
      "basis",
      "."
    };
    assertThat(PartsOfSpeech.tags(tokens))
        .containsExactly(
            "DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "VERB", "DET", "NOUN",
            "PUNCT");
  }

  @Test
  void namesAreProperNounsAndEmptyInputHasNoTags() {
    assertThat(PartsOfSpeech.tags(new String[] {"Melnik", "visited", "Pristina", "."}))
        .containsExactly("PROPN", "VERB", "PROPN", "PUNCT");
    assertThat(PartsOfSpeech.tags(new String[0])).isEmpty();
  }

  @Test
  void closedClassTagsAreTheGrammaticalOnes() {
    assertThat(PartsOfSpeech.CLOSED_CLASS).contains("ADP", "AUX", "DET", "PRON", "SCONJ", "NUM");
    assertThat(PartsOfSpeech.CLOSED_CLASS).doesNotContain("NOUN", "VERB", "ADJ", "ADV", "PROPN");
  }
}
