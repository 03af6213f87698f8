package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.TestRules;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DenialCuesTest {
  private static final DenialCues CUES = DenialCues.from(TestRules.config(Map.of()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "The embassy denied the report. | denial | denied",
        "There is no truth to these allegations. | denial | no truth",
        "Some media published fabricated claims. | denial | fabricated",
        "Ostland has not delivered any launchers. | denial | has not delivered",
        "The claim was denied by the UK. | denial | denied",
        "The ministry declined to comment on the report. | refusal_to_comment | declined to comment",
        "The ministry did not respond to a request for comment. | refusal_to_comment | did not respond to a request for comment",
        "The paper retracted the story on Friday. | retraction | retracted",
      })
  void findsTheKindAndCue(String sentence, String kind, String cue) {
    DenialCues.Found found = CUES.find(sentence);
    assertThat(found).isNotNull();
    assertThat(found.kind()).isEqualTo(kind);
    assertThat(found.cue().of(sentence)).isEqualTo(cue);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The minister said sixty launchers were delivered.",
        "The union did not stop the strike.",
        "Residents could not return home.",
      })
  void ordinaryNegationIsNotADenial(String sentence) {
    assertThat(CUES.find(sentence)).isNull();
  }

  @org.junit.jupiter.api.Test
  void expressionsWithoutCaseRunOnTheLowerCasedSentenceWithTheSameResult() {
    assertThat(DenialCues.caseFree("\\b(?:no truth|fabricat(?:ed|ion))\\b\\s+\\p{L}")).isTrue();
    assertThat(DenialCues.caseFree("\\bNATO denied\\b")).isFalse();
    assertThat(DenialCues.caseFree("[A-Z]+ denied")).isFalse();
    assertThat(DenialCues.caseFree("\\p{Lu}\\w+ denied")).isFalse();
    DenialCues cues =
        DenialCues.parse(
            java.util.List.of("denial|\\bno truth\\b", "denial|\\bNATO denied\\b"), "test");
    DenialCues.Found found = cues.find("The Embassy said there was NO TRUTH to it.");
    assertThat(found.cue().of("The Embassy said there was NO TRUTH to it.")).isEqualTo("NO TRUTH");
    assertThat(cues.find("nato denied it").kind()).isEqualTo("denial");
    // A sentence whose lower case is longer ("İ") takes the case-insensitive path, spans intact.
    String turkish = "İstanbul office: there is no truth in it.";
    assertThat(cues.find(turkish).cue().of(turkish)).isEqualTo("no truth");
  }

  @org.junit.jupiter.api.Test
  void everyShippedCueHasLiteralsToSkipSentencesWithout() throws java.io.IOException {
    for (String line :
        java.nio.file.Files.readAllLines(
            dev.parallax.testing.ProjectPaths.root().resolve("conf/denial-cues.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String expression = line.split("\\|", 2)[1].strip();
        assertThat(dev.parallax.text.RequiredLiterals.of(expression)).as(expression).isNotEmpty();
      }
    }
  }
}
