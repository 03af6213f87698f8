package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.ClaimMention;
import dev.parallax.testing.TestRules;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteRunsTest {
  private static final AttributionExtractor EXTRACTOR =
      AttributionExtractor.from(TestRules.config(Map.of()));

  @Test
  void aQuotationOpenedByAnAttributionCarriesItToItsEnd() {
    List<String> sentences =
        List.of(
            "Melnik said: “They are arming it.",
            "They are training it.",
            "That is the truth.”",
            "The embassy was closed.");
    assertThat(QuoteRuns.donors(sentences, new boolean[] {true, false, false, false}))
        .containsExactly(-1, 0, 0, -1);
  }

  @Test
  void aQuotationClosedByAnAttributionTakesItBackwards() {
    List<String> sentences =
        List.of("\"They are arming it.", "They are training it,\" Melnik said.");
    assertThat(QuoteRuns.donors(sentences, new boolean[] {false, true})).containsExactly(1, -1);
  }

  @Test
  void aNewQuotationRightAfterAQuotedAttributionContinuesIt() {
    List<String> sentences =
        List.of(
            "“They are arming it,” Melnik said.",
            "“They are training it.”",
            "“And they call it peace.”",
            "Rain fell.",
            "“Unrelated.”");
    assertThat(QuoteRuns.donors(sentences, new boolean[] {true, false, false, false, false}))
        .containsExactly(-1, 0, 0, -1, -1);
  }

  @Test
  void unquotedSentencesAndQuotesWithoutAnAttributionStayAlone() {
    List<String> sentences = List.of("The port reopened.", "“Finally,” a sign read.", "Rain fell.");
    assertThat(QuoteRuns.donors(sentences, new boolean[] {false, false, false}))
        .containsExactly(-1, -1, -1);
  }

  @Test
  void extractAllCoversTheWholeQuotationWithOneAttribution() {
    String text = "“They are arming it,” Melnik said. “They are training it.”\n";
    List<Attribution> found = EXTRACTOR.extractAll(text);
    assertThat(found).singleElement();
    assertThat(found.get(0).source().of(text)).isEqualTo("Melnik");
    assertThat(found.get(0).content().of(text))
        .isEqualTo("“They are arming it,” Melnik said. “They are training it.”");
  }

  @Test
  void claimMentionsOfFurtherQuotedSentencesKeepTheSpeaker() {
    ClaimExtractor claims =
        new ClaimExtractor(EXTRACTOR, DenialCues.from(TestRules.config(Map.of())));
    Article article =
        new Article(
            "a1",
            "Danube Courier",
            "https://danubecourier.example/a1",
            "Minister accuses Ostland",
            null,
            dev.parallax.model.DateSource.NONE,
            "en",
            List.of(
                "“They are creating an army,” Melnik told reporters in Varno. “They are training"
                    + " it while telling the world they want peace.”"),
            null,
            "test.jsonl",
            1);
    List<ClaimMention> found = claims.extract(TextAnalyzer.analyse(article));
    assertThat(found)
        .filteredOn(mention -> mention.sentenceText().contains("training"))
        .singleElement()
        .satisfies(
            mention -> {
              assertThat(mention.source()).isEqualTo("Melnik");
              assertThat(mention.cue()).isEqualTo("told");
              assertThat(mention.kind()).isEqualTo("quote");
            });
  }
}
