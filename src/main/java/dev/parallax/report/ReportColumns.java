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
          "shared_names",
          "meaning_similarity",
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

  public static final List<String> CLAIMS =
      List.of(
          "claim_id",
          "event_id",
          "rank",
          "canonical_text",
          "source",
          "cue",
          "kind",
          "outlets_present",
          "outlets_absent",
          "first_seen_outlet",
          "mentions",
          "evidence_article_id",
          "evidence_url",
          "evidence_sentence");

  public static final List<String> CLAIM_COVERAGE =
      List.of(
          "event_id",
          "claim_id",
          "outlet",
          "present",
          "article_id",
          "url",
          "placement",
          "paragraph",
          "sentence");

  public static final List<String> ATTRIBUTION_VERBS =
      List.of("outlet", "cue", "stance", "count", "share");

  public static final List<String> DENIALS =
      List.of(
          "denial_id",
          "event_id",
          "denier",
          "denied_text",
          "linked_claim_id",
          "kind",
          "outlets_reporting",
          "article_ids",
          "sentences");

  public static final List<String> ONE_SIDED =
      List.of(
          "event_id",
          "claim_id",
          "outlet",
          "carries_claim",
          "carries_denial",
          "denial_position",
          "article_id");

  public static final List<String> WORDING =
      List.of(
          "event_id",
          "outlet",
          "term",
          "count",
          "other_count",
          "log_odds",
          "z",
          "loaded",
          "example_sentence",
          "article_id");

  public static final List<String> LABELS =
      List.of(
          "event_id",
          "referent",
          "outlet",
          "kind",
          "label",
          "count",
          "example_sentence",
          "article_id");

  /** wording.csv by outlet group: the attribute, then the group in the outlet's place. */
  public static final List<String> WORDING_GROUPS = byGroup(WORDING);

  /** labels.csv by outlet group. */
  public static final List<String> LABELS_GROUPS = byGroup(LABELS);

  private static List<String> byGroup(List<String> columns) {
    List<String> grouped = new java.util.ArrayList<>();
    for (String column : columns) {
      if (column.equals("outlet")) {
        grouped.add("attribute");
        grouped.add("group");
      } else {
        grouped.add(column);
      }
    }
    return List.copyOf(grouped);
  }

  public static final List<String> CHANGES =
      List.of("change", "event_id", "item_id", "outlet", "detail", "since");

  public static final List<String> OUTLET_PAIRS =
      List.of(
          "outlet_a",
          "outlet_b",
          "shared_events",
          "claim_overlap",
          "denial_agreement",
          "wording_divergence");

  /** Every CSV report by file name, in the order the README's data dictionary lists them. */
  public static final java.util.Map<String, List<String>> ALL = ordered();

  private static java.util.Map<String, List<String>> ordered() {
    java.util.Map<String, List<String>> all = new java.util.LinkedHashMap<>();
    all.put("articles.csv", ARTICLES);
    all.put("syndication.csv", SYNDICATION);
    all.put("rejects.csv", REJECTS);
    all.put("events.csv", EVENTS);
    all.put("event_articles.csv", EVENT_ARTICLES);
    all.put("event_groups.csv", EVENT_GROUPS);
    all.put("claims.csv", CLAIMS);
    all.put("claim_coverage.csv", CLAIM_COVERAGE);
    all.put("attribution_verbs.csv", ATTRIBUTION_VERBS);
    all.put("denials.csv", DENIALS);
    all.put("one_sided.csv", ONE_SIDED);
    all.put("wording.csv", WORDING);
    all.put("labels.csv", LABELS);
    all.put("wording_groups.csv", WORDING_GROUPS);
    all.put("labels_groups.csv", LABELS_GROUPS);
    all.put("changes.csv", CHANGES);
    all.put("outlet_pairs.csv", OUTLET_PAIRS);
    return java.util.Collections.unmodifiableMap(all);
  }
}
