package dev.parallax.events;

import dev.parallax.model.Event;
import dev.parallax.model.GroupCoverage;
import dev.parallax.model.OutletRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coverage of an event by outlet group, for each attribute column of the outlet registry (country,
 * ownership, leaning, ...): independent articles per group, their share, and a blindspot flag when
 * one group carries at least the configured share of the coverage. Outlets missing from the
 * registry, or with an empty value, form the group "unknown".
 */
public final class EventGroups {
  private EventGroups() {}

  public static List<GroupCoverage> of(
      Event event, OutletRegistry registry, double blindspotShare) {
    List<GroupCoverage> rows = new ArrayList<>();
    if (event.independentArticles() == 0) {
      return rows;
    }
    for (String attribute : registry.attributeNames()) {
      Map<String, Integer> counts = new TreeMap<>();
      for (Event.Member member : event.members()) {
        if (!member.copy()) {
          String group = registry.attribute(member.outlet(), attribute);
          counts.merge(group.isEmpty() ? "unknown" : group, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        double share = (double) entry.getValue() / event.independentArticles();
        rows.add(
            new GroupCoverage(
                event.eventId(),
                attribute,
                entry.getKey(),
                entry.getValue(),
                share,
                counts.size() > 1 || event.outlets().size() > 1 ? share >= blindspotShare : false));
      }
    }
    return rows;
  }
}
