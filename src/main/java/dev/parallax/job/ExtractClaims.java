package dev.parallax.job;

import dev.parallax.claims.ArticleClaims;
import dev.parallax.claims.ClaimAligner;
import dev.parallax.claims.ClaimExtractor;
import dev.parallax.claims.ClaimsOfEvent;
import dev.parallax.claims.DenialLinker;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.Event;
import dev.parallax.model.EventClaims;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Extracts the claims and denials of the articles of events covered by at least {@code
 * claims.min-outlets} outlets (analysis languages only: a comparison needs several outlets), groups
 * them by event, aligns claims across outlets (the claim × outlet matrix) and links each denial to
 * the claim it denies.
 */
public final class ExtractClaims {
  private ExtractClaims() {}

  /**
   * Each event's claims (cached), how many claims the events hold (sizes the claims report's sort),
   * and the claim mentions counted by outlet, cue and stance (cached; key {@code outlet \u0001 cue
   * \u0000 stance}, the cue lower-cased with its spaces collapsed, empty for mentions without one),
   * from which the attribution verbs are written.
   */
  public record Result(
      JavaRDD<EventClaims> events, long claimsFound, JavaPairRDD<String, Long> cueCounts) {}

  private record Found(JavaRDD<ClaimMention> mentions, JavaRDD<EventClaims> events) {}

  public static Result apply(
      JavaSparkContext context,
      FindEvents.Outcome events,
      dev.parallax.config.ParallaxConfig config,
      Analyses analyses,
      RunRecord.Stage stage) {
    Found result =
        apply(
            context,
            events.reportedArticles(),
            events.events(),
            analyses.claims(),
            analyses.aligner(),
            analyses.denials(),
            analyses.languages(),
            config.getInt(dev.parallax.config.ConfigKeys.CLAIMS_MIN_OUTLETS));
    // The mentions are read once, to be counted by outlet, cue and stance: their total is the
    // stage's count, and the attribution verbs are written from the counts.
    JavaPairRDD<String, Long> cueCounts =
        result
            .mentions()
            .mapToPair(
                mention ->
                    new Tuple2<>(
                        mention.outlet()
                            + "\u0001"
                            + mention
                                .cue()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replaceAll("\\s+", " ")
                            + "\u0000"
                            + mention.stance(),
                        1L))
            .reduceByKey(Long::sum)
            .persist(Storage.CACHED);
    stage.count("mentions", cueCounts.values().fold(0L, Long::sum));
    // Claims and denials in one pass over the cached events.
    long[] totals =
        result
            .events()
            .map(event -> new long[] {event.claims().size(), event.denials().size()})
            .fold(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    stage.count("claims", totals[0]);
    stage.count("denials", totals[1]);
    return new Result(result.events(), totals[0], cueCounts);
  }

  private static Found apply(
      JavaSparkContext context,
      JavaRDD<AnalysedArticle> articles,
      JavaRDD<Event> events,
      ClaimExtractor extractor,
      ClaimAligner aligner,
      DenialLinker linker,
      Set<String> languages,
      int minOutlets) {
    Set<String> compared =
        new HashSet<>(
            events
                .filter(event -> event.outlets().size() >= minOutlets)
                .map(Event::eventId)
                .collect());
    Broadcast<Set<String>> comparedEvents = context.broadcast(compared);
    // The extractor, aligner and linker hold lexicons and models (the task binary was 2.7 MB,
    // read again by every task): broadcast once.
    Broadcast<ClaimExtractor> sharedExtractor = context.broadcast(extractor);
    Broadcast<ClaimAligner> sharedAligner = context.broadcast(aligner);
    Broadcast<DenialLinker> sharedLinker = context.broadcast(linker);
    // An article's claims stay bytes while cached and grouped (SerializedValues).
    JavaPairRDD<String, byte[]> analysed =
        articles
            .filter(
                article ->
                    languages.contains(article.language())
                        && comparedEvents.value().contains(article.eventId()))
            .mapToPair(
                article ->
                    new Tuple2<>(
                        article.eventId(),
                        SerializedValues.bytes(sharedExtractor.value().analyse(article))))
            .persist(Storage.CACHED);
    JavaPairRDD<String, List<String>> outlets =
        events.mapToPair(event -> new Tuple2<>(event.eventId(), event.outlets()));
    JavaRDD<EventClaims> findings =
        analysed
            .groupByKey()
            .join(outlets)
            .map(
                group ->
                    ClaimsOfEvent.analyse(
                        group._1(),
                        SerializedValues.<ArticleClaims>read(group._2()._1()),
                        group._2()._2(),
                        sharedAligner.value(),
                        sharedLinker.value()))
            .persist(Storage.CACHED);
    return new Found(
        analysed
            .values()
            .flatMap(bytes -> SerializedValues.<ArticleClaims>value(bytes).claims().iterator()),
        findings);
  }
}
