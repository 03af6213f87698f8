package dev.parallax.claims;

import dev.parallax.model.ClaimMention;
import dev.parallax.model.DenialMention;
import java.io.Serializable;
import java.util.List;

/** What one article says: its claim mentions and its denial mentions. */
public record ArticleClaims(List<ClaimMention> claims, List<DenialMention> denials)
    implements Serializable {
  public ArticleClaims {
    claims = List.copyOf(claims);
    denials = List.copyOf(denials);
  }
}
