package dev.parallax.model;

import java.io.Serializable;
import java.util.List;

/** An event's aligned claims, its denials, and the one-sided table of its denied claims. */
public record EventClaims(
    String eventId, List<Claim> claims, List<Denial> denials, List<OneSided> oneSided)
    implements Serializable {

  public EventClaims {
    claims = List.copyOf(claims);
    denials = List.copyOf(denials);
    oneSided = List.copyOf(oneSided);
  }
}
