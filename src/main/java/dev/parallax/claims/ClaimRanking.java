package dev.parallax.claims;

import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.Denial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders an event's claims main claims first. A claim's weight is the number of outlets carrying
 * it, plus how prominently it stands (headline, lead, early paragraphs — the inverted pyramid), how
 * central its words are to the event (the share of the event's articles using them), whether
 * someone denies it and whether a source is named. The first places are then filled greedily by
 * weight minus similarity to the claims already placed (maximal marginal relevance, Carbonell and
 * Goldstein 1998), so that one claim split over two rows does not take two of the first places.
 */
public final class ClaimRanking {
  /** Places filled with the diversity penalty; the rest follow by weight alone. */
  static final int DIVERSE_PLACES = 30;

  static final double DIVERSITY = 1.0;
  static final double PROMINENCE = 1.0;
  static final double CENTRALITY = 1.0;
  static final double DENIED = 0.5;
  static final double ATTRIBUTED = 0.25;

  /** Content terms from which a claim weighs fully; fewer scale its weight down. */
  static final int FULL_CONTENT_TERMS = 5;

  private ClaimRanking() {}

  /** The claims with ranks 1..n, in rank order; ties by claim id, so the order is stable. */
  public static List<Claim> rank(List<Claim> claims, List<Denial> denials) {
    Set<String> denied = new HashSet<>();
    for (Denial denial : denials) {
      if (!denial.linkedClaimId().isEmpty()) {
        denied.add(denial.linkedClaimId());
      }
    }
    Map<String, Integer> articlesUsing = articlesUsing(claims);
    int articles =
        (int)
            claims.stream()
                .flatMap(claim -> claim.members().stream())
                .map(ClaimMention::articleId)
                .distinct()
                .count();
    List<Scored> scored = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      scored.add(
          new Scored(
              claim,
              weight(claim, denied.contains(claim.claimId()), articlesUsing, articles),
              termsOf(claim),
              sentencesOf(claim)));
    }
    scored.sort(
        Comparator.comparingDouble((Scored one) -> -one.weight)
            .thenComparing(one -> one.claim.claimId()));
    List<Scored> order = new ArrayList<>(scored.size());
    List<Scored> left = new ArrayList<>(scored);
    // Each candidate's greatest similarity to the claims placed so far, and how many of them it
    // has met: a candidate reached again meets only the claims placed since (each pair once).
    double[] similarity = new double[left.size()];
    int[] met = new int[left.size()];
    while (!left.isEmpty() && order.size() < DIVERSE_PLACES) {
      int best = 0;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < left.size(); i++) {
        Scored candidate = left.get(i);
        if (candidate.weight - bestValue <= 0 && bestValue > Double.NEGATIVE_INFINITY) {
          break; // sorted by weight: no later candidate can do better, penalty or not
        }
        for (; met[i] < order.size(); met[i]++) {
          Scored placed = order.get(met[i]);
          similarity[i] =
              Math.max(
                  similarity[i],
                  placed.sentences.containsAll(candidate.sentences)
                      ? 1
                      : overlap(candidate.terms, placed.terms));
        }
        double value = candidate.weight - DIVERSITY * similarity[i];
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      order.add(left.remove(best));
      System.arraycopy(similarity, best + 1, similarity, best, left.size() - best);
      System.arraycopy(met, best + 1, met, best, left.size() - best);
    }
    order.addAll(left);
    List<Claim> ranked = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      ranked.add(order.get(i).claim.withRank(i + 1));
    }
    return ranked;
  }

  private record Scored(Claim claim, double weight, Set<String> terms, Set<String> sentences) {}

  static double weight(
      Claim claim, boolean denied, Map<String, Integer> articlesUsing, int articles) {
    double prominence = 0;
    boolean attributed = false;
    for (ClaimMention member : claim.members()) {
      prominence = Math.max(prominence, prominence(member));
      attributed |= member.isAttributed();
    }
    Set<String> terms = new HashSet<>(claim.canonical().terms());
    double centrality = 0;
    if (!terms.isEmpty() && articles > 0) {
      for (String term : terms) {
        centrality += articlesUsing.getOrDefault(term, 0);
      }
      centrality /= (double) terms.size() * articles;
    }
    double weight =
        claim.outletsPresent().size()
            + PROMINENCE * prominence
            + CENTRALITY * centrality
            + (denied ? DENIED : 0)
            + (attributed ? ATTRIBUTED : 0);
    // A claim of a few content words ("UPDATE: 9 p.m.", "X said that was not the case") says
    // little on its own, however many outlets carry it.
    return weight * Math.min(1.0, (double) terms.size() / FULL_CONTENT_TERMS);
  }

  /**
   * By paragraph, 1/(1 + paragraph/3): the headline and the lead paragraph 1 (a headline is as
   * often a label as a claim).
   */
  static double prominence(ClaimMention mention) {
    if (mention.placement().equals("headline")) {
      return 1;
    }
    return 1 / (1 + Math.max(0, mention.paragraph()) / 3.0);
  }

  /** For each term, in how many of the event's articles a claim uses it. */
  private static Map<String, Integer> articlesUsing(List<Claim> claims) {
    Map<String, Set<String>> articlesOf = new HashMap<>();
    for (Claim claim : claims) {
      for (ClaimMention member : claim.members()) {
        for (String term : member.terms()) {
          articlesOf.computeIfAbsent(term, key -> new HashSet<>()).add(member.articleId());
        }
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    articlesOf.forEach((term, using) -> counts.put(term, using.size()));
    return counts;
  }

  private static Set<String> termsOf(Claim claim) {
    Set<String> terms = new HashSet<>();
    for (ClaimMention member : claim.members()) {
      terms.addAll(member.terms());
    }
    return terms;
  }

  /** The article and sentence of each member: two attributions in one sentence are one claim. */
  private static Set<String> sentencesOf(Claim claim) {
    Set<String> sentences = new HashSet<>();
    for (ClaimMention member : claim.members()) {
      sentences.add(member.articleId() + "#" + member.sentence());
    }
    return sentences;
  }

  /** Shared terms over the smaller set's size. */
  static double overlap(Set<String> first, Set<String> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return 0;
    }
    Set<String> smaller = first.size() <= second.size() ? first : second;
    Set<String> larger = smaller == first ? second : first;
    int shared = 0;
    for (String term : smaller) {
      if (larger.contains(term)) {
        shared++;
      }
    }
    return (double) shared / smaller.size();
  }
}
