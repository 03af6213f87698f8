package dev.parallax.job;

import dev.parallax.events.ArticleTerms;
import dev.parallax.events.Blocking;
import dev.parallax.events.DocumentFrequencies;
import dev.parallax.events.EventCentroid;
import dev.parallax.events.EventComponents;
import dev.parallax.events.EventFeatures;
import dev.parallax.events.EventPlanner;
import dev.parallax.events.EventSettings;
import dev.parallax.events.EventSummaries;
import dev.parallax.events.PairGrid;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.Syndication;
import dev.parallax.text.LinkConstraints;
import dev.parallax.text.SimilarityEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
      DocumentFrequencies earlier) {
    JavaRDD<ArticleTerms> terms = articles.map(row -> ArticleTerms.of(row)).persist(Storage.CACHED);
    DocumentFrequencies frequencies =
        terms
            .treeAggregate(
                new DocumentFrequencies(), DocumentFrequencies::add, DocumentFrequencies::merge)
            .merge(earlier);
    JavaPairRDD<String, EventFeatures> features = featuresOf(context, terms, frequencies, settings);
    int maxBlock = settings.maxBlock();
    int windowDays = settings.windowDays();
    boolean acrossTime = settings.outsideWeight() > 0;
    // Articles are numbered for the pair work: a pair travels as one long, not two id strings.
    JavaPairRDD<Integer, EventFeatures> numbered =
        features
            .values()
            .zipWithIndex()
            .mapToPair(entry -> new Tuple2<>((int) (long) entry._2(), entry._1()))
            .persist(Storage.CACHED);
    long articleCount = numbered.count();
    JavaRDD<Long> pairs =
        numbered
            .flatMapToPair(
                entry -> {
                  // A member is its number and whether it is dated, in one int.
                  int member = entry._1() * 2 + (entry._2().publishedMillis() != null ? 1 : 0);
                  List<Tuple2<String, Integer>> memberships = new ArrayList<>();
                  for (String key : Blocking.keysOf(entry._2(), windowDays)) {
                    memberships.add(new Tuple2<>(key, member));
                  }
                  return memberships.iterator();
                })
            .groupByKey()
            .flatMap(
                block -> {
                  List<Integer> members = new ArrayList<>();
                  block._2().forEach(members::add);
                  int[] numbers = new int[members.size()];
                  boolean[] dated = new boolean[members.size()];
                  for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = members.get(i) / 2;
                    dated[i] = members.get(i) % 2 == 1;
                  }
                  List<Long> candidates = new ArrayList<>();
                  for (long pair :
                      Blocking.numberedPairs(block._1(), numbers, dated, maxBlock, acrossTime)) {
                    candidates.add(pair);
                  }
                  return candidates.iterator();
                })
            .distinct()
            .persist(Storage.CACHED);
    long compared = pairs.count();
    // Scored on a grid of cells (PairGrid): each cell gets its pairs and the features of its two
    // parts' articles, so features travel once per cell, not once per pair.
    PairGrid grid = PairGrid.forArticles(articleCount);
    org.apache.spark.Partitioner byCell = new org.apache.spark.HashPartitioner(grid.cells());
    JavaPairRDD<Integer, Tuple2<Integer, EventFeatures>> featuresByCell =
        numbered.flatMapToPair(
            entry -> {
              List<Tuple2<Integer, Tuple2<Integer, EventFeatures>>> sent = new ArrayList<>();
              for (int cell : grid.cellsOf(entry._1())) {
                sent.add(new Tuple2<>(cell, entry));
              }
              return sent.iterator();
            });
    double floor = EventPlanner.EDGE_FLOOR * settings.threshold();
    JavaRDD<SimilarityEdge> kept =
        pairs
            .mapToPair(pair -> new Tuple2<>(grid.cellOf(pair), pair))
            .cogroup(featuresByCell, byCell)
            .flatMap(
                cell -> {
                  Map<Integer, EventFeatures> byNumber = new HashMap<>();
                  cell._2()._2().forEach(entry -> byNumber.put(entry._1(), entry._2()));
                  List<SimilarityEdge> scored = new ArrayList<>();
                  for (long pair : cell._2()._1()) {
                    EventFeatures first = byNumber.get(Blocking.firstOf(pair));
                    EventFeatures second = byNumber.get(Blocking.secondOf(pair));
                    double similarity = first.similarity(second, settings);
                    if (similarity >= floor) {
                      scored.add(
                          SimilarityEdge.of(first.articleId(), second.articleId(), similarity));
                    }
                  }
                  return scored.iterator();
                })
            .persist(Storage.CACHED);
    long edgeCount = kept.count();
    pairs.unpersist();
    numbered.unpersist();
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
        context.broadcast(byComponent(constraints, componentOf));
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
            componentOf, Math.max(2, featuresByComponent.getNumPartitions()), LARGE_COMPONENT);
    List<Clustered> parts =
        featuresByComponent
            .cogroup(edgesByComponent, partitioner)
            .map(
                group ->
                    Clustered.of(
                        group._2()._1(),
                        group._2()._2(),
                        links.value().getOrDefault(group._1(), LinkConstraints.none()),
                        settings))
            .collect();
    kept.unpersist();
    components.destroy();
    links.destroy();
    List<List<String>> clusters = new ArrayList<>();
    int merged = 0;
    int largest = 0;
    for (Clustered part : parts) {
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

  /** Components of at least this many articles are clustered in one task, one at a time. */
  static final int LARGE_COMPONENT = 2_000;

  /**
   * Sends the components of at least {@code large} articles to partition 0 and hashes the others
   * over the remaining partitions.
   */
  static final class ComponentPartitioner extends org.apache.spark.Partitioner {
    private final int partitions;
    private final java.util.HashSet<String> largeComponents;

    ComponentPartitioner(int partitions, Set<String> largeComponents) {
      if (partitions < 2) {
        throw new IllegalArgumentException("at least 2 partitions, got " + partitions);
      }
      this.partitions = partitions;
      this.largeComponents = new java.util.HashSet<>(largeComponents);
    }

    /** The partitioner for components given as article id to component id. */
    static ComponentPartitioner of(Map<String, String> componentOf, int partitions, int large) {
      Map<String, Integer> sizes = new HashMap<>();
      componentOf.values().forEach(component -> sizes.merge(component, 1, Integer::sum));
      Set<String> largeOnes = new java.util.HashSet<>();
      sizes.forEach(
          (component, size) -> {
            if (size >= large) {
              largeOnes.add(component);
            }
          });
      return new ComponentPartitioner(partitions, largeOnes);
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      if (largeComponents.contains(key)) {
        return 0;
      }
      return 1 + Math.floorMod(key.hashCode(), partitions - 1);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ComponentPartitioner that
          && that.partitions == partitions
          && that.largeComponents.equals(largeComponents);
    }

    @Override
    public int hashCode() {
      return 31 * partitions + largeComponents.hashCode();
    }
  }

  /** Each component's own constraints (a pair across components can never be put together). */
  private static Map<String, LinkConstraints> byComponent(
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

  /**
   * One component of the strong-edge graph ({@link EventComponents}) clustered on an executor:
   * average link over its edges, then the divisive pass ({@link EventSplitter}); only ids come
   * back.
   */
  record Clustered(List<List<String>> events, int merged, int articles)
      implements java.io.Serializable {
    static Clustered of(
        Iterable<EventFeatures> members,
        Iterable<SimilarityEdge> edges,
        LinkConstraints constraints,
        EventSettings settings) {
      Map<String, EventFeatures> byId = new HashMap<>();
      members.forEach(member -> byId.put(member.articleId(), member));
      List<SimilarityEdge> edgeList = new ArrayList<>();
      edges.forEach(edgeList::add);
      List<List<String>> merged =
          EventPlanner.cluster(byId.keySet(), edgeList, constraints, settings);
      List<List<String>> events = EventPlanner.split(merged, byId, constraints, settings);
      return new Clustered(events, merged.size(), byId.size());
    }
  }

  /** TF-IDF features of articles under the given document frequencies. */
  public static JavaPairRDD<String, EventFeatures> featuresOfArticles(
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      DocumentFrequencies frequencies,
      EventSettings settings) {
    return featuresOf(context, articles.map(row -> ArticleTerms.of(row)), frequencies, settings);
  }

  /** Running centroids of the events of featured articles, for the nightly state. */
  public static JavaRDD<EventCentroid> centroids(
      JavaSparkContext context,
      JavaPairRDD<String, EventFeatures> features,
      Map<String, String> eventOf) {
    Broadcast<Map<String, String>> events = context.broadcast(eventOf);
    return features
        .mapToPair(entry -> new Tuple2<>(events.value().get(entry._1()), entry._2()))
        .groupByKey()
        .map(
            group -> {
              List<EventFeatures> members = new ArrayList<>();
              group._2().forEach(members::add);
              return EventCentroid.of(group._1(), members);
            });
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

  /** Event ids for a plan with no earlier events: each cluster's own stable id. */
  public static Map<String, String> newEventIds(List<List<String>> clusters) {
    Map<String, String> eventOf = new HashMap<>();
    for (List<String> cluster : clusters) {
      String eventId = EventSummaries.eventIdOf(cluster);
      cluster.forEach(id -> eventOf.put(id, eventId));
    }
    return eventOf;
  }

  /** Summaries of the events of {@code articles}, given each article's event id. */
  public static JavaRDD<Event> summarise(
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      JavaPairRDD<String, EventFeatures> features,
      Map<String, String> eventOf,
      Set<String> copyIds) {
    Broadcast<Map<String, String>> events = context.broadcast(eventOf);
    Broadcast<Set<String>> copySet = context.broadcast(copyIds);
    // The label reads the title and the lead only: the rest of the text need not travel.
    return articles
        .mapToPair(row -> new Tuple2<>(row.id(), titleAndLead(row.article())))
        .join(features)
        .mapToPair(
            joined ->
                new Tuple2<>(
                    events.value().get(joined._1()),
                    new Tuple2<>(joined._2()._1(), joined._2()._2())))
        .groupByKey()
        .map(
            group -> {
              List<Article> members = new ArrayList<>();
              List<EventFeatures> memberFeatures = new ArrayList<>();
              group
                  ._2()
                  .forEach(
                      member -> {
                        members.add(member._1());
                        memberFeatures.add(member._2());
                      });
              return EventSummaries.of(group._1(), members, memberFeatures, copySet.value());
            })
        .persist(Storage.CACHED);
  }

  private static Article titleAndLead(Article article) {
    return article.paragraphs().size() <= 1
        ? article
        : article.withParagraphs(List.of(article.paragraphs().get(0)));
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
