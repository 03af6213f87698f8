package dev.parallax.job;

import dev.parallax.io.ReportOutput;
import dev.parallax.model.Claim;
import dev.parallax.model.Denial;
import dev.parallax.model.EventClaims;
import dev.parallax.report.ReportColumns;
import dev.parallax.report.ReportRows;
import dev.parallax.report.ReportedClaims;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Writes {@code claims.csv} and {@code claim_coverage.csv} (the claims {@link ReportedClaims}
 * keeps), {@code attribution_verbs.csv}, {@code denials.csv} and {@code one_sided.csv}.
 */
public final class WriteClaimReports {
  private WriteClaimReports() {}

  /**
   * About 50,000 claims found per part of the claims reports: on the 37,554 ABP articles the
   * reports keep a fifth of the claims found, so about 10,000 claims (and their coverage rows, one
   * per covering outlet) per part.
   */
  static final long CLAIMS_PER_PARTITION = 50_000;

  /**
   * Writes the claims reports: {@code mentionsByCue} are the claims stage's mention counts by
   * outlet, cue and stance ({@link ExtractClaims.Result#cueCounts}), {@code claimsFound} (the
   * stage's count of claims) sizes the parts.
   */
  public static void apply(
      ReportOutput output,
      JavaRDD<EventClaims> events,
      org.apache.spark.api.java.JavaPairRDD<String, Long> mentionsByCue,
      ReportedClaims.Limits limits,
      long claimsFound) {
    JavaRDD<Claim> claims = events.flatMap(event -> ReportedClaims.of(event, limits).iterator());
    // Each partition writes its part of a report on an executor (ReportOutput.writeCsv): parts of
    // CLAIMS_PER_PARTITION claims found keep the largest, the claim x outlet matrix, small per
    // task. Sized from the stage's count: counting the kept claims here was a pass of its own.
    int partitions =
        (int) Math.max(Math.max(1, claims.getNumPartitions()), claimsFound / CLAIMS_PER_PARTITION);
    // Claims are sorted as bytes: the sort's buffers have Spark's SizeEstimator walk what they
    // hold, and a claim with its mentions is a deep object graph (SerializedValues).
    JavaRDD<Claim> sorted =
        SerializedValues.sortBy(
                claims,
                claim -> claim.eventId() + "\u0000" + String.format("%010d", claim.rank()),
                partitions)
            .persist(Storage.CACHED);
    output.writeCsv("claims.csv", ReportColumns.CLAIMS, sorted, ReportRows::claim);
    output.writeCsv(
        "claim_coverage.csv",
        ReportColumns.CLAIM_COVERAGE,
        sorted.flatMap(claim -> ReportRows.coverage(claim).iterator()),
        cells -> cells);
    sorted.unpersist();
    // The claims stage's counts by outlet, cue and stance; mentions without a cue left out.
    org.apache.spark.api.java.JavaPairRDD<String, Long> cueCounts =
        mentionsByCue.filter(
            entry -> entry._1().indexOf('\u0001') + 1 != entry._1().indexOf('\u0000'));
    // Each outlet's total from the counted cues.
    java.util.Map<String, Long> perOutlet =
        cueCounts
            .mapToPair(entry -> new Tuple2<>(entry._1().split("\u0001", 2)[0], entry._2()))
            .reduceByKey(Long::sum)
            .collectAsMap();
    JavaRDD<List<String>> verbs =
        cueCounts
            .sortByKey()
            .map(
                entry -> {
                  String[] outletAndCue = entry._1().split("\u0001", 2);
                  String[] cueAndStance = outletAndCue[1].split("\u0000", 2);
                  return ReportRows.attributionVerb(
                      outletAndCue[0],
                      cueAndStance[0],
                      cueAndStance[1],
                      entry._2(),
                      perOutlet.get(outletAndCue[0]));
                });
    output.writeCsv("attribution_verbs.csv", ReportColumns.ATTRIBUTION_VERBS, verbs, c -> c);
    // Each event's rows first, then the sort by event (no sampling pass: event ids are hashes):
    // the events' claims never travel.
    int eventPartitions = Math.max(1, events.getNumPartitions());
    output.writeCsv(
        "denials.csv",
        ReportColumns.DENIALS,
        events
            .mapToPair(
                event ->
                    new scala.Tuple2<>(
                        event.eventId(),
                        SerializedValues.bytes(
                            new java.util.ArrayList<>(
                                event.denials().stream()
                                    .sorted(java.util.Comparator.comparing(Denial::denialId))
                                    .toList()))))
            .repartitionAndSortWithinPartitions(new EventOrderPartitioner(eventPartitions))
            .flatMap(event -> SerializedValues.<List<Denial>>value(event._2()).iterator()),
        ReportRows::denial);
    output.writeCsv(
        "one_sided.csv",
        ReportColumns.ONE_SIDED,
        events
            .mapToPair(
                event ->
                    new scala.Tuple2<>(
                        event.eventId(),
                        SerializedValues.bytes(new java.util.ArrayList<>(event.oneSided()))))
            .repartitionAndSortWithinPartitions(new EventOrderPartitioner(eventPartitions))
            .flatMap(
                event ->
                    SerializedValues.<List<dev.parallax.model.OneSided>>value(event._2())
                        .iterator()),
        ReportRows::oneSided);
  }
}
