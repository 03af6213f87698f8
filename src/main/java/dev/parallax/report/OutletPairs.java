package dev.parallax.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
    Map<String, Set<String>> eventsByOutlet = new TreeMap<>();
    reports.forEach(
        "events.csv",
        row -> {
          for (String outlet : ChangesReport.list(row.get("outlet_list"))) {
            eventsByOutlet.computeIfAbsent(outlet, o -> new HashSet<>()).add(row.get("event_id"));
          }
        });
    // outlet -> event -> claims carried
    Map<String, Map<String, Set<String>>> claims = new HashMap<>();
    reports.forEach(
        "claim_coverage.csv",
        row -> {
          if ("true".equals(row.get("present"))) {
            claims
                .computeIfAbsent(row.get("outlet"), o -> new HashMap<>())
                .computeIfAbsent(row.get("event_id"), e -> new HashSet<>())
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
    List<String> outlets = new ArrayList<>(eventsByOutlet.keySet());
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < outlets.size(); i++) {
      for (int j = i + 1; j < outlets.size(); j++) {
        String a = outlets.get(i);
        String b = outlets.get(j);
        Set<String> shared = new TreeSet<>(eventsByOutlet.get(a));
        shared.retainAll(eventsByOutlet.get(b));
        if (shared.isEmpty()) {
          continue;
        }
        Set<String> claimsA = new HashSet<>();
        Set<String> claimsB = new HashSet<>();
        int agree = 0;
        int denied = 0;
        for (String event : shared) {
          claimsA.addAll(claims.getOrDefault(a, Map.of()).getOrDefault(event, Set.of()));
          claimsB.addAll(claims.getOrDefault(b, Map.of()).getOrDefault(event, Set.of()));
          for (Map<String, Boolean> byOutlet : denials.getOrDefault(event, Map.of()).values()) {
            if (byOutlet.containsKey(a) && byOutlet.containsKey(b)) {
              denied++;
              agree += byOutlet.get(a).equals(byOutlet.get(b)) ? 1 : 0;
            }
          }
        }
        Set<String> union = new HashSet<>(claimsA);
        union.addAll(claimsB);
        Double overlap = null;
        if (!union.isEmpty()) {
          Set<String> both = new HashSet<>(claimsA);
          both.retainAll(claimsB);
          overlap = both.size() / (double) union.size();
        }
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
                shared.size(),
                overlap,
                denied == 0 ? null : agree / (double) denied,
                divergence));
      }
    }
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
