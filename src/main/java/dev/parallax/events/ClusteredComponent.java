package dev.parallax.events;

import dev.parallax.text.LinkConstraints;
import dev.parallax.text.SimilarityEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One component of the strong-edge graph ({@link EventComponents}) clustered on an executor:
 * average link over its edges, then the divisive pass ({@link EventSplitter}); only ids come back.
 */
public record ClusteredComponent(List<List<String>> events, int merged, int articles)
    implements java.io.Serializable {
  public static ClusteredComponent of(
      Iterable<EventFeatures> members,
      Iterable<SimilarityEdge> edges,
      LinkConstraints constraints,
      EventSettings settings) {
    Map<String, EventFeatures> byId = new HashMap<>();
    members.forEach(member -> byId.put(member.articleId(), member));
    List<SimilarityEdge> edgeList = new ArrayList<>();
    edges.forEach(edgeList::add);
    List<List<String>> merged =
        EventPlanner.cluster(byId.keySet(), edgeList, constraints, byId, settings);
    List<List<String>> events = EventPlanner.split(merged, byId, constraints, settings);
    return new ClusteredComponent(events, merged.size(), byId.size());
  }
}
