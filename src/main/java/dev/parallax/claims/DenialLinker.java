package dev.parallax.claims;

import dev.parallax.ingest.ArticleIds;
import dev.parallax.text.Terms;
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

  public List<DenialFinding> link(
      String eventId, List<DenialMention> denials, List<ClaimCluster> claims) {
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
      for (ClaimCluster claim : claims) {
        for (ClaimMention member : claim.members()) {
          boolean denying =
              "denial".equals(member.stance())
                  || cueSentences.contains(member.articleId() + "\u0000" + member.sentence());
          memberTerms.put(member, denying ? Set.of() : new HashSet<>(Terms.of(member.content())));
        }
      }
    }
    List<DenialMention> sorted = new ArrayList<>(denials);
    sorted.sort(
        Comparator.comparing(DenialMention::articleId).thenComparing(DenialMention::sentence));
    for (DenialMention denial : sorted) {
      String claimId =
          denial.kind().equals("refusal_to_comment") ? "" : bestClaim(denial, claims, memberTerms);
      String key = claimId + "\u0000" + denial.kind();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(denial);
      linkedOf.put(key, claimId);
    }
    List<DenialFinding> findings = new ArrayList<>();
    for (Map.Entry<String, List<DenialMention>> group : groups.entrySet()) {
      List<DenialMention> mentions = group.getValue();
      DenialMention first = mentions.get(0);
      String denier =
          ClaimAligner.mostCommon(mentions.stream().map(DenialMention::denier).toList());
      findings.add(
          new DenialFinding(
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
   * sentences) use — how much of the denial the claim explains.
   */
  private String bestClaim(
      DenialMention denial, List<ClaimCluster> claims, Map<ClaimMention, Set<String>> memberTerms) {
    Set<String> denialTerms = new HashSet<>(Terms.of(denial.sentenceText()));
    if (denialTerms.isEmpty()) {
      return "";
    }
    String best = "";
    double bestShare = threshold;
    for (ClaimCluster claim : claims) {
      Set<String> claimTerms = new HashSet<>();
      for (ClaimMention member : claim.members()) {
        boolean sameSentence =
            member.articleId().equals(denial.articleId()) && member.sentence() == denial.sentence();
        if (!sameSentence) {
          claimTerms.addAll(memberTerms.get(member));
        }
      }
      int shared = 0;
      for (String term : denialTerms) {
        if (claimTerms.contains(term)) {
          shared++;
        }
      }
      double share = (double) shared / denialTerms.size();
      if (share > bestShare
          || share == bestShare && !best.isEmpty() && claim.claimId().compareTo(best) < 0) {
        bestShare = share;
        best = claim.claimId();
      }
    }
    return best;
  }

  /** The one-sided table for the event's denied claims (kind denial), by claim then outlet. */
  public static List<OneSidedRow> oneSided(
      List<DenialFinding> findings, List<ClaimCluster> claims, Collection<String> eventOutlets) {
    Map<String, ClaimCluster> claimById = new TreeMap<>();
    claims.forEach(claim -> claimById.put(claim.claimId(), claim));
    Map<String, List<DenialMention>> denialsByClaim = new TreeMap<>();
    for (DenialFinding finding : findings) {
      if (finding.kind().equals("denial") && !finding.linkedClaimId().isEmpty()) {
        denialsByClaim
            .computeIfAbsent(finding.linkedClaimId(), k -> new ArrayList<>())
            .addAll(finding.mentions());
      }
    }
    List<OneSidedRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<DenialMention>> entry : denialsByClaim.entrySet()) {
      ClaimCluster claim = claimById.get(entry.getKey());
      if (claim == null) {
        continue;
      }
      for (String outlet : new TreeSet<>(eventOutlets)) {
        boolean carriesClaim = claim.outletsPresent().contains(outlet);
        DenialMention denial =
            entry.getValue().stream()
                .filter(mention -> mention.outlet().equals(outlet))
                .min(
                    Comparator.comparing(
                            (DenialMention mention) -> ClaimCluster.rank(mention.placement()))
                        .thenComparing(DenialMention::articleId)
                        .thenComparing(DenialMention::sentence))
                .orElse(null);
        rows.add(
            new OneSidedRow(
                claim.eventId(),
                claim.claimId(),
                outlet,
                carriesClaim,
                denial != null,
                denial == null ? "" : position(denial, claim),
                denial == null ? "" : denial.articleId()));
      }
    }
    return rows;
  }

  private static String position(DenialMention denial, ClaimCluster claim) {
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
