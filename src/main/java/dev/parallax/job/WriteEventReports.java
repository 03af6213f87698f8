package dev.parallax.job;

import dev.parallax.events.EventGroups;
import dev.parallax.io.ReportOutput;
import dev.parallax.model.Event;
import dev.parallax.model.OutletRegistry;
import dev.parallax.report.Cells;
import dev.parallax.report.ReportColumns;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/** Writes {@code events.csv}, {@code event_articles.csv} and {@code event_groups.csv}. */
public final class WriteEventReports {
  private WriteEventReports() {}

  public static void apply(
      ReportOutput output, JavaRDD<Event> events, OutletRegistry registry, double blindspotShare) {
    JavaRDD<Event> sorted =
        events.sortBy(Event::eventId, true, Math.max(1, events.getNumPartitions()));
    output.writeCsv(
        "events.csv",
        ReportColumns.EVENTS,
        sorted,
        event ->
            List.of(
                event.eventId(),
                event.label(),
                Cells.instant(event.firstSeen()),
                Cells.instant(event.lastSeen()),
                Cells.integer(event.articles()),
                Cells.integer(event.outlets().size()),
                Cells.integer(event.independentArticles()),
                Cells.list(event.outlets())));
    output.writeCsv(
        "event_articles.csv",
        ReportColumns.EVENT_ARTICLES,
        sorted.flatMap(
            event ->
                event.members().stream()
                    .map(
                        member ->
                            List.of(
                                event.eventId(),
                                member.articleId(),
                                member.outlet(),
                                Cells.instant(member.published()),
                                Cells.decimal(member.similarity()),
                                Cells.bool(member.copy())))
                    .iterator()),
        cells -> cells);
    output.writeCsv(
        "event_groups.csv",
        ReportColumns.EVENT_GROUPS,
        sorted.flatMap(event -> EventGroups.of(event, registry, blindspotShare).iterator()),
        row ->
            List.of(
                row.eventId(),
                row.attribute(),
                row.group(),
                Cells.integer(row.independentArticles()),
                Cells.decimal(row.share()),
                Cells.bool(row.blindspot())));
  }
}
