package dev.parallax.job;

import dev.parallax.config.ConfigKeys;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.io.ReportOutput;
import dev.parallax.report.ChangesReport;
import dev.parallax.report.HtmlReport;
import dev.parallax.report.OutletPairs;
import dev.parallax.report.ReportColumns;
import dev.parallax.report.ReportRows;
import dev.parallax.report.ReportTables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The reports built from the written CSVs, on the driver, streaming them: {@code changes.csv}
 * (against the previous run date in the same folder), {@code outlet_pairs.csv}, {@code
 * report.html}; and, with {@code report.parquet=true}, a Parquet copy of every CSV report.
 */
final class WriteSummaries {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(WriteSummaries.class);

  private WriteSummaries() {}

  @SuppressWarnings("unchecked")
  static void apply(
      SparkSession spark,
      ReportOutput output,
      RunManifest manifest,
      Map<String, Map<String, Long>> outletTerms,
      ParallaxConfig config) {
    ReportTables written = output.written();
    // The changes and the outlet pairs read different reports: on two threads at once.
    java.util.concurrent.CompletableFuture<Void> changesWritten =
        java.util.concurrent.CompletableFuture.runAsync(
            () -> {
              List<ChangesReport.Change> changes =
                  ChangesReport.between(written, output.previousRun());
              output.writeCsv(
                  "changes.csv",
                  ReportColumns.CHANGES,
                  changes.iterator(),
                  ChangesReport.Change::cells);
            });
    List<OutletPairs.Pair> pairs = OutletPairs.of(written, outletTerms);
    try {
      changesWritten.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    output.writeCsv(
        "outlet_pairs.csv", ReportColumns.OUTLET_PAIRS, pairs.iterator(), ReportRows::outletPair);

    Map<String, Object> document = manifest.document();
    Map<String, Object> counts = (Map<String, Object>) document.get("counts");
    Map<String, Long> rejects = new LinkedHashMap<>();
    ((Map<String, Object>) counts.get("rejected_by_reason"))
        .forEach((reason, count) -> rejects.put(reason, ((Number) count).longValue()));
    long htmlStarted = System.nanoTime();
    String html =
        HtmlReport.render(
            written,
            new HtmlReport.RunFacts(
                String.valueOf(document.get("run_date")),
                String.valueOf(document.get("parallax_version")),
                counts,
                rejects),
            config.getInt(ConfigKeys.REPORT_HTML_TOP_EVENTS),
            config.getInt(ConfigKeys.REPORT_CLAIMS_PER_EVENT),
            pairs);
    LOG.info(
        "report.html built from the written reports in {} s",
        String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - htmlStarted) / 1e9));
    output.writeText("report.html", html);

    if (config.getBoolean(ConfigKeys.REPORT_PARQUET)) {
      for (String report : ReportColumns.ALL.keySet()) {
        String stem = report.substring(0, report.length() - ".csv".length());
        spark
            .read()
            .option("header", "true")
            .option("multiLine", "true")
            .option("escape", "\"")
            .option("inferSchema", "true")
            .csv(output.temporaryFile(report))
            .coalesce(1)
            .write()
            .mode(SaveMode.Overwrite)
            .parquet(output.temporaryFile("parquet/" + stem));
      }
    }
  }
}
