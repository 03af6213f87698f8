package dev.parallax.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans events for articles held in memory, with the same steps the Spark stage distributes:
 * document frequencies, TF-IDF features, blocking on each article's top features (articles meet
 * only in blocks of at most {@code maxBlock}), similarities of candidate pairs, copies tied to
 * their originals, and average-link clustering.
 */
public final class EventPlanner {
  private EventPlanner() {}

  /** Edges below this share of the threshold barely move an average: they are not kept. */
  public static final double EDGE_FLOOR = 0.5;

  /** Clusters of article ids. {@code copyOf} maps a copy's id to its original's id. */
  public static List<List<String>> plan(
      List<ArticleTerms> articles, Map<String, String> copyOf, EventSettings settings) {
    DocumentFrequencies frequencies = new DocumentFrequencies();
    articles.forEach(frequencies::add);
    List<EventFeatures> features = new ArrayList<>();
    for (ArticleTerms terms : articles) {
      features.add(EventFeatures.of(terms, frequencies, settings.blockingKeys()));
    }
    Map<Integer, List<EventFeatures>> blocks = new HashMap<>();
    for (EventFeatures feature : features) {
      for (int key : feature.blockingKeys()) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(feature);
      }
    }
    Map<String, SimilarityEdge> edges = new HashMap<>();
    for (List<EventFeatures> block : blocks.values()) {
      if (block.size() > settings.maxBlock()) {
        continue;
      }
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          EventFeatures first = block.get(i);
          EventFeatures second = block.get(j);
          String key = pairKey(first.articleId(), second.articleId());
          if (!edges.containsKey(key)) {
            double similarity = first.similarity(second, settings);
            if (similarity >= EDGE_FLOOR * settings.threshold()) {
              edges.put(key, SimilarityEdge.of(first.articleId(), second.articleId(), similarity));
            }
          }
        }
      }
    }
    List<SimilarityEdge> all = new ArrayList<>(edges.values());
    List<String> ids = new ArrayList<>();
    for (ArticleTerms terms : articles) {
      ids.add(terms.articleId());
    }
    return cluster(ids, all, LinkConstraints.none().withCopies(copyOf), settings);
  }

  /** Clusters under constraints (corrections, and copies tied to their originals). */
  public static List<List<String>> cluster(
      Collection<String> ids,
      Collection<SimilarityEdge> edges,
      LinkConstraints constraints,
      EventSettings settings) {
    return AverageLinkClustering.cluster(ids, edges, settings.threshold(), constraints);
  }

  private static String pairKey(String one, String other) {
    return one.compareTo(other) < 0 ? one + "\u0000" + other : other + "\u0000" + one;
  }
}
