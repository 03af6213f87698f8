package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.Denial;
import dev.parallax.model.DenialMention;
import dev.parallax.text.Mentions;
import dev.parallax.text.Terms;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimRankingTest {
  private static ClaimMention mention(
      String article, String outlet, String placement, int paragraph, int sentence, String text) {
    return new ClaimMention(
        article,
        outlet,
        "https://" + outlet + "/" + article,
        null,
        placement,
        paragraph,
        sentence,
        text + ".",
        "Melnik",
        "said",
        text,
        "indirect",
        "",
        Terms.of(text),
        Mentions.of(text));
  }

  private static Claim claim(String id, ClaimMention... members) {
    List<String> outlets =
        java.util.Arrays.stream(members).map(ClaimMention::outlet).distinct().sorted().toList();
    return new Claim(
        id, "ev", members[0], "Melnik", List.of(members), outlets, List.of(), outlets.get(0), 0);
  }

  private static final String LAUNCHERS =
      "Ostland delivered sixty Harrow launchers to the Keld army in March";
  private static final String BUDGET =
      "The Keld parliament will debate the defence budget next week in Varno";
  private static final String WEATHER =
      "Heavy snow closed the mountain roads around Varno for two days";

  @Test
  void claimsOfMoreOutletsAndEarlierParagraphsComeFirst() {
    Claim carried =
        claim(
            "cl-b",
            mention("a1", "Alpha", "body", 6, 9, LAUNCHERS),
            mention("b1", "Beta", "body", 5, 8, LAUNCHERS));
    Claim lead = claim("cl-c", mention("a1", "Alpha", "lead", 0, 0, BUDGET));
    Claim late = claim("cl-a", mention("b1", "Beta", "body", 12, 20, WEATHER));
    List<Claim> ranked = ClaimRanking.rank(List.of(late, lead, carried), List.of());
    assertThat(ranked).extracting(Claim::claimId).containsExactly("cl-b", "cl-c", "cl-a");
    assertThat(ranked).extracting(Claim::rank).containsExactly(1, 2, 3);
  }

  @Test
  void aClaimSplitOverTwoRowsDoesNotTakeTwoOfTheFirstPlaces() {
    Claim first = claim("cl-1", mention("a1", "Alpha", "lead", 0, 0, LAUNCHERS));
    Claim split = claim("cl-2", mention("b1", "Beta", "lead", 0, 0, LAUNCHERS + " said officials"));
    Claim other = claim("cl-3", mention("b1", "Beta", "body", 2, 4, BUDGET));
    List<Claim> ranked = ClaimRanking.rank(List.of(first, split, other), List.of());
    assertThat(ranked).extracting(Claim::claimId).containsExactly("cl-1", "cl-3", "cl-2");
  }

  @Test
  void aDeniedClaimGoesBeforeAnUndeniedOneOfTheSameStanding() {
    Claim quiet = claim("cl-1", mention("a1", "Alpha", "body", 3, 5, BUDGET));
    Claim denied = claim("cl-2", mention("b1", "Beta", "body", 3, 5, LAUNCHERS));
    Denial denial =
        new Denial(
            "dn-1",
            "ev",
            "the embassy",
            "the delivery",
            "cl-2",
            "denial",
            List.<DenialMention>of());
    List<Claim> ranked = ClaimRanking.rank(List.of(quiet, denied), List.of(denial));
    assertThat(ranked).extracting(Claim::claimId).containsExactly("cl-2", "cl-1");
  }

  @Test
  void aClaimOfAFewWordsWeighsLess() {
    Claim shortOne =
        claim(
            "cl-1",
            mention("a1", "Alpha", "lead", 0, 0, "Update nine"),
            mention("b1", "Beta", "lead", 0, 0, "Update nine"));
    Claim full =
        claim(
            "cl-2",
            mention("a1", "Alpha", "body", 1, 2, LAUNCHERS),
            mention("b1", "Beta", "body", 1, 2, LAUNCHERS));
    assertThat(ClaimRanking.rank(List.of(shortOne, full), List.of()))
        .extracting(Claim::claimId)
        .containsExactly("cl-2", "cl-1");
  }
}
