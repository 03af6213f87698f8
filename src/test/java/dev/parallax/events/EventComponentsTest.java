package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.AverageLinkClustering;
import dev.parallax.text.LinkConstraints;
import dev.parallax.text.SimilarityEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventComponentsTest {

  @Test
  void clusteringEachComponentAloneGivesTheSameEventsAsTheWholeGraph() {
    Random random = new Random(11);
    for (int round = 0; round < 20; round++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        ids.add(String.format("a%02d", i));
      }
      List<SimilarityEdge> edges = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        int a = random.nextInt(60);
        int b = random.nextInt(60);
        if (a != b) {
          edges.add(SimilarityEdge.of(ids.get(a), ids.get(b), random.nextDouble() * 0.6));
        }
      }
      Map<String, SimilarityEdge> distinct = new HashMap<>();
      edges.forEach(edge -> distinct.put(edge.first() + "|" + edge.second(), edge));
      edges = new ArrayList<>(distinct.values());
      LinkConstraints must =
          new LinkConstraints(List.of(new LinkConstraints.Pair("a01", "a02")), List.of());
      double threshold = 0.3;
      Set<List<String>> whole =
          new HashSet<>(AverageLinkClustering.cluster(ids, edges, threshold, must));

      List<SimilarityEdge> strong =
          edges.stream().filter(edge -> edge.similarity() >= threshold).toList();
      Map<String, String> componentOf = EventComponents.of(strong, must);
      Map<String, List<String>> members = new HashMap<>();
      Set<List<String>> parts = new HashSet<>();
      for (String id : ids) {
        String component = componentOf.get(id);
        if (component == null) {
          parts.add(List.of(id));
        } else {
          members.computeIfAbsent(component, c -> new ArrayList<>()).add(id);
        }
      }
      for (Map.Entry<String, List<String>> component : members.entrySet()) {
        List<SimilarityEdge> inside =
            edges.stream()
                .filter(edge -> component.getKey().equals(componentOf.get(edge.first())))
                .filter(edge -> component.getKey().equals(componentOf.get(edge.second())))
                .toList();
        parts.addAll(AverageLinkClustering.cluster(component.getValue(), inside, threshold, must));
      }
      assertThat(parts).isEqualTo(whole);
      assertThat(componentOf.get("a01")).isEqualTo(componentOf.get("a02"));
    }
  }
}
