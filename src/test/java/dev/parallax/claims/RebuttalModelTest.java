package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.config.ConfigException;
import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.Denial;
import dev.parallax.model.DenialMention;
import dev.parallax.testing.TestRules;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RebuttalModelTest {
  private static final RebuttalFeatures FEATURES =
      RebuttalFeatures.from(TestRules.config(Map.of()));
  private static final DenialCues CUES = DenialCues.from(TestRules.config(Map.of()));
  private static final ClaimExtractor EXTRACTOR =
      new ClaimExtractor(AttributionExtractor.from(TestRules.config(Map.of())), CUES, FEATURES);

  private static Article article(String id, String outlet, String body) {
    return new Article(
        id,
        outlet,
        "https://" + id + ".example/story",
        "",
        null,
        dev.parallax.model.DateSource.NONE,
        "en",
        List.of(body),
        null,
        "test.jsonl",
        1);
  }

  private static ArticleClaims analyse(String id, String outlet, String body) {
    return EXTRACTOR.analyse(TextAnalyzer.analyse(article(id, outlet, body)));
  }

  /** The seed's story told by two outlets: the claim in one, the other side's own denial. */
  private record Event(List<Claim> claims, List<DenialMention> denials) {}

  private static Event event() {
    List<ClaimMention> mentions = new ArrayList<>();
    List<DenialMention> denials = new ArrayList<>();
    for (ArticleClaims article :
        List.of(
            analyse(
                "bw",
                "Balkan Wire",
                "Interior minister Vuk Petrovic said Britain handed Javelin missiles to the Keld"
                    + " forces last month."),
            analyse(
                "of",
                "Open Frontier",
                "“We have not handed Javelin missiles to the Keld forces,” the British"
                    + " ambassador Helen Ward said on Tuesday."))) {
      mentions.addAll(article.claims());
      denials.addAll(article.denials());
    }
    List<Claim> claims =
        new ClaimAligner(0.5).align("ev-1", mentions, List.of("Balkan Wire", "Open Frontier"));
    return new Event(claims, denials);
  }

  /** A model that keeps exactly the candidates whose speaker negates their own statement. */
  private static RebuttalModel ownNegationOnly() {
    double[] weights = new double[RebuttalFeatures.NAMES.size()];
    double[] means = new double[weights.length];
    double[] scales = new double[weights.length];
    java.util.Arrays.fill(scales, 1);
    weights[RebuttalFeatures.NAMES.indexOf("own_negation")] = 4;
    return new RebuttalModel(
        FEATURES,
        new LogisticRegression.Thresholded(
            new LogisticRegression.Fit(-2, weights, means, scales), 0.5));
  }

  @Test
  void aSentenceThatNegatesWithoutADenialCueIsACandidateWithoutACue() {
    Event event = event();
    assertThat(event.denials())
        .singleElement()
        .satisfies(
            denial -> {
              assertThat(denial.cued()).isFalse();
              assertThat(denial.articleId()).isEqualTo("of");
              assertThat(denial.kind()).isEqualTo("denial");
            });
    // The cue-only extractor never proposes it.
    ClaimExtractor cuesOnly =
        new ClaimExtractor(AttributionExtractor.from(TestRules.config(Map.of())), CUES);
    Article article =
        article(
            "of",
            "Open Frontier",
            "“We have not handed Javelin missiles to the Keld forces,” Ward said.");
    assertThat(cuesOnly.analyse(TextAnalyzer.analyse(article)).denials()).isEmpty();
  }

  @Test
  void theCandidateStandsAgainstTheClaimItAnswers() {
    Event event = event();
    Claim armed =
        event.claims().stream()
            .filter(claim -> claim.members().stream().anyMatch(m -> m.articleId().equals("bw")))
            .findFirst()
            .orElseThrow();
    List<DenialLinker.Candidate> candidates =
        new DenialLinker(0.2, CUES, RebuttalModel.untrained(FEATURES))
            .candidates(event.denials(), event.claims());
    assertThat(candidates)
        .singleElement()
        .extracting(DenialLinker.Candidate::claimId)
        .isEqualTo(armed.claimId());
    double[] features = candidates.get(0).features();
    assertThat(features[RebuttalFeatures.NAMES.indexOf("own_negation")]).isEqualTo(1);
    assertThat(features[RebuttalFeatures.NAMES.indexOf("negation_quoted")]).isEqualTo(1);
    assertThat(features[RebuttalFeatures.NAMES.indexOf("other_source")]).isEqualTo(1);
    // "handed", "javelin", "missiles", "keld", "forces" are negated and all in the claim.
    assertThat(features[RebuttalFeatures.NAMES.indexOf("scope_share")]).isEqualTo(1.0);
  }

  @Test
  void aModelKeepsACandidateAsADenialOfItsClaimAndWithoutOneItIsLeftOut() {
    Event event = event();
    List<Denial> kept =
        new DenialLinker(0.2, CUES, ownNegationOnly())
            .link("ev-1", event.denials(), event.claims());
    assertThat(kept)
        .singleElement()
        .satisfies(
            denial -> {
              assertThat(denial.kind()).isEqualTo("denial");
              assertThat(denial.linkedClaimId()).isNotEmpty();
              assertThat(denial.mentions()).extracting(DenialMention::articleId).containsOnly("of");
            });
    assertThat(
            new DenialLinker(0.2, CUES, RebuttalModel.untrained(FEATURES))
                .link("ev-1", event.denials(), event.claims()))
        .isEmpty();
    assertThat(new DenialLinker(0.2, CUES).link("ev-1", event.denials(), event.claims())).isEmpty();
  }

  @Test
  void theModelTextReadsBackToTheSameScores() {
    RebuttalModel model = ownNegationOnly();
    RebuttalModel read = RebuttalModel.parse(FEATURES, model.format("test"), "test");
    double[] values = new double[RebuttalFeatures.NAMES.size()];
    values[RebuttalFeatures.NAMES.indexOf("own_negation")] = 1;
    assertThat(read.probability(values)).isEqualTo(model.probability(values));
    assertThat(read.rebuts(values)).isTrue();
    assertThatThrownBy(
            () -> RebuttalModel.parse(FEATURES, "threshold=0.5\nbias=0\n", "x.properties"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("x.properties")
        .hasMessageContaining("negation");
  }

  @Test
  void trainingIsDeterministic() {
    Event event = event();
    List<DenialLinker.Candidate> candidates =
        new DenialLinker(0.2, CUES, RebuttalModel.untrained(FEATURES))
            .candidates(event.denials(), event.claims());
    double[] other = candidates.get(0).features().clone();
    other[RebuttalFeatures.NAMES.indexOf("own_negation")] = 0;
    DenialLinker.Candidate negative =
        new DenialLinker.Candidate(candidates.get(0).mention(), "", other);
    List<RebuttalTraining.EventData> events =
        List.of(
            new RebuttalTraining.EventData(
                "a",
                List.of(),
                List.of(candidates.get(0), negative),
                new boolean[] {true, false},
                List.of(),
                List.of()),
            new RebuttalTraining.EventData(
                "b",
                List.of(),
                List.of(negative, candidates.get(0)),
                new boolean[] {false, true},
                List.of(),
                List.of()));
    String first = RebuttalTraining.fit(events, FEATURES).format("t");
    String second = RebuttalTraining.fit(events, FEATURES).format("t");
    assertThat(first).isEqualTo(second);
    assertThat(RebuttalTraining.fit(events, FEATURES).rebuts(candidates.get(0).features()))
        .isTrue();
  }

  @Test
  void aNegationInsideAQuotationIsSeenAsQuoted() {
    assertThat(RebuttalFeatures.insideQuotes("He said “it is not so”", 16)).isTrue();
    assertThat(RebuttalFeatures.insideQuotes("He did not say “so”", 7)).isFalse();
    assertThat(FEATURES.scopeTerms("Ward said Britain had not armed the forces, and left."))
        .containsExactly("arm", "forc");
    assertThat(FEATURES.candidate("The minister replied that the report was wrong.")).isTrue();
    assertThat(FEATURES.candidate("The minister spoke on Tuesday.")).isFalse();
  }
}
