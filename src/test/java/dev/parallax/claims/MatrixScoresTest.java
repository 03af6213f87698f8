package dev.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.claims.ClaimGold.GoldClaim;
import dev.parallax.claims.ClaimGold.GoldDenial;
import dev.parallax.claims.ClaimGold.GoldEvent;
import dev.parallax.claims.ClaimGold.Mention;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatrixScoresTest {
  private static final String CLAIM_A =
      "The minister said the army received sixty launchers from Ostland.";
  private static final String CLAIM_A_OTHER =
      "Ostland delivered sixty launchers to the army, the minister claimed on Monday.";
  private static final String CLAIM_B =
      "The embassy said the report was fabricated and had no truth.";
  private static final String CLAIM_C = "Parliament will vote on the defence budget next week.";

  /** Three outlets; claim a in all three, claim b (a denial of a) in one, claim c in one. */
  private static GoldEvent gold() {
    return new GoldEvent(
        "g1",
        List.of("n1", "t1", "p1"),
        List.of(
            new GoldClaim(
                "a",
                "sixty launchers",
                "the minister",
                List.of(
                    new Mention("n1", "text", CLAIM_A),
                    new Mention("t1", "text", CLAIM_A_OTHER),
                    new Mention("p1", "text", CLAIM_A))),
            new GoldClaim("c", "budget vote", "", List.of(new Mention("t1", "text", CLAIM_C)))),
        List.of(
            new GoldDenial(
                "d1", "a", "the embassy", "denial", List.of(new Mention("n1", "text", CLAIM_B)))));
  }

  private static final Map<String, String> OUTLETS = Map.of("n1", "N", "t1", "T", "p1", "P");

  private static Map<String, MatrixScores.Measure> score(
      List<MatrixScores.Row> rows,
      List<MatrixScores.DenialRow> denials,
      List<MatrixScores.OneSidedRow> oneSided) {
    MatrixScores.Reported reported =
        new MatrixScores.Reported(
            Map.of("n1", "ev", "t1", "ev", "p1", "ev"), rows, denials, oneSided);
    return MatrixScores.score(List.of(gold()), OUTLETS, reported).stream()
        .collect(Collectors.toMap(MatrixScores.Measure::name, measure -> measure));
  }

  @Test
  void aClaimSplitOverTwoRowsIsFoundButHalfAligned() {
    Map<String, MatrixScores.Measure> scores =
        score(
            List.of(
                new MatrixScores.Row(
                    "ev", "r1", 1, Map.of("N", List.of(CLAIM_A), "P", List.of(CLAIM_A))),
                new MatrixScores.Row("ev", "r2", 2, Map.of("T", List.of(CLAIM_A_OTHER))),
                new MatrixScores.Row("ev", "r3", 3, Map.of("T", List.of(CLAIM_C)))),
            List.of(),
            List.of());
    assertThat(scores.get("found").matched()).isEqualTo(4); // a in N, T, P; c in T
    assertThat(scores.get("found").total()).isEqualTo(4);
    assertThat(scores.get("aligned").matched()).isEqualTo(2);
    assertThat(scores.get("aligned").total()).isEqualTo(3);
    // Best row r1: N and P present (right), T absent (wrong).
    assertThat(scores.get("row_cells").matched()).isEqualTo(2);
    assertThat(scores.get("row_cells").total()).isEqualTo(3);
    assertThat(scores.get("purity").value()).isEqualTo(1.0);
    // r1 and r2 are both claim a: two distinct claims among three rows, of min(10, 2).
    assertThat(scores.get("distinct_top10").matched()).isEqualTo(2);
    assertThat(scores.get("distinct_top10").total()).isEqualTo(2);
  }

  @Test
  void oneRowHoldingTwoClaimsIsImpureAndCountsOnceInTheTopRows() {
    Map<String, MatrixScores.Measure> scores =
        score(
            List.of(
                new MatrixScores.Row(
                    "ev",
                    "r1",
                    1,
                    Map.of("N", List.of(CLAIM_A), "T", List.of(CLAIM_C), "P", List.of(CLAIM_A)))),
            List.of(),
            List.of());
    assertThat(scores.get("purity").matched()).isEqualTo(2);
    assertThat(scores.get("purity").total()).isEqualTo(3);
    assertThat(scores.get("distinct_top10").matched()).isEqualTo(1);
    assertThat(scores.get("found").matched()).isEqualTo(3); // a in N and P, c in T
  }

  @Test
  void denialsAndOneSidedOutletsAreScoredAgainstTheGold() {
    List<MatrixScores.Row> rows =
        List.of(
            new MatrixScores.Row(
                "ev",
                "r1",
                1,
                Map.of("N", List.of(CLAIM_A), "T", List.of(CLAIM_A_OTHER), "P", List.of(CLAIM_A))));
    Map<String, MatrixScores.Measure> scores =
        score(
            rows,
            List.of(
                new MatrixScores.DenialRow(
                    "ev", List.of(CLAIM_B, "Parliament will not vote on the budget."))),
            List.of(
                new MatrixScores.OneSidedRow("ev", "r1", "N", true, true),
                new MatrixScores.OneSidedRow("ev", "r1", "T", true, false),
                new MatrixScores.OneSidedRow("ev", "r9", "P", true, false)));
    assertThat(scores.get("denial_recall").matched()).isEqualTo(1);
    assertThat(scores.get("denial_recall").total()).isEqualTo(1);
    assertThat(scores.get("denial_precision").matched()).isEqualTo(1);
    assertThat(scores.get("denial_precision").total()).isEqualTo(2);
    // Gold one-sided: T and P carry a without the denial (only N reports it).
    assertThat(scores.get("one_sided_recall").matched()).isEqualTo(1);
    assertThat(scores.get("one_sided_recall").total()).isEqualTo(2);
    // Two rows say "carries, no denial": T on r1 (right), P on a row no claim matches.
    assertThat(scores.get("one_sided_precision").matched()).isEqualTo(1);
    assertThat(scores.get("one_sided_precision").total()).isEqualTo(2);
  }

  @Test
  void sentencesMatchByWordOverlapWhateverTheirSplitting() {
    assertThat(SentenceMatch.matches(CLAIM_A, CLAIM_A.replace("said", "said on Monday"))).isTrue();
    assertThat(
            SentenceMatch.matches(
                "He added: “the army received sixty launchers from Ostland, all of them new.”",
                "the army received sixty launchers from Ostland"))
        .isTrue(); // the shorter, 7 words, inside the longer
    assertThat(SentenceMatch.matches(CLAIM_A, CLAIM_C)).isFalse();
    assertThat(SentenceMatch.matches("Yes.", "Yes, he said.")).isFalse(); // 1 of 3 words
  }
}
