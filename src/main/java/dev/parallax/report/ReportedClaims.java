package dev.parallax.report;

import dev.parallax.model.Claim;
import dev.parallax.model.Denial;
import dev.parallax.model.EventClaims;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The claims of an event the CSV reports hold: the first {@code report.claims-per-event} by rank,
 * plus every claim carried by two or more outlets and every denied claim (the matrix and the
 * one-sided table need them), in rank order. The rest stay in the Parquet detail.
 */
public final class ReportedClaims {
  private ReportedClaims() {}

  public static List<Claim> of(EventClaims event, int claimsPerEvent) {
    Set<String> denied = new HashSet<>();
    for (Denial denial : event.denials()) {
      denied.add(denial.linkedClaimId());
    }
    return event.claims().stream()
        .filter(
            claim ->
                claim.rank() <= claimsPerEvent
                    || claim.outletsPresent().size() >= 2
                    || denied.contains(claim.claimId()))
        .sorted(java.util.Comparator.comparingInt(Claim::rank))
        .toList();
  }
}
