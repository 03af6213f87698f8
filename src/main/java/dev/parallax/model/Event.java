package dev.parallax.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event as reported: a label (the names most of its articles share), its first and last dates,
 * its outlets, how many articles are independent coverage (not copies), and each article's
 * similarity to the event's centroid.
 */
public record Event(
    String eventId,
    String label,
    Instant firstSeen,
    Instant lastSeen,
    int articles,
    List<String> outlets,
    int independentArticles,
    List<Member> members)
    implements Serializable {

  /** An article of the event. */
  public record Member(
      String articleId, String outlet, Instant published, double similarity, boolean copy)
      implements Serializable {
    public Member {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(outlet, "outlet");
    }
  }

  public Event {
    Objects.requireNonNull(eventId, "eventId");
    outlets = List.copyOf(outlets);
    members = List.copyOf(members);
  }
}
