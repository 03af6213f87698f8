package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.ClaimMention;
import dev.parallax.testing.TestRules;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  private static final ClaimExtractor CLAIMS =
      new ClaimExtractor(
          AttributionExtractor.from(TestRules.config(Map.of())),
          DenialCues.from(TestRules.config(Map.of())));

  private static List<ClaimMention> claimsOf(String body) {
    Article article =
        new Article(
            "a1",
            "Open Frontier",
            "https://openfrontier.example/a1",
            "Bank lifts rates",
            null,
            dev.parallax.model.DateSource.NONE,
            "en",
            List.of(body),
            null,
            "test.jsonl",
            1);
    return CLAIMS.extract(TextAnalyzer.analyse(article));
  }

  @Test
  void theOutletsOwnClauseBeforeAnAttributionIsAClaimOfItsOwn() {
    List<ClaimMention> found =
        claimsOf(
            "The National Bank under Governor Lucia Ferrante pushed its key rate to 4.25 percent on"
                + " Thursday, a move critics say punishes families for the government's spending.");
    assertThat(found)
        .extracting(ClaimMention::kind, ClaimMention::content)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "unattributed",
                "The National Bank under Governor Lucia Ferrante pushed its key rate to 4.25 percent"
                    + " on Thursday"),
            org.assertj.core.groups.Tuple.tuple(
                "indirect", "punishes families for the government's spending"));
  }

  @Test
  void aShortOrFactlessClauseBeforeAnAttributionIsNot() {
    List<ClaimMention> found =
        claimsOf(
            "Rates went up, a move critics say punishes families for the government's spending.");
    assertThat(found).extracting(ClaimMention::kind).doesNotContain("unattributed");
  }
}
