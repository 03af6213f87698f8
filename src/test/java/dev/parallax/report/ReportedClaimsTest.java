package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.Denial;
import dev.parallax.model.DenialMention;
import dev.parallax.model.EventClaims;
import dev.parallax.text.Mentions;
import dev.parallax.text.Terms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedClaimsTest {
  private static ClaimMention mention(String outlet, int sentence, String text) {
    return new ClaimMention(
        outlet + "-1",
        outlet,
        "https://" + outlet + "/1",
        null,
        "body",
        sentence,
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

  private static Claim claim(int rank, String... outlets) {
    List<ClaimMention> members = new ArrayList<>();
    for (String outlet : outlets) {
      members.add(mention(outlet, rank, "Claim number " + rank + " about the Harrow launchers"));
    }
    List<String> present = List.of(outlets);
    return new Claim(
        "cl-" + rank,
        "ev",
        members.get(0),
        "Melnik",
        members,
        present,
        List.of(),
        outlets[0],
        rank);
  }

  /** Ranks 1-4 are Alpha's, 5 is Alpha's and Beta's, 6-8 Beta's, 9 Gamma's, 10 Alpha's (denied). */
  private static EventClaims event() {
    List<Claim> claims = new ArrayList<>();
    for (int rank = 1; rank <= 4; rank++) {
      claims.add(claim(rank, "Alpha"));
    }
    claims.add(claim(5, "Alpha", "Beta"));
    for (int rank = 6; rank <= 8; rank++) {
      claims.add(claim(rank, "Beta"));
    }
    claims.add(claim(9, "Gamma"));
    claims.add(claim(10, "Alpha"));
    java.util.Collections.reverse(claims); // the input order is not the rank order
    DenialMention said =
        new DenialMention(
            "Beta-1",
            "Beta",
            "https://Beta/1",
            "body",
            3,
            3,
            "Ostland denied it.",
            "Ostland",
            "it",
            "denial",
            List.of("ostland"),
            "denied");
    Denial denial = new Denial("dn-1", "ev", "Ostland", "it", "cl-10", "denial", List.of(said));
    return new EventClaims("ev", claims, List.of(denial), List.of());
  }

  private static List<Integer> ranks(int perEvent, int perOutlet) {
    return ReportedClaims.of(event(), new ReportedClaims.Limits(perEvent, perOutlet)).stream()
        .map(Claim::rank)
        .toList();
  }

  @Test
  void theEventsFirstRanksSharedAndDeniedClaimsAreKeptInRankOrder() {
    assertThat(ranks(2, 0)).containsExactly(1, 2, 5, 10);
  }

  @Test
  void eachOutletsFirstClaimsAreKeptToo() {
    // Alpha: 1, 2; Beta: 5 (shared, counted for both), 6; Gamma: 9.
    assertThat(ranks(1, 2)).containsExactly(1, 2, 5, 6, 9, 10);
    // A claim two outlets carry uses a place of each.
    assertThat(ranks(1, 3)).containsExactly(1, 2, 3, 5, 6, 7, 9, 10);
  }
}
