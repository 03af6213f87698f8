package dev.parallax.job;

import dev.parallax.io.ReportOutput;
import dev.parallax.model.TermScore;
import dev.parallax.report.ReportColumns;
import dev.parallax.report.ReportRows;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;

/**
 * Writes {@code wording.csv} (by event, then {@code ALL}, outlet, and z-score, highest first) and
 * {@code labels.csv}, and their by-group twins {@code wording_groups.csv} and {@code
 * labels_groups.csv} (header only when no group attribute is configured).
 */
public final class WriteWordingReports {
  private WriteWordingReports() {}

  public static void apply(
      ReportOutput output,
      JavaRDD<TermScore> byOutlet,
      JavaRDD<TermScore> byGroup,
      String attribute) {
    write(output, "wording.csv", ReportColumns.WORDING, byOutlet, null);
    write(output, "wording_groups.csv", ReportColumns.WORDING_GROUPS, byGroup, attribute);
  }

  public static void labels(
      ReportOutput output,
      JavaRDD<CompareLabels.Row> byOutlet,
      JavaRDD<CompareLabels.Row> byGroup,
      String attribute) {
    writeLabels(output, "labels.csv", ReportColumns.LABELS, byOutlet, null);
    writeLabels(output, "labels_groups.csv", ReportColumns.LABELS_GROUPS, byGroup, attribute);
  }

  private static void write(
      ReportOutput output,
      String file,
      List<String> columns,
      JavaRDD<TermScore> rows,
      String attribute) {
    JavaRDD<TermScore> sorted =
        SerializedValues.sortBy(
            rows,
            row ->
                (row.eventId().equals("ALL") ? "\uffff" : row.eventId())
                    + "\u0000"
                    + row.outlet()
                    + "\u0000"
                    + String.format(Locale.ROOT, "%016.6f", 1e9 - row.weight())
                    + "\u0000"
                    + row.term(),
            Math.max(1, rows.getNumPartitions()));
    output.writeCsv(file, columns, sorted, row -> ReportRows.term(row, attribute));
  }

  /** Sorted by event, referent, side, kind, label. */
  private static void writeLabels(
      ReportOutput output,
      String file,
      List<String> columns,
      JavaRDD<CompareLabels.Row> rows,
      String attribute) {
    JavaRDD<CompareLabels.Row> sorted =
        SerializedValues.sortBy(
            rows,
            row ->
                row.eventId()
                    + "\u0000"
                    + row.label().referent()
                    + "\u0000"
                    + row.label().outlet()
                    + "\u0000"
                    + row.label().kind()
                    + "\u0000"
                    + row.label().label(),
            Math.max(1, rows.getNumPartitions()));
    output.writeCsv(
        file, columns, sorted, row -> ReportRows.label(row.eventId(), row.label(), attribute));
  }
}
