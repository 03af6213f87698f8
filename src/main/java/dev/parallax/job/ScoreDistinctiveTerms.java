package dev.parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Event;
import dev.parallax.model.TermScore;
import dev.parallax.wording.DistinctiveTerms;
import dev.parallax.wording.OutletSides;
import dev.parallax.wording.OutletTerm;
import dev.parallax.wording.TermCounts;
import dev.parallax.wording.TermTally;
import dev.parallax.wording.TopTerms;
import dev.parallax.wording.WordingCandidate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Word choice, in two passes over the articles' term counts (copies left out: independent coverage
 * only) so that only terms that can be reported travel far. The sides compared are outlets, or
 * groups of outlets by a registry attribute ({@link OutletSides}); "outlet" below means a side:
 *
 * <ol>
 *   <li>corpus-wide: tallies per outlet and term, combined map-side; from them the outlet totals (a
 *       few hundred numbers to the driver), the corpus count of each term, and the {@code ALL}
 *       candidates (at least {@code wording.min-count-all} uses);
 *   <li>per multi-outlet event: the event's articles grouped together (article rows are far fewer
 *       than term rows) and counted there, giving each outlet's candidates (at least {@code
 *       wording.min-count} uses in the event).
 * </ol>
 *
 * Only candidates are joined with the corpus counts for the prior, scored, and cut to the top N per
 * event and outlet with a bounded merge; then the chosen rows fetch their example sentence.
 */
public final class ScoreDistinctiveTerms {
  private ScoreDistinctiveTerms() {}

  /**
   * The distinctive-term rows, each side's most used terms (for outlet_pairs.csv), and the
   * independent articles of events with at least two sides, keyed by event (for labels.csv).
   */
  public record Result(
      JavaRDD<TermScore> rows,
      Map<String, Map<String, Long>> outletTerms,
      JavaPairRDD<String, AnalysedArticle> comparedArticles,
      Runnable releaseTallies) {}

  /** Terms per outlet kept for the wording divergence of outlet pairs. */
  static final int OUTLET_PROFILE_TERMS = 200;

