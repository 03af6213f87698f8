package dev.parallax.job;

import dev.parallax.events.ArticleTerms;
import dev.parallax.events.Blocking;
import dev.parallax.events.ClusteredComponent;
import dev.parallax.events.DocumentFrequencies;
import dev.parallax.events.EventComponents;
import dev.parallax.events.EventFeatures;
import dev.parallax.events.EventSettings;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Syndication;
import dev.parallax.text.LinkConstraints;
import dev.parallax.text.SentenceVectors;
import dev.parallax.text.SimilarityEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Groups articles into events. Spark computes document frequencies, TF-IDF features, blocks ({@link
 * Blocking}: top features by time bucket) and the similarities of candidate pairs; the core
 * clusters the similarity graph by average link on the driver (edges only, never article text); a
 * grouped pass summarises each event.
 */
public final class ClusterEvents {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ClusterEvents.class);

  private ClusterEvents() {}

  /** The clustering of a set of articles, before event ids are given. */
  public record Plan(
      JavaPairRDD<String, EventFeatures> features,
      DocumentFrequencies frequencies,
      List<List<String>> clusters,
      long comparedPairs,
      long edges,
      int correctionConflicts,
      int eventsCut) {}

  /**
   * Features and clusters of {@code articles}; {@code earlier} document frequencies (from the
   * nightly state) are added to theirs, so weights stay comparable across runs.
   */
  public static Plan plan(
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      List<Syndication> copies,
      EventSettings settings,
      LinkConstraints corrections,
      Optional<SentenceVectors> vectors,
      DocumentFrequencies earlier) {
    JavaRDD<ArticleTerms> terms = termsOf(context, articles, vectors).persist(Storage.CACHED);
    DocumentFrequencies frequencies =
        terms
            .treeAggregate(
                new DocumentFrequencies(), DocumentFrequencies::add, DocumentFrequencies::merge)
            .merge(earlier);
    JavaPairRDD<String, EventFeatures> features = featuresOf(context, terms, frequencies, settings);
    ScoreCandidatePairs.Result scored = ScoreCandidatePairs.apply(features, settings);
    JavaRDD<SimilarityEdge> kept = scored.edges();
    long compared = scored.compared();
    long edgeCount = scored.kept();
    double threshold = settings.threshold();
    LinkConstraints constraints = corrections.withCopies(originalsOf(copies));
    Map<String, String> componentOf =
        EventComponents.of(
            kept.filter(edge -> edge.similarity() >= threshold).collect(), constraints);
    List<String> ids = terms.map(ArticleTerms::articleId).collect();
    terms.unpersist();
    long start = System.nanoTime();
    Broadcast<Map<String, String>> components = context.broadcast(componentOf);
    Broadcast<Map<String, LinkConstraints>> links =
        context.broadcast(EventComponents.constraintsByComponent(constraints, componentOf));
    JavaPairRDD<String, SimilarityEdge> edgesByComponent =
        kept.filter(
                edge -> {
                  String component = components.value().get(edge.first());
                  return component != null
                      && component.equals(components.value().get(edge.second()));
                })
            .mapToPair(edge -> new Tuple2<>(components.value().get(edge.first()), edge));
    JavaPairRDD<String, EventFeatures> featuresByComponent =
        features
            .filter(entry -> components.value().containsKey(entry._1()))
            .mapToPair(entry -> new Tuple2<>(components.value().get(entry._1()), entry._2()));
    // The few large components (a corpus's loosely linked politics: 33,719 of ABP's 37,554
    // articles) are clustered one after another in one task, the rest spread over the others, so
    // two large components never hold the heap at once (at 2x ABP two ran side by side and ran
    // out of a 4 GB heap); the events do not depend on where a component is clustered.
    ComponentPartitioner partitioner =
        ComponentPartitioner.of(
            componentOf,
            Math.max(2, featuresByComponent.getNumPartitions()),
            ComponentPartitioner.LARGE_COMPONENT);
    List<ClusteredComponent> parts =
        featuresByComponent
            .cogroup(edgesByComponent, partitioner)
            .map(
                group ->
                    ClusteredComponent.of(
                        group._2()._1(),
                        group._2()._2(),
                        links.value().getOrDefault(group._1(), LinkConstraints.none()),
                        settings))
            .collect();
    scored.release().run();
    components.destroy();
    links.destroy();
    List<List<String>> clusters = new ArrayList<>();
    int merged = 0;
    int largest = 0;
    for (ClusteredComponent part : parts) {
      clusters.addAll(part.events());
      merged += part.merged();
      largest = Math.max(largest, part.articles());
    }
    for (String id : ids) {
      if (!componentOf.containsKey(id)) {
        clusters.add(List.of(id));
        merged++;
      }
    }
    clusters.sort(java.util.Comparator.comparing(cluster -> cluster.get(0)));
    LOG.info(
        "events: {} edges, {} components (largest {} articles), {} average-link clusters cut into"
            + " {} events in {} s",
        edgeCount,
        parts.size(),
        largest,
        merged,
        clusters.size(),
        String.format("%.2f", (System.nanoTime() - start) / 1e9));
    return new Plan(
        features,
        frequencies,
        clusters,
        compared,
        edgeCount,
        constraints.conflicts().size(),
        clusters.size() - merged);
  }

  /** TF-IDF features of articles under the given document frequencies. */
  public static JavaPairRDD<String, EventFeatures> featuresOfArticles(
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      Optional<SentenceVectors> vectors,
      DocumentFrequencies frequencies,
      EventSettings settings) {
    return featuresOf(context, termsOf(context, articles, vectors), frequencies, settings);
  }

  /** Each article's terms, names and (with vectors, sent once to each executor) meaning. */
  private static JavaRDD<ArticleTerms> termsOf(
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      Optional<SentenceVectors> vectors) {
    if (vectors.isEmpty()) {
      return articles.map(ArticleTerms::of);
    }
    Broadcast<SentenceVectors> meaning = context.broadcast(vectors.get());
    return articles.map(row -> ArticleTerms.of(row, meaning.value()));
  }

  /** TF-IDF features of articles' terms under the given document frequencies. */
  static JavaPairRDD<String, EventFeatures> featuresOf(
      JavaSparkContext context,
      JavaRDD<ArticleTerms> terms,
      DocumentFrequencies frequencies,
      EventSettings settings) {
    Broadcast<DocumentFrequencies> idf = context.broadcast(frequencies);
    int keys = settings.blockingKeys();
    return terms
        .mapToPair(
            term -> new Tuple2<>(term.articleId(), EventFeatures.of(term, idf.value(), keys)))
        .persist(Storage.CACHED);
  }

  private static Map<String, String> originalsOf(List<Syndication> copies) {
    Map<String, String> copyOf = new HashMap<>();
    for (Syndication copy : copies) {
      if (copy.originalId() != null) {
        copyOf.put(copy.articleId(), copy.originalId());
      }
    }
    return copyOf;
  }
}
