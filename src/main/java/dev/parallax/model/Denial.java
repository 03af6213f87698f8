package dev.parallax.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One denial of an event: its kind, the denier most outlets name, the denied text, the claim it is
 * linked to (or none), and the mentions that report it.
 */
public record Denial(
    String denialId,
    String eventId,
    String denier,
    String deniedText,
    String linkedClaimId,
    String kind,
    List<DenialMention> mentions)
    implements Serializable {
  public Denial {
    Objects.requireNonNull(denialId, "denialId");
    Objects.requireNonNull(eventId, "eventId");
    linkedClaimId = linkedClaimId == null ? "" : linkedClaimId;
    mentions = List.copyOf(mentions);
  }

  /** The outlets that report this denial, sorted. */
  public List<String> outlets() {
    return mentions.stream().map(DenialMention::outlet).distinct().sorted().toList();
  }
}
