package dev.parallax.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code outlet_pairs.csv}: which outlets frame alike, over the events both covered. For each pair
 * of outlets with at least one shared event:
 *
 * <ul>
 *   <li>{@code claim_overlap}: Jaccard similarity of the claim clusters each carries in the shared
 *       events (empty when neither carries any);
 *   <li>{@code denial_agreement}: over the denied claims of the shared events, the share where both
 *       carry the denial or both omit it (empty when there is none);
 *   <li>{@code wording_divergence}: Jensen-Shannon divergence (base 2, in [0, 1]) of the two
 *       outlets' term distributions, given by the caller (the job uses each outlet's most used
 *       terms over the whole run).
 * </ul>
 */
public final class OutletPairs {
  private OutletPairs() {}

  public record Pair(
      String outletA,
      String outletB,
      int sharedEvents,
      Double claimOverlap,
      Double denialAgreement,
      Double wordingDivergence) {}

  public static List<Pair> of(ReportTables reports, Map<String, Map<String, Long>> termsByOutlet) {
    Map<String, List<String>> outletsByEvent = new HashMap<>();
    reports.forEach(
        "events.csv",
        row -> {
          List<String> outlets = new ArrayList<>(ChangesReport.list(row.get("outlet_list")));
          if (outlets.size() > 1) {
            java.util.Collections.sort(outlets);
            outletsByEvent.put(row.get("event_id"), outlets);
          }
        });
    // event -> outlet -> claims carried (claim ids belong to one event)
    Map<String, Map<String, Set<String>>> claims = new HashMap<>();
    reports.forEach(
        "claim_coverage.csv",
        row -> {
          if ("true".equals(row.get("present"))
              && outletsByEvent.containsKey(row.get("event_id"))) {
            claims
                .computeIfAbsent(row.get("event_id"), e -> new HashMap<>())
                .computeIfAbsent(row.get("outlet"), o -> new HashSet<>())
                .add(row.get("claim_id"));
          }
        });
    // event -> claim -> outlet -> carries the denial
    Map<String, Map<String, Map<String, Boolean>>> denials = new HashMap<>();
    reports.forEach(
        "one_sided.csv",
        row ->
            denials
                .computeIfAbsent(row.get("event_id"), e -> new HashMap<>())
                .computeIfAbsent(row.get("claim_id"), c -> new HashMap<>())
                .put(row.get("outlet"), "true".equals(row.get("carries_denial"))));
    // Claim ids are per event, so the Jaccard similarity over all shared events is the sum of
    // the per-event intersections over the sum of the per-event unions: one pass over events.
    Map<String, long[]> tallies = new TreeMap<>(); // shared, intersection, union, agree, denied
    for (Map.Entry<String, List<String>> event : outletsByEvent.entrySet()) {
      List<String> outlets = event.getValue();
      Map<String, Set<String>> carried = claims.getOrDefault(event.getKey(), Map.of());
      Map<String, Map<String, Boolean>> denied = denials.getOrDefault(event.getKey(), Map.of());
      for (int i = 0; i < outlets.size(); i++) {
        for (int j = i + 1; j < outlets.size(); j++) {
          String a = outlets.get(i);
          String b = outlets.get(j);
          long[] tally = tallies.computeIfAbsent(a + "\u0000" + b, k -> new long[5]);
          tally[0]++;
          Set<String> claimsA = carried.getOrDefault(a, Set.of());
          Set<String> claimsB = carried.getOrDefault(b, Set.of());
          long both = claimsA.stream().filter(claimsB::contains).count();
          tally[1] += both;
          tally[2] += claimsA.size() + claimsB.size() - both;
          for (Map<String, Boolean> byOutlet : denied.values()) {
            Boolean denialA = byOutlet.get(a);
            Boolean denialB = byOutlet.get(b);
            if (denialA != null && denialB != null) {
              tally[4]++;
              tally[3] += denialA.equals(denialB) ? 1 : 0;
            }
          }
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    tallies.forEach(
        (key, tally) -> {
          String a = key.substring(0, key.indexOf('\u0000'));
          String b = key.substring(key.indexOf('\u0000') + 1);
          Map<String, Long> termsA = termsByOutlet.get(a);
          Map<String, Long> termsB = termsByOutlet.get(b);
          Double divergence =
              termsA == null || termsB == null || termsA.isEmpty() || termsB.isEmpty()
                  ? null
                  : jensenShannon(termsA, termsB);
          pairs.add(
              new Pair(
                  a,
                  b,
                  (int) tally[0],
                  tally[2] == 0 ? null : tally[1] / (double) tally[2],
                  tally[4] == 0 ? null : tally[3] / (double) tally[4],
                  divergence));
        });
    return pairs;
  }

  /** Jensen-Shannon divergence, base 2, of two count vectors (each normalised to sum 1). */
  public static double jensenShannon(Map<String, Long> a, Map<String, Long> b) {
    double totalA = a.values().stream().mapToLong(Long::longValue).sum();
    double totalB = b.values().stream().mapToLong(Long::longValue).sum();
    Set<String> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    double divergence = 0;
    for (String key : keys) {
      double p = a.getOrDefault(key, 0L) / totalA;
      double q = b.getOrDefault(key, 0L) / totalB;
      double m = (p + q) / 2;
      if (p > 0) {
        divergence += 0.5 * p * Math.log(p / m);
      }
      if (q > 0) {
        divergence += 0.5 * q * Math.log(q / m);
      }
    }
    return Math.max(0, Math.min(1, divergence / Math.log(2)));
  }
}
