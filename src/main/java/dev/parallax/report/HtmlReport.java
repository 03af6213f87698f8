package dev.parallax.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no network) with the
 * run's counts and rejects, the events ranked by the outlets covering them, and for the top events
 * the claim × outlet matrix, the one-sided list and each outlet's distinctive terms as bar charts;
 * every cell links to its evidence (outlet, title, URL, sentence). All text from articles is
 * HTML-escaped. Built from the written CSV reports, streamed: only the top events' rows are kept.
 */
public final class HtmlReport {
  private static final int MAX_LISTED = 1_000;
  private static final int HEATMAP_OUTLETS = 30;

  private HtmlReport() {}

  /** What the page says about the run itself (from the manifest). */
  public record RunFacts(
      String runDate, String version, Map<String, Object> counts, Map<String, Long> rejects) {}

  private record EventInfo(
      String id, String label, String first, String last, int articles, List<String> outlets) {}

  private record Cell(String articleId, String url, String sentence, String placement) {}

  private record Article(String title, String url) {}

  public static String render(
      ReportTables reports,
      RunFacts facts,
      int topEvents,
      int claimsPerEvent,
      List<OutletPairs.Pair> pairs) {
    List<EventInfo> events = new ArrayList<>();
    reports.forEach(
        "events.csv",
        row ->
            events.add(
                new EventInfo(
                    row.get("event_id"),
                    row.get("label"),
                    row.get("first_seen"),
                    row.get("last_seen"),
                    parseInt(row.get("articles")),
                    new ArrayList<>(ChangesReport.list(row.get("outlet_list"))))));
    events.sort(
        Comparator.comparing((EventInfo e) -> -e.outlets().size())
            .thenComparing(e -> -e.articles())
            .thenComparing(EventInfo::id));
    List<EventInfo> top = events.subList(0, Math.min(topEvents, events.size()));
    Set<String> topIds = new HashSet<>();
    top.forEach(event -> topIds.add(event.id()));

    Map<String, List<Map<String, String>>> claimsByEvent = new HashMap<>();
    reports.forEach("claims.csv", row -> keep(claimsByEvent, topIds, row));
    Map<String, Cell> coverage = new HashMap<>();
    Set<String> evidenceArticles = new HashSet<>();
    reports.forEach(
        "claim_coverage.csv",
        row -> {
          if (topIds.contains(row.get("event_id")) && "true".equals(row.get("present"))) {
            coverage.put(
                row.get("claim_id") + "\u0000" + row.get("outlet"),
                new Cell(
                    row.get("article_id"),
                    row.get("url"),
                    row.get("sentence"),
                    row.get("placement")));
            evidenceArticles.add(row.get("article_id"));
          }
        });
    Map<String, List<Map<String, String>>> oneSidedByEvent = new HashMap<>();
    reports.forEach("one_sided.csv", row -> keep(oneSidedByEvent, topIds, row));
    Map<String, List<Map<String, String>>> wordingByEvent = new HashMap<>();
    reports.forEach("wording.csv", row -> keep(wordingByEvent, topIds, row));
    Map<String, List<Map<String, String>>> labelsByEvent = new HashMap<>();
    reports.forEach("labels.csv", row -> keep(labelsByEvent, topIds, row));
    labelsByEvent
        .values()
        .forEach(rows -> rows.forEach(r -> evidenceArticles.add(r.get("article_id"))));
    oneSidedByEvent
        .values()
        .forEach(rows -> rows.forEach(r -> evidenceArticles.add(r.get("article_id"))));
    wordingByEvent
        .values()
        .forEach(rows -> rows.forEach(r -> evidenceArticles.add(r.get("article_id"))));
    Map<String, Article> articles = new HashMap<>();
    reports.forEach(
        "articles.csv",
        row -> {
          if (evidenceArticles.contains(row.get("id"))) {
            articles.put(row.get("id"), new Article(row.get("title"), row.get("url")));
          }
        });

    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Parallax report ")
        .append(esc(facts.runDate()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    html.append("<header><h1>Parallax: how outlets covered the news</h1><p>Run date <b>")
        .append(esc(facts.runDate()))
        .append("</b> · Parallax ")
        .append(esc(facts.version()))
        .append(" · reports in this folder: <a href=\"events.csv\">events.csv</a>, ")
        .append(
            "<a href=\"claims.csv\">claims.csv</a>, <a href=\"one_sided.csv\">one_sided.csv</a>,")
        .append(" <a href=\"wording.csv\">wording.csv</a>, <a href=\"changes.csv\">changes.csv</a>")
        .append("</p></header>\n");

    html.append("<section id=\"run\"><h2>Run</h2><table class=\"counts\"><tr>");
    for (String key : List.of("read", "accepted", "rejected", "copies")) {
      html.append("<th>").append(key).append("</th>");
    }
    html.append("<th>events</th></tr><tr>");
    for (String key : List.of("read", "accepted", "rejected", "copies")) {
      html.append("<td>")
          .append(esc(String.valueOf(facts.counts().getOrDefault(key, 0))))
          .append("</td>");
    }
    html.append("<td>").append(events.size()).append("</td></tr></table>\n<h3>Rejects</h3>");
    if (facts.rejects().isEmpty()) {
      html.append("<p>None.</p>\n");
    } else {
      html.append("<table class=\"counts\"><tr><th>reason</th><th>records</th></tr>");
      new TreeMap<>(facts.rejects())
          .forEach(
              (reason, count) ->
                  html.append("<tr><td>")
                      .append(esc(reason))
                      .append("</td><td>")
                      .append(count)
                      .append("</td></tr>"));
      html.append(
          "</table><p>Each rejected record, with file, line and field: <a href=\"rejects.csv\">rejects.csv</a>.</p>\n");
    }
    html.append("</section>\n");

    html.append(
        "<section id=\"events\"><h2>Events by outlets covering them</h2><ol class=\"events\">");
    for (EventInfo event : top) {
      html.append("<li><a href=\"#event-")
          .append(esc(event.id()))
          .append("\">")
          .append(esc(event.label()))
          .append("</a> <span class=\"meta\">")
          .append(event.outlets().size())
          .append(" outlets · ")
          .append(event.articles())
          .append(" articles · ")
          .append(esc(event.first()))
          .append(" – ")
          .append(esc(event.last()))
          .append("</span></li>");
    }
    html.append("</ol>\n");
    if (events.size() > top.size()) {
      List<EventInfo> rest = events.subList(top.size(), events.size());
      html.append("<details><summary>")
          .append(rest.size())
          .append(
              " more events (all in <a href=\"events.csv\">events.csv</a>)</summary><ul class=\"rest\">");
      for (EventInfo event : rest.subList(0, Math.min(MAX_LISTED, rest.size()))) {
        html.append("<li><code>")
            .append(esc(event.id()))
            .append("</code> ")
            .append(esc(event.label()))
            .append(" <span class=\"meta\">")
            .append(event.outlets().size())
            .append(" outlets</span></li>");
      }
      if (rest.size() > MAX_LISTED) {
        html.append("<li>… and ")
            .append(rest.size() - MAX_LISTED)
            .append(" more in events.csv</li>");
      }
      html.append("</ul></details>\n");
    }
    html.append("</section>\n");

    for (EventInfo event : top) {
      renderEvent(
          html,
          event,
          claimsByEvent.getOrDefault(event.id(), List.of()),
          coverage,
          oneSidedByEvent.getOrDefault(event.id(), List.of()),
          wordingByEvent.getOrDefault(event.id(), List.of()),
          labelsByEvent.getOrDefault(event.id(), List.of()),
          articles,
          claimsPerEvent);
    }
    renderPairs(html, pairs);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void renderEvent(
      StringBuilder html,
      EventInfo event,
      List<Map<String, String>> claims,
      Map<String, Cell> coverage,
      List<Map<String, String>> oneSided,
      List<Map<String, String>> wording,
      List<Map<String, String>> labels,
      Map<String, Article> articles,
      int claimsPerEvent) {
    html.append("<section class=\"event\" id=\"event-")
        .append(esc(event.id()))
        .append("\"><h2>")
        .append(esc(event.label()))
        .append("</h2><p class=\"meta\"><code>")
        .append(esc(event.id()))
        .append("</code> · ")
        .append(esc(event.first()))
        .append(" – ")
        .append(esc(event.last()))
        .append(" · ")
        .append(event.articles())
        .append(" articles · outlets: ")
        .append(esc(String.join(", ", event.outlets())))
        .append("</p>\n");

    Map<String, Map<String, String[]>> denialState = new HashMap<>();
    for (Map<String, String> row : oneSided) {
      denialState
          .computeIfAbsent(row.get("claim_id"), c -> new HashMap<>())
          .put(
              row.get("outlet"),
              new String[] {
                row.get("carries_claim"),
                row.get("carries_denial"),
                row.get("denial_position"),
                row.get("article_id")
              });
    }
    List<Map<String, String>> shown = new ArrayList<>(claims);
    shown.sort(
        Comparator.comparing((Map<String, String> c) -> rankOf(c))
            .thenComparing(c -> c.get("claim_id")));
    html.append("<h3>Claims × outlets</h3>");
    if (shown.isEmpty()) {
      html.append("<p>No claims carried by several outlets.</p>");
    } else {
      int first = Math.min(claimsPerEvent, shown.size());
      matrix(html, shown.subList(0, first), event, coverage, denialState, articles);
      List<Map<String, String>> more = shown.subList(first, shown.size());
      if (!more.isEmpty()) {
        html.append("<details><summary>")
            .append(more.size())
            .append(more.size() == 1 ? " more claim" : " more claims")
            .append(" carried by several outlets, denied, or among an outlet's first</summary>");
        matrix(html, more, event, coverage, denialState, articles);
        html.append("</details>");
      }
      html.append("<p class=\"meta\">Claims in rank order (main claims first); claims.csv has")
          .append(" them all, with their rank.</p>");
      html.append(LEGEND);
    }

    html.append("<h3>One-sided coverage</h3>");
    List<Map<String, String>> missing =
        oneSided.stream()
            .filter(
                r ->
                    "true".equals(r.get("carries_claim"))
                        && "false".equals(r.get("carries_denial")))
            .toList();
    if (missing.isEmpty()) {
      html.append("<p>No outlet carries a denied claim without its denial.</p>");
    } else {
      html.append("<ul class=\"one-sided\">");
      Map<String, String> claimText = new HashMap<>();
      claims.forEach(c -> claimText.put(c.get("claim_id"), c.get("canonical_text")));
      for (Map<String, String> row : missing) {
        Article article = articles.get(row.get("article_id"));
        html.append("<li><b>")
            .append(esc(row.get("outlet")))
            .append("</b> carries <a href=\"#claim-")
            .append(esc(row.get("claim_id")))
            .append("\">")
            .append(esc(claimText.getOrDefault(row.get("claim_id"), row.get("claim_id"))))
            .append("</a> without its denial");
        if (article != null) {
          html.append(" — <a href=\"")
              .append(esc(article.url()))
              .append("\">")
              .append(esc(article.title()))
              .append("</a>");
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }

    html.append("<h3>Labels for the same referent</h3>");
    if (labels.isEmpty()) {
      html.append("<p>No referent named by several outlets.</p>");
    } else {
      html.append(
          "<table class=\"labels\"><thead><tr><th>referent</th><th>outlet</th><th>labels</th></tr></thead><tbody>");
      Map<String, Map<String, List<Map<String, String>>>> byReferent = new TreeMap<>();
      for (Map<String, String> row : labels) {
        byReferent
            .computeIfAbsent(row.get("referent"), r -> new TreeMap<>())
            .computeIfAbsent(row.get("outlet"), o -> new ArrayList<>())
            .add(row);
      }
      byReferent.forEach(
          (referent, outlets) ->
              outlets.forEach(
                  (outlet, rows) -> {
                    html.append("<tr><th>")
                        .append(esc(referent))
                        .append("</th><td>")
                        .append(esc(outlet))
                        .append("</td><td>");
                    for (Map<String, String> row : rows) {
                      Article article = articles.get(row.get("article_id"));
                      html.append("<a class=\"label\" href=\"")
                          .append(esc(article == null ? "#" : article.url()))
                          .append("\" title=\"")
                          .append(esc(row.get("example_sentence")))
                          .append("\">")
                          .append(esc(row.get("label")))
                          .append("</a> ×")
                          .append(esc(row.get("count")))
                          .append(" ");
                    }
                    html.append("</td></tr>");
                  }));
      html.append("</tbody></table>");
    }

    html.append("<h3>Distinctive terms per outlet</h3>");
    Map<String, List<Map<String, String>>> byOutlet = new LinkedHashMap<>();
    for (Map<String, String> row : wording) {
      byOutlet.computeIfAbsent(row.get("outlet"), o -> new ArrayList<>()).add(row);
    }
    if (byOutlet.isEmpty()) {
      html.append("<p>No term reaches the reporting threshold.</p>");
    }
    html.append("<div class=\"charts\">");
    for (Map.Entry<String, List<Map<String, String>>> outlet : byOutlet.entrySet()) {
      renderBars(html, outlet.getKey(), outlet.getValue(), articles);
    }
    html.append("</div></section>\n");
  }

  private static void renderBars(
      StringBuilder html,
      String outlet,
      List<Map<String, String>> rows,
      Map<String, Article> articles) {
    double max = rows.stream().mapToDouble(r -> parseDouble(r.get("z"))).max().orElse(1);
    int height = 22 * rows.size() + 8;
    html.append("<figure class=\"bars\"><figcaption>")
        .append(esc(outlet))
        .append("</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"360\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"distinctive terms of ")
        .append(esc(outlet))
        .append("\">");
    int y = 4;
    for (Map<String, String> row : rows) {
      double z = parseDouble(row.get("z"));
      int width = (int) Math.max(2, Math.round(180 * z / Math.max(max, 1e-9)));
      Article article = articles.get(row.get("article_id"));
      String tip =
          row.get("term")
              + " — z "
              + row.get("z")
              + ", "
              + row.get("count")
              + " uses (others "
              + row.get("other_count")
              + ")"
              + (row.get("example_sentence").isEmpty()
                  ? ""
                  : " — “" + row.get("example_sentence") + "”");
      html.append("<a href=\"")
          .append(esc(article == null ? "#" : article.url()))
          .append("\"><title>")
          .append(esc(tip))
          .append("</title><text x=\"0\" y=\"")
          .append(y + 14)
          .append("\" class=\"term\">")
          .append(esc(row.get("term")))
          .append("</text><rect x=\"140\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"14\" class=\"bar\"/><text x=\"")
          .append(146 + width)
          .append("\" y=\"")
          .append(y + 14)
          .append("\" class=\"z\">")
          .append(esc(row.get("z")))
          .append("</text></a>");
      y += 22;
    }
    html.append("</svg></figure>");
  }

  private static void renderPairs(StringBuilder html, List<OutletPairs.Pair> pairs) {
    html.append("<section id=\"pairs\"><h2>Which outlets frame alike</h2>");
    if (pairs.isEmpty()) {
      html.append("<p>No two outlets covered the same event.</p></section>\n");
      return;
    }
    Map<String, Integer> shared = new HashMap<>();
    for (OutletPairs.Pair pair : pairs) {
      shared.merge(pair.outletA(), pair.sharedEvents(), Integer::sum);
      shared.merge(pair.outletB(), pair.sharedEvents(), Integer::sum);
    }
    List<String> outlets =
        shared.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(HEATMAP_OUTLETS)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    Map<String, OutletPairs.Pair> byKey = new HashMap<>();
    pairs.forEach(p -> byKey.put(p.outletA() + "\u0000" + p.outletB(), p));
    int cell = 22;
    int left = 170;
    int topMargin = 170;
    int size = left + cell * outlets.size() + 10;
    html.append(
            "<p>Claim overlap (Jaccard of the claims both carry, over the events both covered); ")
        .append("hover a cell for shared events, denial agreement and wording divergence. ")
        .append("All pairs: <a href=\"outlet_pairs.csv\">outlet_pairs.csv</a>.</p>")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" width=\"")
        .append(size)
        .append("\" height=\"")
        .append(topMargin + cell * outlets.size() + 10)
        .append("\" role=\"img\" aria-label=\"claim overlap between outlets\">");
    for (int i = 0; i < outlets.size(); i++) {
      html.append("<text x=\"")
          .append(left - 6)
          .append("\" y=\"")
          .append(topMargin + cell * i + 15)
          .append("\" text-anchor=\"end\" class=\"label\">")
          .append(esc(outlets.get(i)))
          .append("</text><text transform=\"translate(")
          .append(left + cell * i + 15)
          .append(",")
          .append(topMargin - 6)
          .append(") rotate(-60)\" class=\"label\">")
          .append(esc(outlets.get(i)))
          .append("</text>");
    }
    for (int i = 0; i < outlets.size(); i++) {
      for (int j = 0; j < outlets.size(); j++) {
        if (i == j) {
          continue;
        }
        String a = outlets.get(Math.min(i, j));
        String b = outlets.get(Math.max(i, j));
        OutletPairs.Pair pair = byKey.get(a + "\u0000" + b);
        if (pair == null) {
          continue;
        }
        double overlap = pair.claimOverlap() == null ? 0 : pair.claimOverlap();
        String tip =
            a
                + " / "
                + b
                + ": "
                + pair.sharedEvents()
                + " shared events, claim overlap "
                + format(pair.claimOverlap())
                + ", denial agreement "
                + format(pair.denialAgreement())
                + ", wording divergence "
                + format(pair.wordingDivergence());
        html.append("<rect x=\"")
            .append(left + cell * j)
            .append("\" y=\"")
            .append(topMargin + cell * i)
            .append("\" width=\"")
            .append(cell - 2)
            .append("\" height=\"")
            .append(cell - 2)
            .append("\" fill=\"")
            .append(heat(overlap))
            .append("\"><title>")
            .append(esc(tip))
            .append("</title></rect>");
      }
    }
    html.append("</svg></section>\n");
  }

  private static String heat(double value) {
    int shade = (int) Math.round(235 - 185 * Math.max(0, Math.min(1, value)));
    return String.format(
        Locale.ROOT, "rgb(%d,%d,%d)", shade, shade + 10 > 255 ? 255 : shade + 10, 255);
  }

  private static String format(Double value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static void keep(
      Map<String, List<Map<String, String>>> byEvent, Set<String> events, Map<String, String> row) {
    if (events.contains(row.get("event_id"))) {
      byEvent.computeIfAbsent(row.get("event_id"), e -> new ArrayList<>()).add(row);
    }
  }

  private static int parseInt(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static double parseDouble(String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** HTML-escapes text for element content and attribute values. */
  public static String esc(String text) {
    return text == null ? "" : StringEscapeUtils.escapeHtml4(text).replace("'", "&#39;");
  }

  private static final Map<String, String> SYMBOL =
      Map.of("present", "●", "both", "◐", "denial", "✕", "absent", "·");

  private static final String LEGEND =
      "<p class=\"legend\"><span class=\"present\">● carries the claim</span>"
          + " <span class=\"both\">◐ carries the claim and its denial</span>"
          + " <span class=\"denial\">✕ carries only the denial</span>"
          + " <span class=\"absent\">· covers the event, not the claim</span></p>";

  private static final String CSS =
      String.join(
          "\n",
          "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:1.5rem auto;max-width:78rem;padding:0 1rem;color:#1d1d1f;line-height:1.4}",
          "h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}",
          ".meta{color:#666;font-size:.9em}code{font-size:.85em}",
          "table.counts{border-collapse:collapse}table.counts th,table.counts td{border:1px solid #ccc;padding:.25rem .6rem;text-align:right}",
          "table.matrix{border-collapse:collapse;font-size:.9em}table.matrix th,table.matrix td{border:1px solid #ddd;padding:.3rem}",
          "table.matrix th.claim{text-align:left;font-weight:normal;max-width:32rem}table.matrix th.outlet{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}",
          "td.present{background:#2e7d32;text-align:center}td.both{background:#f9a825;text-align:center}td.denial{background:#c62828;text-align:center}td.absent{background:#f3f3f3;text-align:center}",
          "td a{color:#fff;text-decoration:none;font-weight:bold}td.absent span{color:#999}",
          ".legend span{display:inline-block;margin-right:1rem;padding:.1rem .4rem;border-radius:.2rem}.legend .present{background:#2e7d32;color:#fff}.legend .both{background:#f9a825}.legend .denial{background:#c62828;color:#fff}.legend .absent{background:#f3f3f3}",
          ".sr{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}",
          ".charts{display:flex;flex-wrap:wrap;gap:1rem}figure.bars{margin:0}figure.bars figcaption{font-weight:bold}",
          "svg .term,svg .z,svg .label{font-size:12px;fill:#333}svg .bar{fill:#1565c0}",
          "table.labels{border-collapse:collapse}table.labels th,table.labels td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}a.label{background:#ede7f6;border-radius:.2rem;padding:0 .3rem;color:#311b92;text-decoration:none}",
          "ul.rest{columns:2}");

  /** A claim's rank from claims.csv (reports written before ranks sort last). */
  private static int rankOf(Map<String, String> claim) {
    String rank = claim.get("rank");
    return rank == null || rank.isEmpty() ? Integer.MAX_VALUE : parseInt(rank);
  }

  /** One claim × outlet table; every cell links to its evidence. */
  private static void matrix(
      StringBuilder html,
      List<Map<String, String>> claims,
      EventInfo event,
      Map<String, Cell> coverage,
      Map<String, Map<String, String[]>> denialState,
      Map<String, Article> articles) {
    html.append("<table class=\"matrix\"><thead><tr><th>claim (source · cue)</th>");
    for (String outlet : event.outlets()) {
      html.append("<th class=\"outlet\">").append(esc(outlet)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (Map<String, String> claim : claims) {
      String claimId = claim.get("claim_id");
      html.append("<tr><th class=\"claim\" id=\"claim-")
          .append(esc(claimId))
          .append("\">")
          .append(esc(claim.get("canonical_text")))
          .append(" <span class=\"meta\">")
          .append(esc(claim.get("source")))
          .append(" · ")
          .append(esc(claim.get("cue")))
          .append(" · ")
          .append(esc(claim.get("kind")))
          .append("</span></th>");
      for (String outlet : event.outlets()) {
        Cell cell = coverage.get(claimId + "\u0000" + outlet);
        String[] denial = denialState.getOrDefault(claimId, Map.of()).get(outlet);
        boolean carriesDenial = denial != null && "true".equals(denial[1]);
        String state =
            cell != null
                ? (carriesDenial ? "both" : "present")
                : (carriesDenial ? "denial" : "absent");
        String articleId = cell != null ? cell.articleId() : carriesDenial ? denial[3] : null;
        html.append("<td class=\"")
            .append(state)
            .append("\" data-outlet=\"")
            .append(esc(outlet))
            .append("\">");
        if (articleId != null && !articleId.isEmpty()) {
          Article article = articles.get(articleId);
          String url =
              cell != null && !cell.url().isEmpty()
                  ? cell.url()
                  : article == null ? "" : article.url();
          String tip =
              outlet
                  + " — "
                  + (article == null ? articleId : article.title())
                  + (cell != null && !cell.sentence().isEmpty()
                      ? " — “" + cell.sentence() + "”"
                      : "")
                  + (carriesDenial ? " — denial: " + denial[2] : "");
          html.append("<a href=\"")
              .append(esc(url.isEmpty() ? "#" : url))
              .append("\" title=\"")
              .append(esc(tip))
              .append("\">")
              .append(SYMBOL.get(state))
              .append("<span class=\"sr\">")
              .append(esc(tip))
              .append("</span></a>");
        } else {
          html.append("<span title=\"")
              .append(esc(outlet))
              .append(" does not carry this claim\">·</span>");
        }
        html.append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table>");
  }
}
