package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.TestRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionExtractorTest {
  static final AttributionExtractor EXTRACTOR =
      AttributionExtractor.from(TestRules.config(Map.of()));

  /** The rules alone, as with {@code claims.span-tagger} empty. */
  static final AttributionExtractor RULES = EXTRACTOR.withSpanTagger(null);

  /** The first attribution the extractor finds in the sentence with that cue. */
  private static Attribution withCue(AttributionExtractor extractor, String sentence, String cue) {
    List<Attribution> found = extractor.extract(sentence);
    return found.stream()
        .filter(attribution -> attribution.cue().of(sentence).equals(cue))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no attribution with cue " + cue + ": " + found));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        // sentence | source | cue | content | kind | stance
        "Secret Service protocol called for a trauma center visit, sources said. | sources | said | Secret Service protocol called for a trauma center visit | indirect | neutral",
        "“They are creating an army,” Melnik told reporters in Varno. | Melnik | told | “They are creating an army,” | quote | neutral",
        "Interior Minister Dragan Melnik said on Monday that sixty launchers reached Keld. | Interior Minister Dragan Melnik | said | sixty launchers reached Keld | indirect | neutral",
        "The New York Post reports that her team avoided the emergency room. | The New York Post | reports | her team avoided the emergency room | indirect | neutral",
        "According to the county, about 400 people were evacuated. | the county | According to | about 400 people were evacuated | according_to | neutral",
        "About 400 people were evacuated, according to the fire service. | the fire service | according to | About 400 people were evacuated | according_to | neutral",
        "The launchers were delivered in February, said the minister. | the minister | said | The launchers were delivered in February | indirect | neutral",
        "Melnik claimed that sixty launchers were delivered to Keld. | Melnik | claimed | sixty launchers were delivered to Keld | indirect | doubt",
        "The embassy denied that any weapons had been sent to Keld. | The embassy | denied | any weapons had been sent to Keld | indirect | denial",
      })
  void theRulesFindSourceCueAndContent(
      String sentence, String source, String cue, String content, String kind, String stance) {
    Attribution first = withCue(RULES, sentence, cue);
    assertThat(first.source() == null ? null : first.source().of(sentence)).isEqualTo(source);
    assertThat(first.cue().of(sentence)).isEqualTo(cue);
    assertThat(first.content().of(sentence)).isEqualTo(content);
    assertThat(first.kind()).isEqualTo(kind);
    assertThat(first.stance()).isEqualTo(stance);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "The river burst its banks overnight.",
        "News reports from the port were scarce.",
      })
  void findsNothingWithoutAReportingCue(String sentence) {
    assertThat(EXTRACTOR.extract(sentence)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aCueWordUsedAsANounIsNoCueButABeliefVerbIs() {
    // "claims" after a determiner is a noun; "expect" reports a belief, which PolNeAR annotates
    // as an attribution and the learnt tagger finds.
    String sentence = "Insurers expect the claims to run into the millions.";
    assertThat(EXTRACTOR.withTagger(null).extract(sentence)).isEmpty();
    assertThat(EXTRACTOR.extract(sentence))
        .extracting(found -> found.cue().of(sentence))
        .containsExactly("expect");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        // sentence | source | cue | content — the shipped span tagger (conf/span-tagger.txt)
        "Interior Minister Dragan Melnik said on Monday that sixty launchers reached Keld. | Interior Minister Dragan Melnik | said | sixty launchers reached Keld",
        "“They are creating an army,” Melnik told reporters in Varno. | Melnik | told | “They are creating an army,”",
        "The embassy denied that any weapons had been sent to Keld. | The embassy | denied | any weapons had been sent to Keld",
        // A source with its apposition, which the rules cut at the comma ("Doug Cole").
        "“We will not accept this,” said Doug Cole, a consultant whose firm advises the port. | Doug Cole, a consultant | said | “We will not accept this,”",
      })
  void theSpanTaggerFindsSourceAndContent(
      String sentence, String source, String cue, String content) {
    assertThat(EXTRACTOR.spanTagger()).isNotNull();
    Attribution first = withCue(EXTRACTOR, sentence, cue);
    assertThat(first.source() == null ? null : first.source().of(sentence)).isEqualTo(source);
    assertThat(first.content().of(sentence)).isEqualTo(content);
  }

  @org.junit.jupiter.api.Test
  void spansOfAWholeTextPointIntoIt() {
    String text =
        "Headline here.\n\nThe port reopened on Monday. Officials said the strike was over.\n";
    List<Attribution> found = EXTRACTOR.extractAll(text);
    assertThat(found)
        .singleElement()
        .satisfies(
            attribution -> {
              assertThat(attribution.source().of(text)).isEqualTo("Officials");
              assertThat(attribution.content().of(text)).isEqualTo("the strike was over");
            });
  }
}
