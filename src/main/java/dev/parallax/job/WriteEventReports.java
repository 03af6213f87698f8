package dev.parallax.job;

import dev.parallax.events.EventGroups;
import dev.parallax.io.ReportOutput;
import dev.parallax.model.Event;
import dev.parallax.model.OutletRegistry;
import dev.parallax.report.ReportColumns;
import dev.parallax.report.ReportRows;
import org.apache.spark.api.java.JavaRDD;

/** Writes {@code events.csv}, {@code event_articles.csv} and {@code event_groups.csv}. */
public final class WriteEventReports {
  private WriteEventReports() {}

  public static void apply(
      ReportOutput output, JavaRDD<Event> events, OutletRegistry registry, double blindspotShare) {
    // Sorted once for the three reports.
    JavaRDD<Event> sorted =
        SerializedValues.sortBy(events, Event::eventId, Math.max(1, events.getNumPartitions()))
            .persist(Storage.CACHED);
    output.writeCsv("events.csv", ReportColumns.EVENTS, sorted, ReportRows::event);
    output.writeCsv(
        "event_articles.csv",
        ReportColumns.EVENT_ARTICLES,
        sorted.flatMap(event -> ReportRows.eventArticles(event).iterator()),
        cells -> cells);
    output.writeCsv(
        "event_groups.csv",
        ReportColumns.EVENT_GROUPS,
        sorted.flatMap(event -> EventGroups.of(event, registry, blindspotShare).iterator()),
        ReportRows::eventGroup);
    sorted.unpersist();
  }
}
