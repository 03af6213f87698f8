package dev.parallax.events;

import dev.parallax.text.LinkConstraints;
import dev.parallax.text.SimilarityEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits average-link clustering into independent parts. Two clusters merge only when the mean
 * similarity of their pairs reaches the threshold, which needs at least one pair at or above it; so
 * every event lies within one connected component of the graph of such strong edges (and of
 * must-links, which start articles together), and clustering each component on its own, with all
 * its edges, gives the same events as clustering the whole graph. Components can then be clustered
 * in parallel, and edges between components never need to meet.
 */
public final class EventComponents {
  private EventComponents() {}

  /**
   * The component (named by one of its article ids) of every article in a component of two or more;
   * articles left out are events of their own.
   */
  public static Map<String, String> of(
      List<SimilarityEdge> strongEdges, LinkConstraints constraints) {
    Map<String, String> parent = new HashMap<>();
    for (SimilarityEdge edge : strongEdges) {
      LinkConstraints.union(parent, edge.first(), edge.second());
    }
    for (LinkConstraints.Pair pair : constraints.mustLink()) {
      LinkConstraints.union(parent, pair.first(), pair.second());
    }
    Map<String, String> component = new HashMap<>();
    for (SimilarityEdge edge : strongEdges) {
      component.put(edge.first(), LinkConstraints.find(parent, edge.first()));
      component.put(edge.second(), LinkConstraints.find(parent, edge.second()));
    }
    for (LinkConstraints.Pair pair : constraints.mustLink()) {
      component.put(pair.first(), LinkConstraints.find(parent, pair.first()));
      component.put(pair.second(), LinkConstraints.find(parent, pair.second()));
    }
    return component;
  }

  /** Each component's own constraints (a pair across components can never be put together). */
  public static Map<String, LinkConstraints> constraintsByComponent(
      LinkConstraints constraints, Map<String, String> componentOf) {
    Map<String, List<LinkConstraints.Pair>> must = new HashMap<>();
    Map<String, List<LinkConstraints.Pair>> cannot = new HashMap<>();
    collectWithin(constraints.mustLink(), componentOf, must);
    collectWithin(constraints.cannotLink(), componentOf, cannot);
    Map<String, LinkConstraints> result = new HashMap<>();
    for (String component : must.keySet()) {
      result.put(
          component,
          new LinkConstraints(must.get(component), cannot.getOrDefault(component, List.of())));
    }
    for (String component : cannot.keySet()) {
      result.putIfAbsent(component, new LinkConstraints(List.of(), cannot.get(component)));
    }
    return result;
  }

  private static void collectWithin(
      List<LinkConstraints.Pair> pairs,
      Map<String, String> componentOf,
      Map<String, List<LinkConstraints.Pair>> byComponent) {
    for (LinkConstraints.Pair pair : pairs) {
      String component = componentOf.get(pair.first());
      if (component != null && component.equals(componentOf.get(pair.second()))) {
        byComponent.computeIfAbsent(component, c -> new ArrayList<>()).add(pair);
      }
    }
  }
}
