package dev.parallax.report;

import java.util.List;

/** The columns of every report, in order: the single source for writers, README and tests. */
public final class ReportColumns {
  private ReportColumns() {}

  public static final List<String> ARTICLES =
      List.of(
          "id",
          "outlet",
          "url",
          "title",
          "published",
          "date_source",
          "language",
          "words",
          "syndicated_from");

  public static final List<String> SYNDICATION =
      List.of("article_id", "outlet", "original_id", "original_outlet", "method", "similarity");

  public static final List<String> REJECTS =
      List.of("source_file", "record", "id", "field", "reason", "detail", "excerpt");

  public static final List<String> EVENTS =
      List.of(
          "event_id",
          "label",
          "first_seen",
          "last_seen",
          "articles",
          "outlets",
          "independent_articles",
          "outlet_list");

  public static final List<String> EVENT_ARTICLES =
      List.of("event_id", "article_id", "outlet", "published", "similarity", "is_copy");

  public static final List<String> EVENT_GROUPS =
      List.of("event_id", "attribute", "group", "independent_articles", "share", "blindspot");
}
