package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.text.Mentions;
import dev.parallax.text.Terms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimAlignerTest {
  private static final ClaimAligner ALIGNER = new ClaimAligner(0.35);

  private static ClaimMention mention(String article, String outlet, String content) {
    return mention(article, outlet, 1, content, "Melnik", "said", "indirect");
  }

  private static ClaimMention mention(
      String article,
      String outlet,
      int sentence,
      String content,
      String source,
      String cue,
      String kind) {
    return new ClaimMention(
        article,
        outlet,
        "https://" + outlet + "/" + article,
        null,
        "body",
        1,
        sentence,
        content + ".",
        source,
        cue,
        content,
        kind,
        "",
        Terms.of(content),
        Mentions.of(content));
  }

  @Test
  void groupsRestatementsAndListsTheOutletsThatLeaveAClaimOut() {
    List<ClaimMention> mentions =
        List.of(
            mention(
                "a1", "north.example", "Britain delivered 50 Javelin systems to Kosovo in April"),
            mention("b1", "south.example", "Britain sent Kosovo 50 Javelin systems in April"),
            mention("c1", "east.example", "The embassy rejected the report about the weapons"));
    List<Claim> claims =
        ALIGNER.align("ev-1", mentions, List.of("north.example", "south.example", "east.example"));
    assertThat(claims).hasSize(2);
    Claim javelins =
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
    List<Claim> found = ALIGNER.align("ev-2", mentions, outlets);
    assertThat(found).hasSize(3);
    assertThat(found).allSatisfy(claim -> assertThat(claim.members()).hasSize(200));
    assertThat(found)
        .extracting(claim -> claim.canonical().content())
        .containsExactlyInAnyOrderElementsOf(claims);
  }

  @Test
  void postingsListEachTermsMentionsAscendingAndFindThePartnersAfterAMention() {
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 50; round++) {
      int count = 1 + random.nextInt(40);
      int[][] termsAt = new int[count][];
      java.util.Map<Integer, List<Integer>> expected = new java.util.TreeMap<>();
      for (int i = 0; i < count; i++) {
        java.util.TreeSet<Integer> terms = new java.util.TreeSet<>();
        int size = random.nextInt(6);
        while (terms.size() < size) {
          // Negative, extreme and small term ids alike (the ids are string hash codes).
          int pick = random.nextInt(4);
          terms.add(
              pick == 0
                  ? Integer.MIN_VALUE + random.nextInt(3)
                  : pick == 1 ? Integer.MAX_VALUE - random.nextInt(3) : random.nextInt(21) - 10);
        }
        termsAt[i] = terms.stream().mapToInt(Integer::intValue).toArray();
        for (int term : termsAt[i]) {
          expected.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
        }
      }
      ClaimAligner.Postings postings = ClaimAligner.Postings.of(termsAt);
      for (var entry : expected.entrySet()) {
        int run = postings.run(entry.getKey());
        assertThat(run).isGreaterThanOrEqualTo(0);
        List<Integer> listed = new ArrayList<>();
        for (int k = postings.start(run); k < postings.start(run + 1); k++) {
          listed.add(postings.mention(k));
        }
        assertThat(listed).isEqualTo(entry.getValue());
        for (int i : entry.getValue()) {
          int from = postings.after(postings.start(run), postings.start(run + 1), i);
          List<Integer> after = new ArrayList<>();
          for (int k = from; k < postings.start(run + 1); k++) {
            after.add(postings.mention(k));
          }
          assertThat(after).isEqualTo(entry.getValue().stream().filter(j -> j > i).toList());
        }
      }
      assertThat(postings.run(12345)).isNegative();
    }
  }

  /** A sentence neither attributed nor factual, as the extractor gives it. */
  private static ClaimMention restatement(
      String article, String outlet, int sentence, String text) {
    return mention(article, outlet, sentence, text, "", "", ClaimMention.RESTATEMENT);
  }

  @Test
  void aRestatementJoinsTheClaimItRepeatsInAnotherOutletAndIsNoClaimAlone() {
    List<ClaimMention> mentions =
        List.of(
            mention(
                "a1", "north.example", "a secure border is vital to the nation's safety and jobs"),
            // the same quotation's further sentence, whose opening mark this outlet left out
            restatement(
                "b1",
                "south.example",
                4,
                "A secure border is vital to the nation's safety and jobs"),
            // a loose echo: shares words, says something else
            restatement(
                "c1", "east.example", 3, "The border town lost jobs after the plant closed"));
    List<Claim> claims =
        ALIGNER.align("ev-1", mentions, List.of("north.example", "south.example", "east.example"));
    assertThat(claims)
        .singleElement()
        .satisfies(
            claim -> {
              assertThat(claim.outletsPresent()).containsExactly("north.example", "south.example");
              assertThat(claim.canonical().kind()).isEqualTo("indirect");
              assertThat(claim.source()).isEqualTo("Melnik");
              assertThat(claim.members()).extracting(ClaimMention::sentence).containsExactly(1, 4);
            });
  }

  @Test
  void restatementsOfTwoOutletsAreAClaimOfTheirOwn() {
    List<Claim> claims =
        ALIGNER.align(
            "ev-1",
            List.of(
                restatement(
                    "a1",
                    "north.example",
                    3,
                    "A secure border is vital to the nation's safety and jobs"),
                restatement(
                    "b1",
                    "south.example",
                    5,
                    "A secure border is vital to protecting the nation's safety and jobs"),
                restatement(
                    "b1",
                    "south.example",
                    6,
                    "Nobody expected the committee to finish its work before winter")),
            List.of("north.example", "south.example"));
    assertThat(claims)
        .singleElement()
        .extracting(Claim::outletsPresent)
        .isEqualTo(List.of("north.example", "south.example"));
  }

  @Test
  void aRowOfRestatementsWeighsAsTheOutletsOwnVoiceNotAsAnAttributedClaim() {
    List<String> outlets = List.of("north.example", "south.example");
    String text = "A secure border is vital to the nation's safety and jobs";
    Claim restated =
        ALIGNER
            .align(
                "ev-1",
                List.of(
                    restatement("a1", "north.example", 3, text),
                    restatement("b1", "south.example", 5, text)),
                outlets)
            .get(0);
    Claim own =
        ALIGNER
            .align(
                "ev-1",
                List.of(
                    mention("a1", "north.example", 3, text, "", "", "unattributed"),
                    mention("b1", "south.example", 5, text, "", "", "unattributed")),
                outlets)
            .get(0);
    Claim said =
        ALIGNER
            .align(
                "ev-1",
                List.of(mention("a1", "north.example", text), mention("b1", "south.example", text)),
                outlets)
            .get(0);
    double restatedWeight = ClaimRanking.weight(restated, false, java.util.Map.of(), 2);
    assertThat(restatedWeight).isEqualTo(ClaimRanking.weight(own, false, java.util.Map.of(), 2));
    assertThat(restatedWeight).isLessThan(ClaimRanking.weight(said, false, java.util.Map.of(), 2));
  }
}
