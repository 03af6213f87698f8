package dev.parallax.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event as reported: a label (the headline of its most central article), why its articles are
 * together (the names most of them share, the mean similarity of their meaning), its first and last
 * dates, its outlets, how many articles are independent coverage (not copies), and each article's
 * similarity to the event's centroid.
 *
 * @param sharedNames the names in the headlines and leads of most articles (up to three)
 * @param meaningSimilarity the mean cosine of the meaning of the articles' headlines and leads over
 *     their pairs; null for a single article or without sentence vectors
 */
public record Event(
    String eventId,
    String label,
    List<String> sharedNames,
    Double meaningSimilarity,
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
    sharedNames = List.copyOf(sharedNames);
    outlets = List.copyOf(outlets);
    members = List.copyOf(members);
  }
}