  public static Result apply(
      SparkSession spark,
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      JavaRDD<Event> events,
      Set<String> copyIds,
      Set<String> languages,
      OutletSides sides,
      DistinctiveTerms distinctive,
      double priorTotal,
      int topN,
      int minCountAll) {
    Set<String> compared =
        new HashSet<>(
            events
                .filter(event -> sides.of(event.outlets()).size() >= 2)
                .map(Event::eventId)
                .collect());
    Broadcast<Set<String>> comparedEvents = context.broadcast(compared);
    Broadcast<Set<String>> copies = context.broadcast(copyIds);
    JavaRDD<AnalysedArticle> independent =
        articles.filter(
            row -> languages.contains(row.language()) && !copies.value().contains(row.id()));

    // Pass 1, in Spark SQL: each outlet's count of each term over its articles. Numbers only in
    // the aggregation buffer, so Spark aggregates in a hash map (no sort of the whole vocabulary);
    // surface forms and examples are looked up later for the few rows reported.
    JavaRDD<Row> useRows =
        independent.flatMap(
            row -> {
              List<Row> found = new ArrayList<>();
              String side = sides.of(row.outlet());
              for (TermCounts.KeyCount term : TermCounts.keyCounts(row)) {
                found.add(RowFactory.create(side, term.key(), (long) term.count()));
              }
              return found.iterator();
            });
    Dataset<Row> byOutletTerm =
        spark
            .createDataFrame(useRows, USES)
            .groupBy(col("outlet"), col("key"))
            .agg(sum("count").as("count"))
            .persist(Storage.CACHED);
    Map<String, Long> outletTotals = new HashMap<>();
    for (Row total : byOutletTerm.groupBy("outlet").agg(sum("count")).collectAsList()) {
      outletTotals.put(total.getString(0), total.getLong(1));
    }
    long corpusTotal = outletTotals.values().stream().mapToLong(Long::longValue).sum();
    int minimum = Math.min(distinctive.minCount(), minCountAll);
    Dataset<Row> corpus =
        byOutletTerm
            .groupBy("key")
            .agg(sum("count").as("corpus_count"))
            .filter(col("corpus_count").geq(minimum));
    Dataset<Row> corpusWide =
        byOutletTerm
            .filter(col("count").geq(outletTotals.size() >= 2 ? minCountAll : Long.MAX_VALUE))
            .select(
                lit(WordingCandidate.ALL).as("event_id"),
                col("outlet"),
                col("key"),
                col("count"),
                // The key stands in for the surface until the reported rows are resolved.
                col("key").as("surface"),
                lit("").as("article_id"),
                lit(-1).as("example"),
                lit(-1L).as("other"),
                lit(0L).as("group_total"),
                lit(0L).as("other_total"));

    // Pass 2: per multi-outlet event, its articles together; candidates in plain Java.
    JavaPairRDD<String, AnalysedArticle> comparedArticles =
        independent
            .filter(row -> comparedEvents.value().contains(row.eventId()))
            .mapToPair(row -> new Tuple2<>(row.eventId(), row));
    JavaRDD<Row> perEventRows =
        SerializedValues.groupByKey(comparedArticles)
            .flatMap(
                event -> {
                  List<OutletTerm> found = new ArrayList<>();
                  for (AnalysedArticle row : event._2()) {
                    for (TermCounts.Term term : TermCounts.of(row)) {
                      found.add(
                          new OutletTerm(
                              sides.of(row.outlet()),
                              row.id(),
                              term.key(),
                              term.surface(),
                              term.count(),
                              term.exampleSentence(),
                              0));
                    }
                  }
                  return distinctive.candidates(event._1(), found).stream()
                      .map(ScoreDistinctiveTerms::candidateRow)
                      .iterator();
                });
    Dataset<Row> perEvent = spark.createDataFrame(perEventRows, CANDIDATES);

    // Only candidates meet the corpus counts: the prior, the score, the top N per group.
    JavaPairRDD<String, TermScore> scored =
        perEvent
            .unionByName(corpusWide)
            .join(corpus.hint("shuffle_hash"), "key")
            .javaRDD()
            .flatMapToPair(
                joined -> {
                  WordingCandidate candidate = candidateOf(joined, outletTotals, corpusTotal);
                  long corpusCount = joined.getLong(joined.fieldIndex("corpus_count"));
                  return distinctive.score(candidate, corpusCount, corpusTotal).stream()
                      .map(row -> new Tuple2<>(row.eventId() + SEPARATOR + row.outlet(), row))
                      .iterator();
                });
    JavaRDD<TermScore> chosen =
        SerializedValues.aggregateByKey(
                scored,
                ArrayList<TermScore>::new,
                (kept, row) -> distinctive.keepTop(kept, List.of(row)),
                distinctive::keepTop,
                COMBINE_KEYS)
            .flatMap(group -> group._2().iterator());
    chosen.persist(Storage.CACHED);
    JavaRDD<TermScore> reported =
        chosen
            .filter(row -> !row.eventId().equals(WordingCandidate.ALL))
            .union(
                resolveCorpusWide(
                    context,
                    chosen.filter(row -> row.eventId().equals(WordingCandidate.ALL)),
                    independent,
                    sides));
    JavaRDD<TermScore> withExamples = withExamples(context, reported, articles);
    Map<String, Map<String, Long>> outletTerms = new HashMap<>();
    for (Tuple2<String, TopTerms> outlet :
        SerializedValues.aggregateByKey(
                byOutletTerm.javaRDD().mapToPair(row -> new Tuple2<>(row.getString(0), row)),
                () -> new TopTerms(OUTLET_PROFILE_TERMS),
                (top, row) -> top.add(row.getString(1), row.getLong(2)),
                TopTerms::merge,
                COMBINE_KEYS)
            .collect()) {
      Map<String, Long> terms = new HashMap<>();
      outlet._2().best().forEach(use -> terms.put(use.term(), use.count()));
      outletTerms.put(outlet._1(), terms);
    }
    Runnable release =
        () -> {
          byOutletTerm.unpersist();
          chosen.unpersist();
          reported.unpersist();
        };
    return new Result(withExamples, outletTerms, comparedArticles, release);
  }

  /**
   * The reported rows with their example sentences: the (article, sentence) pairs they name are
   * gathered (a few per row), each article holding one reads them where it lies, and only those
   * sentences meet the rows — the corpus itself does not cross a shuffle (it did, as bytes, for a
   * join by article id).
   */
  private static JavaRDD<TermScore> withExamples(
      JavaSparkContext context, JavaRDD<TermScore> reported, JavaRDD<AnalysedArticle> articles) {
    reported.persist(Storage.CACHED);
    Map<String, Set<Integer>> wanted = new HashMap<>();
    for (Tuple2<String, Integer> pair :
        reported
            .map(row -> new Tuple2<>(row.articleId(), row.exampleIndex()))
            .distinct()
            .collect()) {
      wanted.computeIfAbsent(pair._1(), id -> new java.util.TreeSet<>()).add(pair._2());
    }
    Broadcast<Map<String, Set<Integer>>> sentencesOf = context.broadcast(wanted);
    JavaPairRDD<String, String> examples =
        articles
            .filter(row -> sentencesOf.value().containsKey(row.id()))
            .flatMapToPair(
                row -> {
                  List<Tuple2<String, String>> found = new ArrayList<>();
                  for (int index : sentencesOf.value().get(row.id())) {
                    found.add(
                        new Tuple2<>(
                            row.id() + SEPARATOR + index, row.sentence(index).text(row.text())));
                  }
                  return found.iterator();
                });
    return reported
        .mapToPair(
            row ->
                new Tuple2<>(
                    row.articleId() + SEPARATOR + row.exampleIndex(), SerializedValues.bytes(row)))
        .join(examples)
        .map(
            joined ->
                SerializedValues.<TermScore>value(joined._2()._1()).withExample(joined._2()._2()));
  }

