package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimAlignerTest {
  private static final ClaimAligner ALIGNER = new ClaimAligner(0.35);

  private static ClaimMention mention(String article, String outlet, String content) {
    return new ClaimMention(
        article,
        outlet,
        "https://" + outlet + "/" + article,
        null,
        "body",
        1,
        1,
        content + ".",
        "Melnik",
        "said",
        content,
        "indirect",
        "");
  }

  @Test
  void groupsRestatementsAndListsTheOutletsThatLeaveAClaimOut() {
    List<ClaimMention> mentions =
        List.of(
            mention(
                "a1", "north.example", "Britain delivered 50 Javelin systems to Kosovo in April"),
            mention("b1", "south.example", "Britain sent Kosovo 50 Javelin systems in April"),
            mention("c1", "east.example", "The embassy rejected the report about the weapons"));
    List<ClaimCluster> claims =
        ALIGNER.align("ev-1", mentions, List.of("north.example", "south.example", "east.example"));
    assertThat(claims).hasSize(2);
    ClaimCluster javelins =
        claims.stream().filter(claim -> claim.members().size() == 2).findFirst().orElseThrow();
    assertThat(javelins.outletsPresent()).containsExactly("north.example", "south.example");
    assertThat(javelins.outletsAbsent()).containsExactly("east.example");
  }

  @Test
  void aLargeEventStillGroupsByItsRarerTermsWithoutComparingEveryPair() {
    // 600 mentions: every one holds "government" (too common to propose pairs), and one of
    // three claims with terms of its own in 200 mentions each.
    List<String> claims =
        List.of(
            "government troops crossed the river bridge near the border town",
            "government officials announced new wheat export quotas for farmers",
            "government hospital doctors treated wounded miners after collapse");
    List<ClaimMention> mentions = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String outlet = "outlet" + (i % 30) + ".example";
      if (!outlets.contains(outlet)) {
        outlets.add(outlet);
      }
      mentions.add(mention(String.format("a%03d", i), outlet, claims.get(i % 3)));
    }
    assertThat(mentions.size()).isGreaterThan(ClaimAligner.MAX_POSTINGS);
    List<ClaimCluster> found = ALIGNER.align("ev-2", mentions, outlets);
    assertThat(found).hasSize(3);
    assertThat(found).allSatisfy(claim -> assertThat(claim.members()).hasSize(200));
    assertThat(found)
        .extracting(claim -> claim.canonical().content())
        .containsExactlyInAnyOrderElementsOf(claims);
  }
}
