package dev.parallax.job;

import dev.parallax.io.RejectRow;
import dev.parallax.io.ReportOutput;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Syndication;
import dev.parallax.report.ReportColumns;
import dev.parallax.report.ReportRows;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Writes {@code articles.csv}, {@code syndication.csv} and {@code rejects.csv}, each sorted by its
 * keys and streamed to one file partition by partition (nothing holds the corpus on the driver).
 */
public final class WriteIngestReports {
  private WriteIngestReports() {}

  public static void apply(
      JavaSparkContext context,
      ReportOutput output,
      JavaRDD<AnalysedArticle> articles,
      JavaRDD<RejectRow> rejects,
      List<Syndication> copies) {
    Map<String, String> originalByCopy = new HashMap<>();
    for (Syndication copy : copies) {
      originalByCopy.put(
          copy.articleId(), copy.originalId() != null ? copy.originalId() : copy.originalOutlet());
    }
    Broadcast<Map<String, String>> originals = context.broadcast(originalByCopy);
    // Cells first, then the sort: only the short rows travel, never the article text. The rows are
    // cached, so that the sort's sampling pass (its range partitioner's bounds) reads them, not the
    // analysed articles a second time.
    org.apache.spark.api.java.JavaPairRDD<String, List<String>> rows =
        articles
            .mapToPair(
                row ->
                    new scala.Tuple2<>(
                        row.id(),
                        ReportRows.article(row.article(), originals.value().get(row.id()))))
            .persist(Storage.CACHED);
    JavaRDD<List<String>> articleCells = rows.sortByKey(true, articles.getNumPartitions()).values();
    output.writeCsv("articles.csv", ReportColumns.ARTICLES, articleCells, cells -> cells);
    rows.unpersist();
    output.writeCsv(
        "syndication.csv", ReportColumns.SYNDICATION, copies.iterator(), ReportRows::syndication);
    JavaRDD<RejectRow> sortedRejects =
        rejects.sortBy(
            row ->
                String.format(
                    "%s\u0000%012d\u0000%s", row.getSourceFile(), row.getRecord(), row.getReason()),
            true,
            Math.max(1, rejects.getNumPartitions()));
    output.writeCsv(
        "rejects.csv",
        ReportColumns.REJECTS,
        sortedRejects,
        row -> ReportRows.reject(row.toReject()));
  }
}
