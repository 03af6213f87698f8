package dev.parallax.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reader's gold for the claim × outlet matrix ({@code claims-dev/claims.json}, its {@code
 * GUIDE.md}): per event, every claim with the sentences that carry it, and every denial sentence
 * linked to the claim it denies.
 */
public final class ClaimGold {
  private ClaimGold() {}

  /** One sentence of one article; {@code field} is {@code text} or {@code title}. */
  public record Mention(String articleId, String field, String sentence) {
    public Mention {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(sentence, "sentence");
      field = field == null || field.isEmpty() ? "text" : field;
    }
  }

  public record GoldClaim(String claimId, String text, String source, List<Mention> mentions) {
    public GoldClaim {
      Objects.requireNonNull(claimId, "claimId");
      mentions = List.copyOf(mentions);
    }
  }

  /** {@code kind} is {@code denial}, {@code refusal_to_comment} or {@code retraction}. */
  public record GoldDenial(
      String denialId, String claimId, String denier, String kind, List<Mention> mentions) {
    public GoldDenial {
      Objects.requireNonNull(denialId, "denialId");
      Objects.requireNonNull(claimId, "claimId");
      Objects.requireNonNull(kind, "kind");
      mentions = List.copyOf(mentions);
    }
  }

  public record GoldEvent(
      String eventId, List<String> articleIds, List<GoldClaim> claims, List<GoldDenial> denials) {
    public GoldEvent {
      Objects.requireNonNull(eventId, "eventId");
      articleIds = List.copyOf(articleIds);
      claims = List.copyOf(claims);
      denials = List.copyOf(denials);
    }
  }

  /** Reads the gold file; a missing field or a denial of an unknown claim names the event. */
  public static List<GoldEvent> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
    if (root == null || !root.isArray()) {
      throw new ConfigException(file + ": expected a JSON list of events");
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode event : root) {
      String eventId = required(file, event, "event_id", "an event");
      List<String> articles = new ArrayList<>();
      event.path("article_ids").forEach(id -> articles.add(id.asText()));
      List<GoldClaim> claims = new ArrayList<>();
      for (JsonNode claim : event.path("claims")) {
        claims.add(
            new GoldClaim(
                required(file, claim, "claim_id", "event " + eventId),
                claim.path("text").asText(""),
                claim.path("source").asText(""),
                mentions(file, claim, eventId)));
      }
      List<GoldDenial> denials = new ArrayList<>();
      for (JsonNode denial : event.path("denials")) {
        String claimId = required(file, denial, "claim_id", "event " + eventId);
        if (claims.stream().noneMatch(claim -> claim.claimId().equals(claimId))) {
          throw new ConfigException(
              file + ": event " + eventId + ": a denial names unknown claim " + claimId);
        }
        denials.add(
            new GoldDenial(
                required(file, denial, "denial_id", "event " + eventId),
                claimId,
                denial.path("denier").asText(""),
                required(file, denial, "kind", "event " + eventId),
                mentions(file, denial, eventId)));
      }
      events.add(new GoldEvent(eventId, articles, claims, denials));
    }
    return events;
  }

  private static List<Mention> mentions(Path file, JsonNode node, String eventId) {
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode mention : node.path("mentions")) {
      mentions.add(
          new Mention(
              required(file, mention, "article_id", "event " + eventId),
              mention.path("field").asText("text"),
              required(file, mention, "sentence", "event " + eventId)));
    }
    return mentions;
  }

  private static String required(Path file, JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new ConfigException(file + ": " + where + ": no '" + field + "'");
    }
    return value.asText();
  }
}
