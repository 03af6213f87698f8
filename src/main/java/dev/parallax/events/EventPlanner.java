package dev.parallax.events;

import dev.parallax.text.AverageLinkClustering;
import dev.parallax.text.LinkConstraints;
import dev.parallax.text.SimilarityEdge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans events for articles held in memory, with the same steps the Spark stage distributes:
 * document frequencies, TF-IDF features, blocking on each article's top features (articles meet
 * only in blocks of at most {@code maxBlock}), similarities of candidate pairs, copies tied to
 * their originals, average-link clustering, and the divisive pass of {@link EventSplitter}.
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
    Map<String, EventFeatures> byId = new HashMap<>();
    Map<String, List<Blocking.Member>> blocks = new HashMap<>();
    for (EventFeatures feature : features) {
      byId.put(feature.articleId(), feature);
      for (String key : Blocking.keysOf(feature, settings.windowDays())) {
        blocks
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Blocking.Member(feature.articleId(), feature.publishedMillis() != null));
      }
    }
    Map<String, SimilarityEdge> edges = new HashMap<>();
    for (Map.Entry<String, List<Blocking.Member>> block : blocks.entrySet()) {
      for (String[] pair :
          Blocking.pairs(
              block.getKey(),
              block.getValue(),
              settings.maxBlock(),
              settings.outsideWeight() > 0)) {
        String key = pair[0] + "\u0000" + pair[1];
        if (!edges.containsKey(key)) {
          double similarity = byId.get(pair[0]).similarity(byId.get(pair[1]), settings);
          if (similarity >= EDGE_FLOOR * settings.threshold()) {
            edges.put(key, new SimilarityEdge(pair[0], pair[1], similarity));
          }
        }
      }
    }
    List<SimilarityEdge> all = new ArrayList<>(edges.values());
    List<String> ids = new ArrayList<>();
    for (ArticleTerms terms : articles) {
      ids.add(terms.articleId());
    }
    LinkConstraints constraints = LinkConstraints.none().withCopies(copyOf);
    return split(cluster(ids, all, constraints, byId, settings), byId, constraints, settings);
  }

  /** Each cluster through {@link EventSplitter}, listed by first id. */
  public static List<List<String>> split(
      List<List<String>> clusters,
      Map<String, EventFeatures> features,
      LinkConstraints constraints,
      EventSettings settings) {
    List<List<String>> result = new ArrayList<>();
    for (List<String> cluster : clusters) {
      if (cluster.size() < EventSplitter.MIN_ARTICLES) {
        result.add(cluster);
      } else {
        result.addAll(
            EventSplitter.split(
                cluster.stream().map(features::get).toList(), constraints, settings));
      }
    }
    result.sort(java.util.Comparator.comparing(cluster -> cluster.get(0)));
    return result;
  }

  /**
   * Clusters under constraints (corrections, and copies tied to their originals) and the time rule
   * of {@link EventSettings#timeRule}: a topic covered now and then does not chain into one event.
   */
  public static List<List<String>> cluster(
      Collection<String> ids,
      Collection<SimilarityEdge> edges,
      LinkConstraints constraints,
      Map<String, EventFeatures> features,
      EventSettings settings) {
    Map<String, Long> dates = new HashMap<>();
    for (String id : ids) {
      EventFeatures feature = features.get(id);
      if (feature != null && feature.publishedMillis() != null) {
        dates.put(id, feature.publishedMillis());
      }
    }
    return AverageLinkClustering.cluster(
        ids, edges, settings.threshold(), constraints, dates, settings.timeRule());
  }
}
