package dev.parallax.job;

import dev.parallax.io.ReportOutput;
import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.Denial;
import dev.parallax.model.DenialMention;
import dev.parallax.model.EventClaims;
import dev.parallax.report.Cells;
import dev.parallax.report.ReportColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Writes {@code claims.csv}, {@code claim_coverage.csv}, {@code attribution_verbs.csv}, {@code
 * denials.csv} and {@code one_sided.csv}.
 */
public final class WriteClaimReports {
  private WriteClaimReports() {}

  /** About 10,000 claims (and their coverage rows, one per covering outlet) per fetched part. */
  static final long CLAIMS_PER_PARTITION = 10_000;

  public static void apply(
      ReportOutput output, JavaRDD<EventClaims> events, JavaRDD<ClaimMention> mentions) {
    JavaRDD<Claim> claims = events.flatMap(event -> event.claims().iterator());
    // Each partition writes its part of a report on an executor (ReportOutput.writeCsv): parts of
    // about CLAIMS_PER_PARTITION claims keep the largest, the claim x outlet matrix, small per
    // task.
    long claimCount = claims.count();
    int partitions =
        (int) Math.max(Math.max(1, claims.getNumPartitions()), claimCount / CLAIMS_PER_PARTITION);
    JavaRDD<Claim> sorted =
        claims
            .sortBy(claim -> claim.eventId() + "\u0000" + claim.claimId(), true, partitions)
            .persist(Storage.CACHED);
    output.writeCsv(
        "claims.csv",
        ReportColumns.CLAIMS,
        sorted,
        claim ->
            List.of(
                claim.claimId(),
                claim.eventId(),
                claim.canonical().content(),
                claim.source(),
                claim.canonical().cue(),
                claim.canonical().kind(),
                Cells.list(claim.outletsPresent()),
                Cells.list(claim.outletsAbsent()),
                claim.firstSeenOutlet(),
                Cells.integer(claim.members().size()),
                claim.canonical().articleId(),
                Cells.text(claim.canonical().url()),
                claim.canonical().sentenceText()));
    output.writeCsv(
        "claim_coverage.csv",
        ReportColumns.CLAIM_COVERAGE,
        sorted.flatMap(claim -> coverage(claim).iterator()),
        cells -> cells);
    sorted.unpersist();
    JavaRDD<Tuple2<String, String>> outletCues =
        mentions
            .filter(mention -> !mention.cue().isEmpty())
            .map(
                mention ->
                    new Tuple2<>(
                        mention.outlet(),
                        mention.cue().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                            + "\u0000"
                            + mention.stance()));
    java.util.Map<String, Long> perOutlet = outletCues.map(Tuple2::_1).countByValue();
    JavaRDD<List<String>> verbs =
        outletCues
            .mapToPair(pair -> new Tuple2<>(pair._1() + "\u0001" + pair._2(), 1L))
            .reduceByKey(Long::sum)
            .sortByKey()
            .map(
                entry -> {
                  String[] outletAndCue = entry._1().split("\u0001", 2);
                  String[] cueAndStance = outletAndCue[1].split("\u0000", 2);
                  return List.of(
                      outletAndCue[0],
                      cueAndStance[0],
                      cueAndStance[1],
                      Cells.integer(entry._2()),
                      Cells.decimal((double) entry._2() / perOutlet.get(outletAndCue[0])));
                });
    output.writeCsv("attribution_verbs.csv", ReportColumns.ATTRIBUTION_VERBS, verbs, c -> c);
    // Each event's rows first, then the sort by event: the events' claims never travel.
    int eventPartitions = Math.max(1, events.getNumPartitions());
    output.writeCsv(
        "denials.csv",
        ReportColumns.DENIALS,
        events
            .mapToPair(
                event ->
                    new scala.Tuple2<>(
                        event.eventId(),
                        event.denials().stream()
                            .sorted(java.util.Comparator.comparing(Denial::denialId))
                            .toList()))
            .sortByKey(true, eventPartitions)
            .flatMap(event -> event._2().iterator()),
        denial ->
            List.of(
                denial.denialId(),
                denial.eventId(),
                denial.denier(),
                denial.deniedText(),
                denial.linkedClaimId(),
                denial.kind(),
                Cells.list(denial.outlets()),
                Cells.list(
                    denial.mentions().stream().map(DenialMention::articleId).distinct().toList()),
                Cells.list(denial.mentions().stream().map(DenialMention::sentenceText).toList())));
    output.writeCsv(
        "one_sided.csv",
        ReportColumns.ONE_SIDED,
        events
            .mapToPair(event -> new scala.Tuple2<>(event.eventId(), event.oneSided()))
            .sortByKey(true, eventPartitions)
            .flatMap(event -> event._2().iterator()),
        row ->
            List.of(
                row.eventId(),
                row.claimId(),
                row.outlet(),
                Cells.bool(row.carriesClaim()),
                Cells.bool(row.carriesDenial()),
                row.denialPosition(),
                row.articleId()));
  }

  private static List<List<String>> coverage(Claim claim) {
    List<String> outlets = new ArrayList<>(claim.outletsPresent());
    outlets.addAll(claim.outletsAbsent());
    outlets.sort(null);
    List<List<String>> rows = new ArrayList<>();
    for (String outlet : outlets) {
      ClaimMention best = claim.bestOf(outlet);
      rows.add(
          best == null
              ? List.of(claim.eventId(), claim.claimId(), outlet, "false", "", "", "", "", "")
              : List.of(
                  claim.eventId(),
                  claim.claimId(),
                  outlet,
                  "true",
                  best.articleId(),
                  Cells.text(best.url()),
                  best.placement(),
                  Cells.integer(best.paragraph()),
                  best.sentenceText()));
    }
    return rows;
  }
}
