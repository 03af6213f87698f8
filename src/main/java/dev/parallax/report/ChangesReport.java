package dev.parallax.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code changes.csv}: what is new in this run against the previous run date in the same output
 * folder — new events, events that gained outlets, new claims, new denials, and outlets that newly
 * carry a denied claim without its denial. A new event is one row: its claims and denials are all
 * new by definition and stand in {@code claims.csv} and {@code denials.csv}, so {@code new_claim}
 * and {@code new_denial} name those of events the previous run already had (on a first run every
 * event is new, and the file holds the events and the one-sided outlets). Outlets that carry a
 * denied claim without its denial are listed wherever the event is new or not: that is the finding
 * an analyst starts from.
 */
public final class ChangesReport {
  private ChangesReport() {}

  /** One change; {@code since} is the previous run date, empty for a first run. */
  public record Change(
      String change, String eventId, String itemId, String outlet, String detail, String since) {
    public List<String> cells() {
      return List.of(change, eventId, itemId, outlet, detail, since);
    }
  }

  static final List<String> KINDS =
      List.of("new_event", "event_gained_outlets", "new_claim", "new_denial", "newly_one_sided");

  public static List<Change> between(ReportTables current, Optional<ReportTables> previous) {
    String since = previous.flatMap(ReportTables::runDate).orElse("");
    Map<String, Set<String>> oldOutlets = new HashMap<>();
    Set<String> oldClaims = new HashSet<>();
    Set<String> oldDenials = new HashSet<>();
    Set<String> oldOneSided = new HashSet<>();
    previous.ifPresent(
        tables -> {
          tables.forEach(
              "events.csv",
              row -> oldOutlets.put(row.get("event_id"), list(row.get("outlet_list"))));
          tables.forEach("claims.csv", row -> oldClaims.add(row.get("claim_id")));
          tables.forEach("denials.csv", row -> oldDenials.add(row.get("denial_id")));
          tables.forEach(
              "one_sided.csv",
              row -> {
                if (isOneSided(row)) {
                  oldOneSided.add(oneSidedKey(row));
                }
              });
        });
    List<Change> changes = new ArrayList<>();
    Set<String> newEvents = new HashSet<>();
    current.forEach(
        "events.csv",
        row -> {
          String event = row.get("event_id");
          Set<String> outlets = list(row.get("outlet_list"));
          Set<String> known = oldOutlets.get(event);
          if (known == null) {
            newEvents.add(event);
            changes.add(new Change("new_event", event, event, "", row.get("label"), since));
          } else if (!known.containsAll(outlets)) {
            Set<String> gained = new LinkedHashSet<>(outlets);
            gained.removeAll(known);
            changes.add(
                new Change(
                    "event_gained_outlets",
                    event,
                    event,
                    String.join(" | ", gained),
                    known.size() + " -> " + outlets.size() + " outlets",
                    since));
          }
        });
    current.forEach(
        "claims.csv",
        row -> {
          if (!newEvents.contains(row.get("event_id"))
              && !oldClaims.contains(row.get("claim_id"))) {
            changes.add(
                new Change(
                    "new_claim",
                    row.get("event_id"),
                    row.get("claim_id"),
                    "",
                    row.get("canonical_text"),
                    since));
          }
        });
    current.forEach(
        "denials.csv",
        row -> {
          if (!newEvents.contains(row.get("event_id"))
              && !oldDenials.contains(row.get("denial_id"))) {
            changes.add(
                new Change(
                    "new_denial",
                    row.get("event_id"),
                    row.get("denial_id"),
                    row.get("outlets_reporting"),
                    row.get("denied_text"),
                    since));
          }
        });
    current.forEach(
        "one_sided.csv",
        row -> {
          if (isOneSided(row) && !oldOneSided.contains(oneSidedKey(row))) {
            changes.add(
                new Change(
                    "newly_one_sided",
                    row.get("event_id"),
                    row.get("claim_id"),
                    row.get("outlet"),
                    "carries the claim without its denial",
                    since));
          }
        });
    changes.sort(
        Comparator.comparing((Change change) -> KINDS.indexOf(change.change()))
            .thenComparing(Change::eventId)
            .thenComparing(Change::itemId)
            .thenComparing(Change::outlet));
    return changes;
  }

  private static boolean isOneSided(Map<String, String> row) {
    return "true".equals(row.get("carries_claim")) && "false".equals(row.get("carries_denial"));
  }

  private static String oneSidedKey(Map<String, String> row) {
    return row.get("event_id") + "\u0000" + row.get("claim_id") + "\u0000" + row.get("outlet");
  }

  static Set<String> list(String cell) {
    Set<String> values = new LinkedHashSet<>();
    if (cell != null) {
      for (String value : cell.split(" \\| ")) {
        if (!value.isBlank()) {
          values.add(value.strip());
        }
      }
    }
    return values;
  }
}
