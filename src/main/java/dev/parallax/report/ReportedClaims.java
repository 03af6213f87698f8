package dev.parallax.report;

import dev.parallax.config.ConfigKeys;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.model.Claim;
import dev.parallax.model.Denial;
import dev.parallax.model.EventClaims;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims of an event the CSV reports hold, in rank order: the first {@code
 * report.claims-per-event} by rank, each outlet's first {@code report.claims-per-outlet} among the
 * claims it carries (so that an outlet's own main claims are there even when other outlets' claims
 * fill the event's first places), every claim carried by two or more outlets and every denied claim
 * (the matrix and the one-sided table need them). The rest stay in the Parquet detail.
 */
public final class ReportedClaims {
  private ReportedClaims() {}

  /** How many claims per event and per outlet the reports keep by rank. */
  public record Limits(int perEvent, int perOutlet) implements Serializable {
    public static Limits of(ParallaxConfig config) {
      return new Limits(
          config.getInt(ConfigKeys.REPORT_CLAIMS_PER_EVENT),
          config.getInt(ConfigKeys.REPORT_CLAIMS_PER_OUTLET));
    }
  }

  public static List<Claim> of(EventClaims event, Limits limits) {
    Set<String> denied = new HashSet<>();
    for (Denial denial : event.denials()) {
      denied.add(denial.linkedClaimId());
    }
    List<Claim> byRank =
        event.claims().stream().sorted(Comparator.comparingInt(Claim::rank)).toList();
    // For each outlet, how many of the claims it carries have come so far in rank order.
    Map<String, Integer> carried = new HashMap<>();
    List<Claim> kept = new ArrayList<>();
    for (Claim claim : byRank) {
      boolean amongAnOutletsFirst = false;
      for (String outlet : claim.outletsPresent()) {
        amongAnOutletsFirst |= carried.merge(outlet, 1, Integer::sum) <= limits.perOutlet();
      }
      if (claim.rank() <= limits.perEvent()
          || amongAnOutletsFirst
          || claim.outletsPresent().size() >= 2
          || denied.contains(claim.claimId())) {
        kept.add(claim);
      }
    }
    return kept;
  }
}