  /**
   * The reported corpus-wide rows get their most frequent surface form and the example of their
   * first article by id: one more count over the articles of their outlets, keeping only the
   * reported terms (a few per outlet).
   */
  private static JavaRDD<TermScore> resolveCorpusWide(
      JavaSparkContext context,
      JavaRDD<TermScore> rows,
      JavaRDD<AnalysedArticle> independent,
      OutletSides sides) {
    Map<String, Set<String>> wanted = new HashMap<>();
    for (Tuple2<String, String> row :
        rows.map(row -> new Tuple2<>(row.outlet(), row.term())).collect()) {
      wanted.computeIfAbsent(row._1(), outlet -> new HashSet<>()).add(row._2());
    }
    if (wanted.isEmpty()) {
      return rows;
    }
    Broadcast<Map<String, Set<String>>> keys = context.broadcast(wanted);
    JavaPairRDD<String, TermTally> tallies =
        independent
            .filter(row -> keys.value().containsKey(sides.of(row.outlet())))
            .flatMapToPair(
                row -> {
                  String side = sides.of(row.outlet());
                  Set<String> reported = keys.value().get(side);
                  List<Tuple2<String, TermTally>> found = new ArrayList<>();
                  for (TermCounts.Term term : TermCounts.only(row, reported)) {
                    found.add(
                        new Tuple2<>(side + SEPARATOR + term.key(), TermTally.of(row.id(), term)));
                  }
                  return found.iterator();
                });
    JavaPairRDD<String, TermTally> merged =
        SerializedValues.aggregateByKey(
            tallies,
            () -> null,
            (known, tally) -> known == null ? tally : TermTally.merge(known, tally),
            TermTally::merge,
            COMBINE_KEYS);
    return rows.mapToPair(row -> new Tuple2<>(row.outlet() + SEPARATOR + row.term(), row))
        .join(merged)
        .map(
            joined -> {
              TermScore row = joined._2()._1();
              TermTally tally = joined._2()._2();
              return new TermScore(
                  row.eventId(),
                  row.outlet(),
                  tally.surface(),
                  row.count(),
                  row.otherCount(),
                  row.logOdds(),
                  row.z(),
                  row.loaded(),
                  row.weight(),
                  row.exampleSentence(),
                  tally.articleId(),
                  tally.exampleSentence());
            });
  }

  private static final String SEPARATOR = "\u0000";

  /** Keys a task combines in memory before it sends their partial results on. */
  static final int COMBINE_KEYS = 50_000;

  private static final StructType USES =
      new StructType()
          .add("outlet", DataTypes.StringType, false)
          .add("key", DataTypes.StringType, false)
          .add("count", DataTypes.LongType, false);

  private static final StructType CANDIDATES =
      new StructType()
          .add("event_id", DataTypes.StringType, false)
          .add("outlet", DataTypes.StringType, false)
          .add("key", DataTypes.StringType, false)
          .add("count", DataTypes.LongType, false)
          .add("surface", DataTypes.StringType, false)
          .add("article_id", DataTypes.StringType, false)
          .add("example", DataTypes.IntegerType, false)
          .add("other", DataTypes.LongType, false)
          .add("group_total", DataTypes.LongType, false)
          .add("other_total", DataTypes.LongType, false);

  private static Row candidateRow(WordingCandidate candidate) {
    TermTally tally = candidate.tally();
    return RowFactory.create(
        candidate.eventId(),
        candidate.outlet(),
        candidate.key(),
        tally.count(),
        tally.surface(),
        tally.articleId(),
        tally.exampleSentence(),
        candidate.other(),
        candidate.groupTotal(),
        candidate.otherTotal());
  }

  /** A joined candidate row back as a candidate; corpus-wide ones get their outlet's totals. */
  private static WordingCandidate candidateOf(
      Row row, Map<String, Long> outletTotals, long corpusTotal) {
    String eventId = row.getString(row.fieldIndex("event_id"));
    String outlet = row.getString(row.fieldIndex("outlet"));
    String key = row.getString(row.fieldIndex("key"));
    long count = row.getLong(row.fieldIndex("count"));
    TermTally tally =
        new TermTally(
            count,
            Map.of(row.getString(row.fieldIndex("surface")), count),
            row.getString(row.fieldIndex("article_id")),
            row.getInt(row.fieldIndex("example")));
    if (eventId.equals(WordingCandidate.ALL)) {
      return WordingCandidate.corpusWide(outlet, key, tally, outletTotals.get(outlet), corpusTotal);
    }
    return new WordingCandidate(
        eventId,
        outlet,
        key,
        tally,
        row.getLong(row.fieldIndex("other")),
        row.getLong(row.fieldIndex("group_total")),
        row.getLong(row.fieldIndex("other_total")));
  }
}
