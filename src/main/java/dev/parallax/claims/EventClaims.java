package dev.parallax.claims;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** An event's aligned claims, its denials, and the one-sided table of its denied claims. */
public record EventClaims(
    String eventId,
    List<ClaimCluster> claims,
    List<DenialFinding> denials,
    List<OneSidedRow> oneSided)
    implements Serializable {

  public EventClaims {
    claims = List.copyOf(claims);
    denials = List.copyOf(denials);
    oneSided = List.copyOf(oneSided);
  }

  /** Aligns the claims of an event's articles and links its denials to them. */
  public static EventClaims of(
      String eventId,
      Iterable<ArticleClaims> articles,
      Collection<String> eventOutlets,
      ClaimAligner aligner,
      DenialLinker linker) {
    List<ClaimMention> mentions = new ArrayList<>();
    List<DenialMention> denialMentions = new ArrayList<>();
    for (ArticleClaims article : articles) {
      mentions.addAll(article.claims());
      denialMentions.addAll(article.denials());
    }
    List<ClaimCluster> claims = aligner.align(eventId, mentions, eventOutlets);
    List<DenialFinding> denials = linker.link(eventId, denialMentions, claims);
    return new EventClaims(
        eventId, claims, denials, DenialLinker.oneSided(denials, claims, eventOutlets));
  }
}
