package dev.parallax.claims;

import dev.parallax.model.ArticleIds;
import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.Denial;
import dev.parallax.model.DenialMention;
import dev.parallax.model.OneSided;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ties each denial of an event to the claim it denies: the claim (mentions in sentences that
 * themselves deny are left out) whose mentions share the largest part of their content terms with
 * the denial sentence, when that share reaches the threshold. Denials of one claim and kind form
 * one finding. For every denied claim, {@link #oneSided} says which outlets carry the claim, the
 * denial, or both.
 */
public final class DenialLinker implements Serializable {
  private final double threshold;
  private final DenialCues cues;

  public DenialLinker(double threshold, DenialCues cues) {
    this.threshold = threshold;
    this.cues = cues;
  }

  public List<Denial> link(String eventId, List<DenialMention> denials, List<Claim> claims) {
    Map<String, List<DenialMention>> groups = new TreeMap<>();
    Map<String, String> linkedOf = new LinkedHashMap<>();
    Map<ClaimMention, Set<String>> memberTerms = new java.util.IdentityHashMap<>();
    if (!denials.isEmpty()) {
      // Sentences with a cue are exactly those with a denial mention (the extractor checks every
      // sentence): no need to match the cues again for each claim member.
      Set<String> cueSentences = new HashSet<>();
      for (DenialMention denial : denials) {
        cueSentences.add(denial.articleId() + "\u0000" + denial.sentence());
      }
      for (Claim claim : claims) {
        for (ClaimMention member : claim.members()) {
          boolean denying =
              "denial".equals(member.stance())
                  || cueSentences.contains(member.articleId() + "\u0000" + member.sentence());
          memberTerms.put(member, denying ? Set.of() : new HashSet<>(member.terms()));
        }
      }
    }
    ClaimTermIndex index = new ClaimTermIndex(claims, memberTerms);
    List<DenialMention> sorted = new ArrayList<>(denials);
    sorted.sort(
        Comparator.comparing(DenialMention::articleId).thenComparing(DenialMention::sentence));
    for (DenialMention denial : sorted) {
      String claimId =
          denial.kind().equals("refusal_to_comment") ? "" : bestClaim(denial, claims, index);
      String key = claimId + "\u0000" + denial.kind();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(denial);
      linkedOf.put(key, claimId);
    }
    List<Denial> findings = new ArrayList<>();
    for (Map.Entry<String, List<DenialMention>> group : groups.entrySet()) {
      List<DenialMention> mentions = group.getValue();
      DenialMention first = mentions.get(0);
      String denier =
          ClaimAligner.mostCommon(mentions.stream().map(DenialMention::denier).toList());
      findings.add(
          new Denial(
              "dn-" + ArticleIds.sha256(eventId + "|" + group.getKey()).substring(0, 12),
              eventId,
              denier,
              first.deniedText(),
              linkedOf.get(group.getKey()),
              first.kind(),
              mentions));
    }
    return findings;
  }

  /**
   * Score: the share of the denial sentence's terms that the claim's mentions (those not in denying
   * sentences, nor in the denial's own sentence) use — how much of the denial the claim explains.
   */
  private String bestClaim(DenialMention denial, List<Claim> claims, ClaimTermIndex index) {
    Set<String> denialTerms = new HashSet<>(denial.terms());
    if (denialTerms.isEmpty()) {
      return "";
    }
    // Only claims sharing a term can score above the threshold (never below zero).
    TreeMap<Integer, Integer> shared = index.sharedTerms(denialTerms, denial);
    String best = "";
    double bestShare = threshold;
    for (Map.Entry<Integer, Integer> entry : shared.entrySet()) {
      Claim claim = claims.get(entry.getKey());
      double share = (double) entry.getValue() / denialTerms.size();
      if (share > bestShare
          || share == bestShare && !best.isEmpty() && claim.claimId().compareTo(best) < 0) {
        bestShare = share;
        best = claim.claimId();
      }
    }
    return best;
  }

  /**
   * An event's claim terms, inverted: for each term, how many members of each claim use it; and the
   * members of each sentence, so that a denial's own sentence can be left out of its claims.
   */
  private static final class ClaimTermIndex {
    private final Map<String, Map<Integer, Integer>> membersByTerm = new java.util.HashMap<>();
    private final Map<String, List<Map.Entry<Integer, Set<String>>>> bySentence =
        new java.util.HashMap<>();

    ClaimTermIndex(List<Claim> claims, Map<ClaimMention, Set<String>> memberTerms) {
      if (memberTerms.isEmpty()) {
        return;
      }
      for (int c = 0; c < claims.size(); c++) {
        for (ClaimMention member : claims.get(c).members()) {
          Set<String> terms = memberTerms.get(member);
          for (String term : terms) {
            membersByTerm
                .computeIfAbsent(term, t -> new java.util.HashMap<>())
                .merge(c, 1, Integer::sum);
          }
          bySentence
              .computeIfAbsent(
                  member.articleId() + "\u0000" + member.sentence(), k -> new ArrayList<>())
              .add(Map.entry(c, terms));
        }
      }
    }

    /** For each claim sharing terms with the denial (its own sentence left out): how many. */
    TreeMap<Integer, Integer> sharedTerms(Set<String> denialTerms, DenialMention denial) {
      Map<Integer, Map<String, Integer>> excluded = new java.util.HashMap<>();
      for (Map.Entry<Integer, Set<String>> member :
          bySentence.getOrDefault(denial.articleId() + "\u0000" + denial.sentence(), List.of())) {
        for (String term : member.getValue()) {
          excluded
              .computeIfAbsent(member.getKey(), c -> new java.util.HashMap<>())
              .merge(term, 1, Integer::sum);
        }
      }
      TreeMap<Integer, Integer> shared = new TreeMap<>();
      for (String term : denialTerms) {
        for (Map.Entry<Integer, Integer> claim :
            membersByTerm.getOrDefault(term, Map.of()).entrySet()) {
          int left =
              claim.getValue()
                  - excluded.getOrDefault(claim.getKey(), Map.of()).getOrDefault(term, 0);
          if (left > 0) {
            shared.merge(claim.getKey(), 1, Integer::sum);
          }
        }
      }
      return shared;
    }
  }

  /** The one-sided table for the event's denied claims (kind denial), by claim then outlet. */
  public static List<OneSided> oneSided(
      List<Denial> findings, List<Claim> claims, Collection<String> eventOutlets) {
    Map<String, Claim> claimById = new TreeMap<>();
    claims.forEach(claim -> claimById.put(claim.claimId(), claim));
    Map<String, List<DenialMention>> denialsByClaim = new TreeMap<>();
    for (Denial finding : findings) {
      if (finding.kind().equals("denial") && !finding.linkedClaimId().isEmpty()) {
        denialsByClaim
            .computeIfAbsent(finding.linkedClaimId(), k -> new ArrayList<>())
            .addAll(finding.mentions());
      }
    }
    List<OneSided> rows = new ArrayList<>();
    for (Map.Entry<String, List<DenialMention>> entry : denialsByClaim.entrySet()) {
      Claim claim = claimById.get(entry.getKey());
      if (claim == null) {
        continue;
      }
      for (String outlet : new TreeSet<>(eventOutlets)) {
        boolean carriesClaim = claim.outletsPresent().contains(outlet);
        DenialMention denial =
            entry.getValue().stream()
                .filter(mention -> mention.outlet().equals(outlet))
                .min(
                    Comparator.comparing((DenialMention mention) -> Claim.rank(mention.placement()))
                        .thenComparing(DenialMention::articleId)
                        .thenComparing(DenialMention::sentence))
                .orElse(null);
        rows.add(
            new OneSided(
                claim.eventId(),
                claim.claimId(),
                outlet,
                carriesClaim,
                denial != null,
                denial == null ? "" : position(denial, claim),
                evidence(denial, carriesClaim ? claim.bestOf(outlet) : null)));
      }
    }
    return rows;
  }

  /**
   * The article that shows the row: the one carrying the claim most prominently, else the one
   * reporting the denial (a claim carried without its denial is a finding only with its evidence).
   */
  private static String evidence(DenialMention denial, ClaimMention claimed) {
    if (claimed != null) {
      return claimed.articleId();
    }
    return denial == null ? "" : denial.articleId();
  }

  private static String position(DenialMention denial, Claim claim) {
    if (denial.placement().equals("headline") || denial.placement().equals("lead")) {
      return denial.placement();
    }
    return claim.members().stream()
        .filter(member -> member.articleId().equals(denial.articleId()))
        .filter(member -> member.sentence() != denial.sentence())
        .map(member -> member.sentence() > denial.sentence() ? "before_claim" : "after_claim")
        .findFirst()
        .orElse("body");
  }
}
