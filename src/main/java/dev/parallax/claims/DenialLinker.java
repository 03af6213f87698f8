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
  private final RebuttalModel rebuttals;

  /** A linker of cue sentences only: rebuttal candidates are left out. */
  public DenialLinker(double threshold, DenialCues cues) {
    this(threshold, cues, null);
  }

  /**
   * @param rebuttals the model that keeps a rebuttal candidate (a denial mention without a cue) as
   *     a denial of the claim it is linked to, or null to leave candidates out
   */
  public DenialLinker(double threshold, DenialCues cues, RebuttalModel rebuttals) {
    this.threshold = threshold;
    this.cues = cues;
    this.rebuttals = rebuttals;
  }

  /** A rebuttal candidate with the claim it would be linked to ("" for none) and its features. */
  public record Candidate(DenialMention mention, String claimId, double[] features) {}

  public List<Denial> link(String eventId, List<DenialMention> denials, List<Claim> claims) {
    Map<String, List<DenialMention>> groups = new TreeMap<>();
    Map<String, String> linkedOf = new LinkedHashMap<>();
    Linking linking = new Linking(denials, claims);
    for (DenialMention denial : linking.cued) {
      String claimId =
          denial.kind().equals("refusal_to_comment")
              ? ""
              : linking.best(denial).map(best -> claims.get(best.getKey()).claimId()).orElse("");
      String key = claimId + "\u0000" + denial.kind();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(denial);
      linkedOf.put(key, claimId);
    }
    if (rebuttals != null) {
      for (Candidate candidate : linking.candidates()) {
        if (!candidate.claimId().isEmpty() && rebuttals.rebuts(candidate.features())) {
          String key = candidate.claimId() + "\u0000" + candidate.mention().kind();
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate.mention());
          linkedOf.put(key, candidate.claimId());
        }
      }
    }
    List<Denial> findings = new ArrayList<>();
    for (Map.Entry<String, List<DenialMention>> group : groups.entrySet()) {
      List<DenialMention> mentions = new ArrayList<>(group.getValue());
      mentions.sort(
          Comparator.comparing(DenialMention::articleId).thenComparing(DenialMention::sentence));
      DenialMention first =
          mentions.stream().filter(DenialMention::cued).findFirst().orElse(mentions.get(0));
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
   * The event's rebuttal candidates (denial mentions without a cue), each with the claim it would
   * be linked to and its rebuttal features: what the rebuttal model scores, and learns from.
   */
  public List<Candidate> candidates(List<DenialMention> denials, List<Claim> claims) {
    return new Linking(denials, claims).candidates();
  }

  /** Whether the claim has a member earlier in the candidate's article, by another speaker. */
  private static boolean answersEarlier(DenialMention candidate, Claim claim) {
    for (ClaimMention member : claim.members()) {
      if (member.articleId().equals(candidate.articleId())
          && member.sentence() < candidate.sentence()
          && !RebuttalFeatures.lastWord(member.source())
              .equals(RebuttalFeatures.lastWord(candidate.denier()))) {
        return true;
      }
    }
    return false;
  }

  /** One event's denial mentions, split into cue sentences and candidates, and its claim index. */
  private final class Linking {
    final List<DenialMention> cued = new ArrayList<>();
    final List<DenialMention> uncued = new ArrayList<>();
    final List<Claim> claims;
    final ClaimTermIndex index;

    Linking(List<DenialMention> denials, List<Claim> claims) {
      this.claims = claims;
      for (DenialMention denial : denials) {
        (denial.cued() ? cued : uncued).add(denial);
      }
      Comparator<DenialMention> order =
          Comparator.comparing(DenialMention::articleId).thenComparing(DenialMention::sentence);
      cued.sort(order);
      uncued.sort(order);
      Map<ClaimMention, Set<String>> memberTerms = new java.util.IdentityHashMap<>();
      if (!denials.isEmpty()) {
        // Sentences with a cue are exactly the cued denial mentions (the extractor checks every
        // sentence): no need to match the cues again for each claim member.
        Set<String> cueSentences = new HashSet<>();
        for (DenialMention denial : cued) {
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
      index = new ClaimTermIndex(claims, memberTerms);
    }

    /** The claim (index and share) that explains most of the mention's terms, above threshold. */
    java.util.Optional<Map.Entry<Integer, Double>> best(DenialMention denial) {
      Set<String> denialTerms = new HashSet<>(denial.terms());
      if (denialTerms.isEmpty()) {
        return java.util.Optional.empty();
      }
      // Only claims sharing a term can score above the threshold (never below zero).
      TreeMap<Integer, Integer> shared = index.sharedTerms(denialTerms, denial);
      int best = -1;
      double bestShare = threshold;
      for (Map.Entry<Integer, Integer> entry : shared.entrySet()) {
        Claim claim = claims.get(entry.getKey());
        double share = (double) entry.getValue() / denialTerms.size();
        if (share > bestShare
            || share == bestShare && best >= 0 && before(claim, claims.get(best), denial.cued())) {
          bestShare = share;
          best = entry.getKey();
        }
      }
      return best < 0
          ? java.util.Optional.empty()
          : java.util.Optional.of(Map.entry(best, bestShare));
    }

    /**
     * Between claims that explain a denial equally: for a denial with a cue, the one more outlets
     * carry (it answers the story's claim, not a side row that shares its words); then the claim
     * id. Rebuttal candidates keep the id order the rebuttal model learnt with.
     */
    private static boolean before(Claim claim, Claim other, boolean cued) {
      int outlets = cued ? claim.outletsPresent().size() - other.outletsPresent().size() : 0;
      return outlets != 0 ? outlets > 0 : claim.claimId().compareTo(other.claimId()) < 0;
    }

    List<Candidate> candidates() {
      List<Candidate> found = new ArrayList<>();
      if (rebuttals == null) {
        return found;
      }
      for (DenialMention candidate : uncued) {
        java.util.Optional<Map.Entry<Integer, Double>> best = best(candidate);
        Claim claim = best.map(entry -> claims.get(entry.getKey())).orElse(null);
        boolean sharedClaim = index.inSharedClaim(candidate, claims);
        Set<String> scope = rebuttals.features().scopeTerms(candidate.sentenceText());
        double scopeShare = 0;
        int scopeCount = 0;
        if (!scope.isEmpty()) {
          for (int shared : index.sharedTerms(scope, candidate).values()) {
            scopeCount = Math.max(scopeCount, shared);
          }
          scopeShare = (double) scopeCount / scope.size();
        }
        boolean targetAny = false;
        if (!candidate.denier().isEmpty()) {
          Set<String> terms = new HashSet<>(candidate.terms());
          for (int c : index.sharedTerms(terms, candidate).keySet()) {
            Claim other = claims.get(c);
            if (!RebuttalFeatures.lastWord(other.source())
                    .equals(RebuttalFeatures.lastWord(candidate.denier()))
                && RebuttalFeatures.named(candidate.denier(), other)) {
              targetAny = true;
              break;
            }
          }
        }
        double[] features =
            rebuttals
                .features()
                .of(
                    candidate,
                    new RebuttalFeatures.Link(
                        claim,
                        best.map(Map.Entry::getValue).orElse(0.0),
                        sharedClaim,
                        scopeShare,
                        scopeCount,
                        targetAny,
                        claim != null && answersEarlier(candidate, claim)));
        found.add(new Candidate(candidate, claim == null ? "" : claim.claimId(), features));
      }
      return found;
    }
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

    /** Whether the mention's sentence is itself a member of a claim that 2+ outlets carry. */
    boolean inSharedClaim(DenialMention denial, List<Claim> claims) {
      for (Map.Entry<Integer, Set<String>> member :
          bySentence.getOrDefault(denial.articleId() + "\u0000" + denial.sentence(), List.of())) {
        if (claims.get(member.getKey()).outletsPresent().size() >= 2) {
          return true;
        }
      }
      return false;
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
