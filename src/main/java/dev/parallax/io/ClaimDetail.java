package dev.parallax.io;

import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.EventClaims;
import dev.parallax.report.ReportedClaims;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code parquet/claim_mentions/} ({@code report.parquet=true}): every mention of every claim, the
 * claims the CSVs leave out included, one row each, with its claim's rank and whether the CSVs hold
 * that claim.
 */
public final class ClaimDetail {
  private ClaimDetail() {}

  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            field("event_id", DataTypes.StringType),
            field("claim_id", DataTypes.StringType),
            field("rank", DataTypes.IntegerType),
            field("in_csv", DataTypes.BooleanType),
            field("canonical", DataTypes.BooleanType),
            field("article_id", DataTypes.StringType),
            field("outlet", DataTypes.StringType),
            field("url", DataTypes.StringType),
            field("published", DataTypes.TimestampType),
            field("placement", DataTypes.StringType),
            field("paragraph", DataTypes.IntegerType),
            field("sentence_index", DataTypes.IntegerType),
            field("sentence", DataTypes.StringType),
            field("source", DataTypes.StringType),
            field("cue", DataTypes.StringType),
            field("content", DataTypes.StringType),
            field("kind", DataTypes.StringType),
            field("stance", DataTypes.StringType)
          });

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /** Writes the mentions; {@code quoteText} false leaves the sentence and content columns null. */
  public static void write(
      SparkSession spark,
      JavaRDD<EventClaims> events,
      ReportedClaims.Limits limits,
      boolean quoteText,
      String path) {
    JavaRDD<Row> rows =
        events.flatMap(
            event -> {
              Set<String> inCsv = new HashSet<>();
              ReportedClaims.of(event, limits).forEach(claim -> inCsv.add(claim.claimId()));
              List<Row> out = new ArrayList<>();
              for (Claim claim : event.claims()) {
                for (ClaimMention mention : claim.members()) {
                  out.add(row(claim, mention, inCsv.contains(claim.claimId()), quoteText));
                }
              }
              return out.iterator();
            });
    spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Overwrite).parquet(path);
  }

  private static Row row(Claim claim, ClaimMention mention, boolean inCsv, boolean quoteText) {
    return RowFactory.create(
        claim.eventId(),
        claim.claimId(),
        claim.rank(),
        inCsv,
        mention.key().equals(claim.canonical().key()),
        mention.articleId(),
        mention.outlet(),
        mention.url(),
        mention.publishedMillis() == null
            ? null
            : new java.sql.Timestamp(mention.publishedMillis()),
        mention.placement(),
        mention.paragraph(),
        mention.sentence(),
        quoteText ? mention.sentenceText() : null,
        mention.source(),
        mention.cue(),
        quoteText ? mention.content() : null,
        mention.kind(),
        mention.stance());
  }
}
