package dev.parallax.claims;

import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.Denial;
import dev.parallax.model.DenialMention;
import dev.parallax.model.EventClaims;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The claims analysis of one event: its articles' claims aligned and ranked, its denials linked.
 */
public final class ClaimsOfEvent {
  private ClaimsOfEvent() {}

  /** Aligns the claims of an event's articles and links its denials to them. */
  public static EventClaims analyse(
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
    List<Claim> claims = aligner.align(eventId, mentions, eventOutlets);
    List<Denial> denials = linker.link(eventId, denialMentions, claims);
    claims = ClaimRanking.rank(claims, denials);
    return new EventClaims(
        eventId, claims, denials, DenialLinker.oneSided(denials, claims, eventOutlets));
  }
}
