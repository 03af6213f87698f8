package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueTaggerTest {
  private static final CueLexicon LEXICON = new CueLexicon(Map.of("said", "neutral"));

  private static CueTagger.Example example(String sentence, String cue) {
    int start = sentence.indexOf(cue);
    return new CueTagger.Example(
        sentence,
        LEXICON.find(sentence),
        start < 0 ? List.of() : List.of(new Span(start, start + cue.length())));
  }

  private static CueTagger trained() {
    List<CueTagger.Example> examples = new ArrayList<>();
    String[] speakers = {"Melnik", "The minister", "Critics", "The embassy", "She", "Rivera"};
    String[] contents = {"the plan was reckless", "the vote was rigged", "the report was wrong"};
    for (String speaker : speakers) {
      for (String content : contents) {
        examples.add(example(speaker + " blasted the claim that " + content + ".", "blasted"));
        examples.add(example("\"" + content + ",\" " + speaker + " said.", "said"));
        examples.add(example("The blast shook the harbour near " + speaker + ".", "none"));
      }
    }
    return CueTagger.train(examples, 5, 0.5);
  }

  @Test
  void learnsACueFromItsContextAndLeavesOtherWordsAlone() {
    CueTagger tagger = trained();
    String sentence = "Okafor blasted the claim that the vote was rigged.";
    List<Span> cues = tagger.cues(sentence, LEXICON.find(sentence));
    assertThat(cues).extracting(cue -> cue.of(sentence)).containsExactly("blasted");
    String plain = "The blast shook the harbour near Okafor.";
    assertThat(tagger.cues(plain, LEXICON.find(plain))).isEmpty();
  }

  @Test
  void theExtractorTakesTheTaggersCuesWhereTheLexiconHasNone() {
    AttributionExtractor extractor = new AttributionExtractor(LEXICON, trained());
    List<Attribution> found =
        extractor.extract("Okafor blasted the claim that the vote was rigged.");
    assertThat(found).hasSize(1);
    String sentence = "Okafor blasted the claim that the vote was rigged.";
    assertThat(found.get(0).cue().of(sentence)).isEqualTo("blasted");
    assertThat(found.get(0).source().of(sentence)).isEqualTo("Okafor");
    assertThat(new AttributionExtractor(LEXICON).extract(sentence)).isEmpty();
  }

  @Test
  void weightsSurviveTheirTextForm() {
    CueTagger tagger = trained();
    CueTagger read = CueTagger.parse(tagger.toText("test"), "test");
    String sentence = "Okafor blasted the claim that the vote was rigged.";
    assertThat(read.cues(sentence, LEXICON.find(sentence)))
        .isEqualTo(tagger.cues(sentence, LEXICON.find(sentence)));
    assertThat(read.threshold()).isEqualTo(0.5);
  }
}
