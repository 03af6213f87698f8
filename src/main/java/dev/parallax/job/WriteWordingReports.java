package dev.parallax.job;

import dev.parallax.io.ReportOutput;
import dev.parallax.report.Cells;
import dev.parallax.report.ReportColumns;
import dev.parallax.wording.WordingRow;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;

/** Writes {@code wording.csv}: by event (then {@code ALL}), outlet, and z-score, highest first. */
public final class WriteWordingReports {
  private WriteWordingReports() {}

  public static void apply(ReportOutput output, JavaRDD<WordingRow> rows) {
    JavaRDD<WordingRow> sorted =
        rows.sortBy(
            row ->
                (row.eventId().equals("ALL") ? "\uffff" : row.eventId())
                    + "\u0000"
                    + row.outlet()
                    + "\u0000"
                    + String.format(Locale.ROOT, "%016.6f", 1e9 - row.z())
                    + "\u0000"
                    + row.term(),
            true,
            Math.max(1, rows.getNumPartitions()));
    output.writeCsv(
        "wording.csv",
        ReportColumns.WORDING,
        sorted.toLocalIterator(),
        row ->
            List.of(
                row.eventId(),
                row.outlet(),
                row.term(),
                Cells.integer(row.count()),
                Cells.integer(row.otherCount()),
                Cells.decimal(row.logOdds()),
                Cells.decimal(row.z()),
                row.exampleSentence(),
                row.articleId()));
  }

  /** labels.csv, sorted by event, referent, outlet, label. */
  public static void labels(ReportOutput output, JavaRDD<CompareLabels.Row> rows) {
    JavaRDD<CompareLabels.Row> sorted =
        rows.sortBy(
            row ->
                row.eventId()
                    + "\u0000"
                    + row.label().referent()
                    + "\u0000"
                    + row.label().outlet()
                    + "\u0000"
                    + row.label().label(),
            true,
            Math.max(1, rows.getNumPartitions()));
    output.writeCsv(
        "labels.csv",
        ReportColumns.LABELS,
        sorted.toLocalIterator(),
        row ->
            List.of(
                row.eventId(),
                row.label().referent(),
                row.label().outlet(),
                row.label().label(),
                Cells.integer(row.label().count()),
                row.label().sentence(),
                row.label().articleId()));
  }
}
