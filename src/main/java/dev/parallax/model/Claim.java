package dev.parallax.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One claim of an event as several outlets state it: its members, the most central member (the
 * canonical text and the evidence), the outlets that carry it or leave it out, and its rank among
 * the event's claims (1 = the main claim; 0 before the claims are ranked).
 */
public record Claim(
    String claimId,
    String eventId,
    ClaimMention canonical,
    String source,
    List<ClaimMention> members,
    List<String> outletsPresent,
    List<String> outletsAbsent,
    String firstSeenOutlet,
    int rank)
    implements Serializable {
  public Claim {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(canonical, "canonical");
    members = List.copyOf(members);
    outletsPresent = List.copyOf(outletsPresent);
    outletsAbsent = List.copyOf(outletsAbsent);
    if (rank < 0) {
      throw new IllegalArgumentException("rank must be >= 0: " + rank);
    }
  }

  /** This claim at {@code rank} among its event's claims. */
  public Claim withRank(int rank) {
    return new Claim(
        claimId,
        eventId,
        canonical,
        source,
        members,
        outletsPresent,
        outletsAbsent,
        firstSeenOutlet,
        rank);
  }

  /** The member an outlet carries most prominently (headline, lead, body; then earliest). */
  public ClaimMention bestOf(String outlet) {
    return members.stream()
        .filter(member -> member.outlet().equals(outlet))
        .min(
            java.util.Comparator.comparing((ClaimMention member) -> rank(member.placement()))
                .thenComparing(ClaimMention::articleId)
                .thenComparing(ClaimMention::sentence))
        .orElse(null);
  }

  /** Headline 0, lead 1, body 2: how prominently a placement carries a claim. */
  public static int rank(String placement) {
    return switch (placement) {
      case "headline" -> 0;
      case "lead" -> 1;
      default -> 2;
    };
  }
}
