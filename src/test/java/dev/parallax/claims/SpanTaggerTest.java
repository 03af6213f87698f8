package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.config.ConfigException;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanTaggerTest {
  private static final CueLexicon LEXICON =
      new CueLexicon(Map.of("said", "neutral", "claims", "neutral"));
  private static final AttributionExtractor RULES = new AttributionExtractor(LEXICON);

  private static final String[] SPEAKERS = {
    "Melnik", "The harbour master", "Critics of the plan", "The embassy", "Rivera", "Two officials"
  };
  private static final String[] CONTENTS = {
    "the plan was reckless", "the vote was rigged", "the report was wrong", "the port would close"
  };

  /**
   * A document of one sentence with its gold relation (or none: the cue word attributes nothing).
   */
  private static CueTraining.Document document(
      String text, String source, String cue, String content) {
    List<BratAttributions.Gold> gold = new ArrayList<>();
    if (cue != null) {
      gold.add(
          new BratAttributions.Gold(
              List.of(span(text, source)), List.of(span(text, cue)), List.of(span(text, content))));
    }
    return new CueTraining.Document(text, gold);
  }

  private static Span span(String text, String part) {
    int start = text.indexOf(part);
    return new Span(start, start + part.length());
  }

  /** Source first, content first, and "claims" as a noun that attributes nothing. */
  private static List<CueTraining.Document> fixture() {
    List<CueTraining.Document> documents = new ArrayList<>();
    for (String speaker : SPEAKERS) {
      for (String content : CONTENTS) {
        documents.add(document(speaker + " said " + content + ".", speaker, "said", content));
        documents.add(
            document(
                "\""
                    + Character.toUpperCase(content.charAt(0))
                    + content.substring(1)
                    + ",\" "
                    + speaker
                    + " said on Monday.",
                speaker,
                "said",
                Character.toUpperCase(content.charAt(0)) + content.substring(1)));
        documents.add(
            document(speaker + " filed claims for the damage at the port.", null, null, null));
      }
    }
    return documents;
  }

  private static SpanTagger trained() {
    return SpanTagger.train(SpanTraining.examples(fixture(), RULES), 5);
  }

  private static String describe(String sentence, List<Attribution> found) {
    List<String> parts = new ArrayList<>();
    for (Attribution attribution : found) {
      parts.add(
          (attribution.source() == null ? "-" : attribution.source().of(sentence))
              + " | "
              + attribution.cue().of(sentence)
              + " | "
              + attribution.content().of(sentence));
    }
    return String.join("\n", parts);
  }

  @Test
  void trainingTwiceGivesTheSameWeights() {
    assertThat(trained()).isEqualTo(trained());
    assertThat(trained().toText("fixture")).isEqualTo(trained().toText("fixture"));
  }

  @Test
  void tagsSourceAndContentOfUnseenSentencesOnBothSidesOfTheCue() {
    AttributionExtractor extractor = RULES.withSpanTagger(trained());
    String first = "Okafor said the bridge was unsafe.";
    assertThat(describe(first, extractor.extract(first)))
        .isEqualTo("Okafor | said | the bridge was unsafe");
    String second = "\"The bridge was unsafe,\" Okafor said on Monday.";
    assertThat(describe(second, extractor.extract(second)))
        .isEqualTo("Okafor | said | \"The bridge was unsafe,\"");
  }

  @Test
  void aCueWithoutContentIsNoAttribution() {
    String sentence = "Okafor filed claims for the damage at the port.";
    assertThat(RULES.extract(sentence)).isNotEmpty(); // the rules take "claims" as a cue
    assertThat(RULES.withSpanTagger(trained()).extract(sentence)).isEmpty();
  }

  @Test
  void theWeightsSurviveTheirTextFormAndBadFilesNameTheLine() {
    SpanTagger tagger = trained().withMargin(3);
    String text = tagger.toText("fixture");
    SpanTagger read = SpanTagger.parse(text, "span-tagger.txt");
    assertThat(read.toText("fixture")).isEqualTo(text);
    assertThat(read.margin()).isEqualTo(3);
    String sentence = "Okafor said the bridge was unsafe.";
    assertThat(describe(sentence, RULES.withSpanTagger(read).extract(sentence)))
        .isEqualTo(describe(sentence, RULES.withSpanTagger(tagger).extract(sentence)));
    assertThatThrownBy(() -> SpanTagger.parse(text + "0 12 x\n", "span-tagger.txt"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("span-tagger.txt:")
        .hasMessageContaining("not a weight line");
    assertThatThrownBy(() -> SpanTagger.parse("buckets=262144\n", "span-tagger.txt"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("margin=");
  }

  @Test
  void javaSerializationKeepsTheWeights() throws Exception {
    SpanTagger tagger = trained().withMargin(2);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(tagger);
    }
    Object read;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }
    assertThat(read).isEqualTo(tagger);
    // Only the weights that are not zero travel: far less than the dense 3 MB array.
    assertThat(bytes.size()).isLessThan(SpanTagger.BUCKETS);
  }

  @Test
  void pruningDropsOnlyTheSmallestWeights() {
    SpanTagger tagger = trained();
    String sentence = "Okafor said the bridge was unsafe.";
    assertThat(describe(sentence, RULES.withSpanTagger(tagger.pruned()).extract(sentence)))
        .isEqualTo(describe(sentence, RULES.withSpanTagger(tagger).extract(sentence)));
    assertThat(tagger.pruned().toText("x").length())
        .isLessThanOrEqualTo(tagger.toText("x").length());
  }
}
