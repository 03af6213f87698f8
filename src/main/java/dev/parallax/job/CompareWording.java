package dev.parallax.job;

import dev.parallax.config.ConfigKeys;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.model.TermScore;
import dev.parallax.wording.DistinctiveTerms;
import dev.parallax.wording.OutletSides;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The word-choice stage: each side's distinctive terms ({@link ScoreDistinctiveTerms}) and its
 * labels for the same referents ({@link CompareLabels}), with the outlets as sides, and again with
 * the outlet groups of {@code wording.group-attribute} as sides.
 */
public final class CompareWording {
  private static final Logger LOG = LoggerFactory.getLogger(CompareWording.class);

  private CompareWording() {}

  /** Distinctive terms and referent labels of one comparison, cached. */
  public record Comparison(
      JavaRDD<TermScore> rows,
      JavaRDD<CompareLabels.Row> labels,
      Map<String, Map<String, Long>> sideTerms,
      String attribute) {
    static Comparison none(JavaSparkContext context) {
      return new Comparison(context.emptyRDD(), context.emptyRDD(), Map.of(), "");
    }
  }

  /** The comparison by outlet groups; none when no attribute is set or one group has it all. */
  public static Comparison byGroup(
      SparkSession spark,
      FindEvents.Outcome events,
      DetectSyndication.Result syndication,
      ParallaxConfig config,
      Analyses analyses,
      RunRecord.Stage stage) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (analyses.groups().isEmpty()) {
      return Comparison.none(context);
    }
    OutletSides groups = analyses.groups().get();
    Set<String> corpusGroups =
        groups.of(
            events.events().flatMap(event -> event.outlets().iterator()).distinct().collect());
    stage.count("groups", corpusGroups.size());
    if (corpusGroups.size() < 2) {
      LOG.info(
          "wording by {}: the corpus's outlets fall in fewer than two groups ({}), nothing to"
              + " compare",
          groups.attribute(),
          corpusGroups);
      return Comparison.none(context);
    }
    return compare(spark, events, syndication, config, analyses, groups, stage);
  }

  /** One comparison with the given sides; its rows and labels come back cached and counted. */
  public static Comparison compare(
      SparkSession spark,
      FindEvents.Outcome events,
      DetectSyndication.Result syndication,
      ParallaxConfig config,
      Analyses analyses,
      OutletSides sides,
      RunRecord.Stage stage) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Set<String> copyIds = new HashSet<>();
    syndication.copies().forEach(copy -> copyIds.add(copy.articleId()));
    double priorTotal = config.getDouble(ConfigKeys.WORDING_PRIOR_SIZE);
    int topN = config.getInt(ConfigKeys.WORDING_TOP_N);
    ScoreDistinctiveTerms.Result compared =
        ScoreDistinctiveTerms.apply(
            spark,
            context,
            events.reportedArticles(),
            events.events(),
            copyIds,
            analyses.languages(),
            sides,
            new DistinctiveTerms(
                    priorTotal,
                    topN,
                    config.getInt(ConfigKeys.WORDING_MIN_COUNT),
                    analyses.loadedWords(),
                    config.getDouble(ConfigKeys.WORDING_LOADED_WEIGHT))
                .withOutletNames(
                    events
                        .events()
                        .flatMap(event -> event.outlets().iterator())
                        .distinct()
                        .collect(),
                    analyses.rules().outlets()),
            priorTotal,
            topN,
            config.getInt(ConfigKeys.WORDING_MIN_COUNT_ALL));
    JavaRDD<TermScore> rows = compared.rows().persist(Storage.CACHED);
    stage.count("terms_reported", rows.count());
    // The rows are cached and counted: the corpus-wide tallies can leave the cache.
    compared.releaseTallies().run();
    JavaRDD<CompareLabels.Row> labels =
        CompareLabels.apply(compared.comparedArticles(), analyses.labels(), sides)
            .persist(Storage.CACHED);
    stage.count("labels_reported", labels.count());
    return new Comparison(
        rows, labels, compared.outletTerms(), sides.attribute() == null ? "" : sides.attribute());
  }
}
