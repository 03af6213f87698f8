package dev.parallax.job;

import dev.parallax.ingest.CopyFingerprint;
import dev.parallax.ingest.SyndicationResolver;
import dev.parallax.ingest.SyndicationResolver.Edge;
import dev.parallax.io.ArticleRow;
import dev.parallax.model.Syndication;
import dev.parallax.model.SyndicationMethod;
import dev.parallax.text.MinHash;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Finds copies: the same URL, the same normalised text (as read, before boilerplate removal, and
 * after it), or near-duplicate text in another outlet (MinHash LSH over word shingles: articles
 * meet only in shared band buckets, so the cost grows with the corpus, not with its square). The
 * candidate edges are few; the core resolver decides originals and copies on the driver.
 */
public final class DetectSyndication {
  /** 32 bands of 4 rows: pairs at Jaccard 0.8 meet with probability > 0.9999, at 0.3 with 0.23. */
  static final int BANDS = 32;

  static final int ROWS = 4;

  private DetectSyndication() {}

  /** The copies and how many oversized buckets were skipped. */
  public record Result(List<Syndication> copies, long skippedBuckets) {}

  /**
   * @param sameText groups of article ids whose text was the same as read (before boilerplate
   *     removal); members rejected since then are left out
   */
  public static Result apply(
      org.apache.spark.api.java.JavaSparkContext context,
      RemoveRepeatedParagraphs.Result cleaned,
      dev.parallax.config.ParallaxConfig config,
      RunRecord.Stage stage) {
    Result result =
        apply(
            cleaned.articles(),
            cleaned.sameText(),
            config.getInt(dev.parallax.config.ConfigKeys.SYNDICATION_SHINGLE_WORDS),
            config.getDouble(dev.parallax.config.ConfigKeys.SYNDICATION_NEAR_THRESHOLD),
            config.getInt(dev.parallax.config.ConfigKeys.SYNDICATION_MAX_BUCKET),
            context.sc().longAccumulator("skipped LSH buckets"));
    stage.count("copies", result.copies().size());
    stage.count("skipped_buckets", result.skippedBuckets());
    return result;
  }

  static Result apply(
      JavaRDD<ArticleRow> articles,
      List<List<String>> sameText,
      int shingleWords,
      double nearThreshold,
      int maxBucket,
      LongAccumulator skippedBuckets) {
    MinHash minHash = new MinHash(shingleWords, BANDS, ROWS);
    JavaRDD<CopyFingerprint> prints =
        articles.map(row -> CopyFingerprint.of(row.toArticle(), minHash)).persist(Storage.CACHED);
    JavaRDD<Edge> urlEdges =
        starEdges(
            prints
                .filter(print -> print.url() != null)
                .mapToPair(print -> new Tuple2<>(print.url(), print.candidate().id())),
            SyndicationMethod.URL);
    JavaRDD<Edge> exactEdges =
        starEdges(
            prints.mapToPair(print -> new Tuple2<>(print.textHash(), print.candidate().id())),
            SyndicationMethod.EXACT);
    JavaPairRDD<String, String> nearPairs =
        prints
            .flatMapToPair(
                print -> {
                  List<Tuple2<String, Tuple2<String, String>>> keys = new ArrayList<>();
                  for (String key : minHash.bandKeys(print.signature())) {
                    keys.add(
                        new Tuple2<>(
                            key, new Tuple2<>(print.candidate().id(), print.candidate().outlet())));
                  }
                  return keys.iterator();
                })
            .groupByKey()
            .flatMapToPair(
                bucket -> {
                  List<Tuple2<String, String>> members = new ArrayList<>();
                  bucket._2().forEach(members::add);
                  List<Tuple2<String, String>> pairs = new ArrayList<>();
                  if (members.size() > maxBucket) {
                    skippedBuckets.add(1);
                    return pairs.iterator();
                  }
                  for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                      Tuple2<String, String> first = members.get(i);
                      Tuple2<String, String> second = members.get(j);
                      if (!first._2().equals(second._2())) {
                        boolean ordered = first._1().compareTo(second._1()) < 0;
                        pairs.add(
                            ordered
                                ? new Tuple2<>(first._1(), second._1())
                                : new Tuple2<>(second._1(), first._1()));
                      }
                    }
                  }
                  return pairs.iterator();
                })
            .distinct();
    JavaPairRDD<String, long[]> signatures =
        prints.mapToPair(print -> new Tuple2<>(print.candidate().id(), print.signature()));
    JavaRDD<Edge> nearEdges =
        nearPairs
            .join(signatures)
            .mapToPair(
                pair -> new Tuple2<>(pair._2()._1(), new Tuple2<>(pair._1(), pair._2()._2())))
            .join(signatures)
            .map(
                pair -> {
                  double similarity = MinHash.similarity(pair._2()._1()._2(), pair._2()._2());
                  return new Edge(
                      pair._2()._1()._1(), pair._1(), SyndicationMethod.NEAR, similarity);
                })
            .filter(edge -> edge.similarity() >= nearThreshold);
    List<Edge> edges = new ArrayList<>(urlEdges.union(exactEdges).union(nearEdges).collect());
    Set<String> involved = new HashSet<>();
    for (Edge edge : edges) {
      involved.add(edge.firstId());
      involved.add(edge.secondId());
    }
    sameText.forEach(involved::addAll);
    List<SyndicationResolver.Candidate> candidates =
        prints
            .filter(
                print ->
                    involved.contains(print.candidate().id())
                        || print.candidate().declaredSource() != null)
            .map(CopyFingerprint::candidate)
            .collect();
    prints.unpersist();
    Set<String> accepted = new HashSet<>();
    candidates.forEach(candidate -> accepted.add(candidate.id()));
    for (List<String> group : sameText) {
      List<String> kept = group.stream().filter(accepted::contains).sorted().toList();
      for (int i = 1; i < kept.size(); i++) {
        edges.add(new Edge(kept.get(0), kept.get(i), SyndicationMethod.EXACT, 1.0));
      }
    }
    return new Result(SyndicationResolver.resolve(candidates, edges), skippedBuckets.value());
  }

  /** Edges from the smallest id of each key group to every other member. */
  private static JavaRDD<Edge> starEdges(
      JavaPairRDD<String, String> idsByKey, SyndicationMethod method) {
    return idsByKey
        .groupByKey()
        .flatMap(
            group -> {
              List<String> ids = new ArrayList<>();
              group._2().forEach(ids::add);
              ids.sort(null);
              List<Edge> edges = new ArrayList<>();
              for (int i = 1; i < ids.size(); i++) {
                edges.add(new Edge(ids.get(0), ids.get(i), method, 1.0));
              }
              return edges.iterator();
            });
  }
}
