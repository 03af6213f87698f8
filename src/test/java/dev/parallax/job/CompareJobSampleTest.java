package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.config.JobArguments;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.report.ReportColumns;
import dev.parallax.testing.ProjectPaths;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SparkTestSession;
import dev.parallax.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job over the project's sample corpus, checked against data/gold. */
class CompareJobSampleTest {
  @TempDir static Path output;
  static Path folder;
  static RunSummary summary;

  @BeforeAll
  static void runOnTheSample() {
    JobArguments arguments =
        JobArguments.parse(
            "--input", ProjectPaths.sample().toString(),
            "--output", output.toString(),
            "--run-date", "2026-03-23");
    ParallaxConfig config = TestRules.config(Map.of("wording.group-attribute", "ownership"));
    summary = CompareJob.run(SparkTestSession.get(), arguments, config, TestRules.rules());
    folder = Path.of(summary.folder());
  }

  @Test
  void everySampleArticleIsAcceptedUnderItsGoldId() throws IOException {
    List<Map<String, String>> articles = Reports.read(folder.resolve("articles.csv"));
    List<String> goldIds =
        Reports.read(ProjectPaths.root().resolve("data/gold/events.csv")).stream()
            .map(row -> row.get("article_id"))
            .toList();
    assertThat(articles).extracting(row -> row.get("id")).containsExactlyElementsOf(goldIds);
    assertThat(Reports.header(folder.resolve("articles.csv"))).isEqualTo(ReportColumns.ARTICLES);
    assertThat(Reports.read(folder.resolve("rejects.csv"))).isEmpty();
    assertThat(folder.resolve("_SUCCESS")).exists();
  }

  @Test
  void outletsComeFromFieldsDomainsAndFolders() throws IOException {
    Map<String, String> outletById =
        Reports.read(folder.resolve("articles.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("id"), row -> row.get("outlet")));
    assertThat(outletById)
        .containsEntry("swa-0302-harrow", "State Wire Agency")
        .containsEntry("rd-0306-otters", "Riverside Daily")
        .containsEntry("nh-0302-harrow", "Northern Herald")
        .containsEntry("cl-0302-denial", "Capital Ledger");
    assertThat(new java.util.TreeSet<>(outletById.values())).hasSize(10);
  }

  @Test
  void syndicationFindsTheCrossPostAndTheRepublishedStoryAndNothingElse() throws IOException {
    List<Map<String, String>> copies = Reports.read(folder.resolve("syndication.csv"));
    assertThat(copies)
        .extracting(
            copy ->
                copy.get("article_id")
                    + " <- "
                    + copy.get("original_id")
                    + " ("
                    + copy.get("outlet")
                    + " <- "
                    + copy.get("original_outlet")
                    + ", "
                    + copy.get("method")
                    + ")")
        .containsExactly(
            "cv-0316-bridge-update <- cv-0316-bridge (Carrow Valley Post <- Carrow Valley Post,"
                + " exact)",
            "cv-0317-bridge-diversion <- cv-0316-bridge (Carrow Valley Post <- Carrow Valley"
                + " Post, exact)",
            "of-0304-harrow <- bw-0302-harrow (Open Frontier <- Balkan Wire, attribution_line)");
    assertThat(copies)
        .filteredOn(copy -> copy.get("article_id").equals("of-0304-harrow"))
        .singleElement()
        .satisfies(
            copy -> {
              assertThat(copy.get("article_id")).isEqualTo("of-0304-harrow");
              assertThat(copy.get("original_id")).isEqualTo("bw-0302-harrow");
              assertThat(copy.get("original_outlet")).isEqualTo("Balkan Wire");
              assertThat(copy.get("method")).isEqualTo("attribution_line");
              assertThat(Double.parseDouble(copy.get("similarity"))).isGreaterThan(0.8);
            });
  }

  @Test
  void outletFootersAreRemovedAsRepeatedParagraphs() throws IOException {
    Map<String, Integer> wordsById =
        Reports.read(folder.resolve("articles.csv")).stream()
            .collect(
                Collectors.toMap(row -> row.get("id"), row -> Integer.parseInt(row.get("words"))));
    String footer = "Support local journalism: become a Riverside Daily supporter today.";
    String otters =
        Files.readString(ProjectPaths.sample().resolve("articles/riverside/rd-0306-otters.md"));
    assertThat(otters).contains(footer);
    int bodyWords =
        dev.parallax.model.WordCount.of(
            otters.substring(otters.lastIndexOf("---") + 3).replace(footer, ""));
    assertThat(wordsById.get("rd-0306-otters")).isEqualTo(bodyWords);
  }

  @Test
  void aBodyPublishedThreeTimesIsKeptWithoutTheOutletsFooter() throws IOException {
    // Carrow Valley Post publishes one body under three titles: three of its five articles.
    // Counted once, its paragraphs are not the outlet's furniture; the footer under all five is.
    Map<String, Integer> wordsById =
        Reports.read(folder.resolve("articles.csv")).stream()
            .filter(row -> row.get("outlet").equals("Carrow Valley Post"))
            .collect(
                Collectors.toMap(row -> row.get("id"), row -> Integer.parseInt(row.get("words"))));
    String bridge =
        Files.readString(ProjectPaths.sample().resolve("articles/carrow-post/cv-0316-bridge.md"));
    String footer =
        "Carrow Valley Post is run by volunteers. Send us your news at the library desk.";
    assertThat(bridge).contains(footer);
    int bodyWords =
        dev.parallax.model.WordCount.of(
            bridge.substring(bridge.lastIndexOf("---") + 3).replace(footer, ""));
    assertThat(wordsById)
        .containsOnlyKeys(
            "cv-0311-school",
            "cv-0316-bridge",
            "cv-0316-bridge-update",
            "cv-0317-bridge-diversion",
            "cv-0320-market")
        .containsEntry("cv-0316-bridge", bodyWords)
        .containsEntry("cv-0316-bridge-update", bodyWords)
        .containsEntry("cv-0317-bridge-diversion", bodyWords);
    Map<String, String> eventOf =
        Reports.read(folder.resolve("event_articles.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    assertThat(eventOf.get("cv-0316-bridge-update"))
        .isEqualTo(eventOf.get("cv-0316-bridge"))
        .isEqualTo(eventOf.get("cv-0317-bridge-diversion"));
  }

  @Test
  void manifestCountsAddUp() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
    JsonNode counts = manifest.get("counts");
    assertThat(counts.get("read").asLong()).isEqualTo(49);
    assertThat(counts.get("accepted").asLong() + counts.get("rejected").asLong())
        .isEqualTo(counts.get("read").asLong());
    long perFile = 0;
    for (JsonNode file : manifest.get("files")) {
      assertThat(file.get("read").asLong())
          .isEqualTo(file.get("accepted").asLong() + file.get("rejected").asLong());
      perFile += file.get("read").asLong();
    }
    assertThat(perFile).isEqualTo(49);
    assertThat(manifest.get("stages"))
        .extracting(stage -> stage.get("stage").asText())
        .contains("read articles", "remove boilerplate", "detect syndication");
    assertThat(summary.countsLine()).isEqualTo("read=49 accepted=49 rejected=0 copies=3");
  }

  @Test
  void eventsMatchTheGoldExactly() throws IOException {
    Map<String, String> gold =
        Reports.read(ProjectPaths.root().resolve("data/gold/events.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    List<Map<String, String>> eventArticles = Reports.read(folder.resolve("event_articles.csv"));
    Map<String, String> predicted =
        eventArticles.stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    dev.parallax.events.ClusterScores scores =
        dev.parallax.events.ClusterScores.of(gold, predicted);
    assertThat(scores.b3F1()).isEqualTo(1.0);
    assertThat(Reports.header(folder.resolve("event_articles.csv")))
        .isEqualTo(ReportColumns.EVENT_ARTICLES);
    assertThat(eventArticles)
        .filteredOn(row -> row.get("article_id").equals("of-0304-harrow"))
        .singleElement()
        .satisfies(row -> assertThat(row.get("is_copy")).isEqualTo("true"));

    List<Map<String, String>> events = Reports.read(folder.resolve("events.csv"));
    assertThat(events).hasSize(15);
    Map<String, String> harrow =
        events.stream()
            .filter(row -> row.get("event_id").equals(predicted.get("dc-0302-harrow")))
            .findFirst()
            .orElseThrow();
    assertThat(harrow.get("articles")).isEqualTo("8");
    assertThat(harrow.get("independent_articles")).isEqualTo("7");
    assertThat(harrow.get("outlets")).isEqualTo("7");
    assertThat(harrow.get("first_seen")).isEqualTo("2026-03-02T00:00:00Z");
    assertThat(harrow.get("last_seen")).isEqualTo("2026-03-04T00:00:00Z");
    // The label is a headline the analyst saw; the shared names and the meaning say why.
    java.util.Set<String> titles = new java.util.HashSet<>();
    Reports.read(folder.resolve("articles.csv")).forEach(row -> titles.add(row.get("title")));
    assertThat(titles).contains(harrow.get("label"));
    assertThat(harrow.get("shared_names")).contains("keld").contains("ostland");
    assertThat(Double.parseDouble(harrow.get("meaning_similarity"))).isBetween(0.3, 1.0);
  }

  @Test
  void oneStoryToldThreeWaysIsOneEvent() throws IOException {
    // Accusation-led, denial-led and an opinion headline: few shared words beyond the names.
    Map<String, String> eventOf =
        Reports.read(folder.resolve("event_articles.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    assertThat(eventOf.get("nh-0320-greyholm"))
        .isEqualTo(eventOf.get("cl-0321-greyholm"))
        .isEqualTo(eventOf.get("of-0321-greyholm"));
    assertThat(eventOf.get("mp-0308-saltmere")).isNotEqualTo(eventOf.get("mp-0317-brennick"));
  }

  @Test
  void eventGroupsShowCoverageByRegistryAttribute() throws IOException {
    List<Map<String, String>> groups = Reports.read(folder.resolve("event_groups.csv"));
    String harrowEvent =
        Reports.read(folder.resolve("event_articles.csv")).stream()
            .filter(row -> row.get("article_id").equals("dc-0302-harrow"))
            .findFirst()
            .orElseThrow()
            .get("event_id");
    Map<String, String> ownership =
        groups.stream()
            .filter(row -> row.get("event_id").equals(harrowEvent))
            .filter(row -> row.get("attribute").equals("ownership"))
            .collect(
                Collectors.toMap(row -> row.get("group"), row -> row.get("independent_articles")));
    // Independent coverage: Danube Courier x2 and State Wire (state), Capital Ledger, Harbor
    // Tribune, Balkan Wire (private), Northern Herald (public); the Open Frontier copy is not
    // counted.
    assertThat(ownership)
        .containsExactlyInAnyOrderEntriesOf(Map.of("state", "3", "private", "3", "public", "1"));
  }

  @Test
  void claimsMatchTheGoldAndAbsentOutletsAreListed() throws IOException {
    List<Map<String, String>> claims = Reports.read(folder.resolve("claims.csv"));
    assertThat(Reports.header(folder.resolve("claims.csv"))).isEqualTo(ReportColumns.CLAIMS);
    Map<String, String> goldEventOf =
        Reports.read(ProjectPaths.root().resolve("data/gold/events.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    Map<String, String> eventOf =
        Reports.read(folder.resolve("event_articles.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    Map<String, String> predictedEventOfGold = new java.util.HashMap<>();
    eventOf.forEach((article, event) -> predictedEventOfGold.put(goldEventOf.get(article), event));
    for (Map<String, String> gold :
        Reports.read(ProjectPaths.root().resolve("data/gold/claims.csv"))) {
      String event = predictedEventOfGold.get(gold.get("event_id"));
      List<String> terms = List.of(gold.get("key_terms").split(" \\| "));
      List<String> expected = List.of(gold.get("outlets_present").split(" \\| "));
      Map<String, String> claim =
          claims.stream()
              .filter(row -> row.get("event_id").equals(event))
              .filter(
                  row ->
                      terms.stream().allMatch(term -> row.get("evidence_sentence").contains(term)))
              .max(
                  java.util.Comparator.comparing(
                      row -> row.get("outlets_present").split(" \\| ").length))
              .orElseThrow(() -> new AssertionError("no claim for " + gold));
      assertThat(List.of(claim.get("outlets_present").split(" \\| ")))
          .as(gold.get("claim_key"))
          .containsExactlyInAnyOrderElementsOf(expected);
      List<String> covering =
          List.of(
              Reports.read(folder.resolve("events.csv")).stream()
                  .filter(row -> row.get("event_id").equals(event))
                  .findFirst()
                  .orElseThrow()
                  .get("outlet_list")
                  .split(" \\| "));
      List<String> absent =
          claim.get("outlets_absent").isEmpty()
              ? List.of()
              : List.of(claim.get("outlets_absent").split(" \\| "));
      assertThat(absent)
          .as(gold.get("claim_key") + " absent")
          .containsExactlyInAnyOrderElementsOf(
              covering.stream().filter(outlet -> !expected.contains(outlet)).toList());
      assertThat(claim.get("evidence_article_id")).isNotEmpty();
    }
    List<Map<String, String>> coverage = Reports.read(folder.resolve("claim_coverage.csv"));
    assertThat(coverage)
        .allSatisfy(
            row ->
                assertThat(row.get("present").equals("true"))
                    .isEqualTo(!row.get("article_id").isEmpty()));
    List<Map<String, String>> verbs = Reports.read(folder.resolve("attribution_verbs.csv"));
    assertThat(verbs)
        .anySatisfy(
            row -> {
              assertThat(row.get("outlet")).isEqualTo("Balkan Wire");
              assertThat(row.get("cue")).isEqualTo("insisted");
              assertThat(row.get("stance")).isEqualTo("doubt");
            });
  }

  @Test
  void theDeliveryDenialIsLinkedAndOneSidedOutletsAreListed() throws IOException {
    Map<String, String> eventOf =
        Reports.read(folder.resolve("event_articles.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    String event = eventOf.get("dc-0302-harrow");
    Map<String, String> deliveryClaim =
        Reports.read(folder.resolve("claims.csv")).stream()
            .filter(row -> row.get("event_id").equals(event))
            .filter(row -> row.get("evidence_sentence").contains("sixty"))
            .filter(row -> row.get("evidence_sentence").contains("launchers"))
            .max(java.util.Comparator.comparing(row -> row.get("outlets_present").length()))
            .orElseThrow();
    Map<String, String> gold =
        Reports.read(ProjectPaths.root().resolve("data/gold/denials.csv")).stream()
            .filter(row -> row.get("denied_claim_key").equals("harrow-delivery"))
            .findFirst()
            .orElseThrow();
    List<String> goldArticles = List.of(gold.get("article_ids").split(" \\| "));
    java.util.Set<String> goldOutlets = new java.util.TreeSet<>();
    Map<String, String> outletOf =
        Reports.read(folder.resolve("articles.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("id"), row -> row.get("outlet")));
    goldArticles.forEach(id -> goldOutlets.add(outletOf.get(id)));

    List<Map<String, String>> oneSided =
        Reports.read(folder.resolve("one_sided.csv")).stream()
            .filter(row -> row.get("claim_id").equals(deliveryClaim.get("claim_id")))
            .toList();
    assertThat(Reports.header(folder.resolve("one_sided.csv"))).isEqualTo(ReportColumns.ONE_SIDED);
    assertThat(oneSided).hasSize(7);
    assertThat(oneSided)
        .filteredOn(row -> row.get("carries_denial").equals("true"))
        .extracting(row -> row.get("outlet"))
        .containsExactlyInAnyOrderElementsOf(goldOutlets);
    assertThat(oneSided)
        .filteredOn(row -> row.get("carries_denial").equals("false"))
        .allSatisfy(
            row -> {
              assertThat(row.get("carries_claim")).isEqualTo("true");
              assertThat(row.get("denial_position")).isEmpty();
              // The finding's evidence: the outlet's article carrying the claim.
              assertThat(outletOf.get(row.get("article_id"))).isEqualTo(row.get("outlet"));
            })
        .extracting(row -> row.get("outlet"))
        .containsExactlyInAnyOrder("Danube Courier", "State Wire Agency");
    assertThat(oneSided)
        .filteredOn(row -> row.get("outlet").equals("Capital Ledger"))
        .singleElement()
        .satisfies(row -> assertThat(row.get("denial_position")).isEqualTo("lead"));

    List<Map<String, String>> denials = Reports.read(folder.resolve("denials.csv"));
    assertThat(denials)
        .filteredOn(row -> row.get("linked_claim_id").equals(deliveryClaim.get("claim_id")))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.get("kind")).isEqualTo("denial"))
        .anySatisfy(row -> assertThat(row.get("denier")).contains("Ostland"));
  }

  @Test
  void wordingShowsEachOutletsContrastingLabels() throws IOException {
    assertThat(Reports.header(folder.resolve("wording.csv"))).isEqualTo(ReportColumns.WORDING);
    Map<String, String> eventOf =
        Reports.read(folder.resolve("event_articles.csv")).stream()
            .collect(Collectors.toMap(row -> row.get("article_id"), row -> row.get("event_id")));
    String event = eventOf.get("dc-0302-harrow");
    List<Map<String, String>> wording =
        Reports.read(folder.resolve("wording.csv")).stream()
            .filter(row -> row.get("event_id").equals(event))
            .toList();
    assertThat(wording)
        .anySatisfy(
            row -> {
              assertThat(row.get("outlet")).isEqualTo("Danube Courier");
              assertThat(row.get("term")).isEqualTo("so-called army");
              assertThat(Double.parseDouble(row.get("z"))).isPositive();
              assertThat(row.get("example_sentence")).contains("so-called army");
            })
        // Names are no word choice: Capital Ledger's "Keld Security Force" is a label
        // (labels.csv), not a distinctive term.
        .noneSatisfy(row -> assertThat(row.get("term")).contains("keld"))
        .noneSatisfy(
            row -> {
              assertThat(row.get("outlet")).isEqualTo("Open Frontier");
            });
    assertThat(Reports.read(folder.resolve("wording.csv")))
        .anySatisfy(row -> assertThat(row.get("event_id")).isEqualTo("ALL"));
  }

  @Test
  void theFolderHoldsExactlyTheDocumentedReportsWithTheirHeaders() throws IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
      java.util.Set<String> names = new java.util.TreeSet<>();
      files.forEach(file -> names.add(file.getFileName().toString()));
      java.util.Set<String> expected = new java.util.TreeSet<>(ReportColumns.ALL.keySet());
      expected.addAll(List.of("report.html", "manifest.json", "_SUCCESS"));
      assertThat(names).isEqualTo(expected);
    }
    for (Map.Entry<String, List<String>> report : ReportColumns.ALL.entrySet()) {
      assertThat(Reports.header(folder.resolve(report.getKey())))
          .as(report.getKey())
          .isEqualTo(report.getValue());
    }
  }

  @Test
  void changesOfAFirstRunListEveryEventAndTheOneSidedOutlets() throws IOException {
    List<Map<String, String>> changes = Reports.read(folder.resolve("changes.csv"));
    long events = Reports.read(folder.resolve("events.csv")).size();
    assertThat(changes)
        .filteredOn(row -> row.get("change").equals("new_event"))
        .hasSize((int) events);
    assertThat(changes)
        .filteredOn(row -> row.get("change").equals("newly_one_sided"))
        .extracting(row -> row.get("outlet"))
        .contains("Danube Courier", "State Wire Agency");
    assertThat(changes).allSatisfy(row -> assertThat(row.get("since")).isEmpty());
  }

  @Test
  void outletPairsCoverEveryPairSharingAnEvent() throws IOException {
    List<Map<String, String>> pairs = Reports.read(folder.resolve("outlet_pairs.csv"));
    assertThat(pairs).isNotEmpty();
    assertThat(pairs)
        .allSatisfy(
            row -> {
              assertThat(row.get("outlet_a")).isLessThan(row.get("outlet_b"));
              assertThat(Integer.parseInt(row.get("shared_events"))).isPositive();
              double divergence = Double.parseDouble(row.get("wording_divergence"));
              assertThat(divergence).isBetween(0.0, 1.0);
            });
    // Danube Courier carries the Harrow claim without the denial Capital Ledger leads with.
    assertThat(pairs)
        .filteredOn(
            row ->
                row.get("outlet_a").equals("Capital Ledger")
                    && row.get("outlet_b").equals("Danube Courier"))
        .singleElement()
        .satisfies(
            row -> assertThat(Double.parseDouble(row.get("denial_agreement"))).isLessThan(1.0));
  }

  @Test
  void theHtmlSummaryShowsTheSeedShapedEventWithItsOutletsAndEvidence() throws IOException {
    String html = java.nio.file.Files.readString(folder.resolve("report.html"));
    String event =
        Reports.read(folder.resolve("event_articles.csv")).stream()
            .filter(row -> row.get("article_id").equals("dc-0302-harrow"))
            .findFirst()
            .orElseThrow()
            .get("event_id");
    assertThat(html).contains("id=\"event-" + event + "\"");
    assertThat(html).contains("<td class=\"present\" data-outlet=\"Danube Courier\">");
    assertThat(html).contains("<td class=\"both\" data-outlet=\"Balkan Wire\">");
    assertThat(html).contains("carries the claim and its denial");
    assertThat(html).doesNotContain("<script");
  }

  @Test
  void labelsForTheSameReferentMatchTheGold() throws IOException {
    assertThat(Reports.header(folder.resolve("labels.csv"))).isEqualTo(ReportColumns.LABELS);
    java.util.Set<String> gold = new java.util.TreeSet<>();
    for (Map<String, String> row :
        Reports.read(ProjectPaths.root().resolve("data/gold/labels.csv"))) {
      if (row.get("referent").equals("Keld forces")
          || row.get("referent").equals("Keld independence")) {
        gold.add(row.get("referent") + " | " + row.get("outlet") + " | " + row.get("label"));
      }
    }
    java.util.Set<String> found = new java.util.TreeSet<>();
    for (Map<String, String> row : Reports.read(folder.resolve("labels.csv"))) {
      if (row.get("referent").equals("Keld forces")
          || row.get("referent").equals("Keld independence")) {
        found.add(row.get("referent") + " | " + row.get("outlet") + " | " + row.get("label"));
      }
    }
    java.util.Set<String> hits = new java.util.TreeSet<>(found);
    hits.retainAll(gold);
    double precision = hits.size() / (double) found.size();
    double recall = hits.size() / (double) gold.size();
    System.out.printf(
        "labels on data/sample (Keld forces, Keld independence): precision %.2f recall %.2f (%d/%d/%d)%n",
        precision, recall, hits.size(), found.size(), gold.size());
    assertThat(recall).isEqualTo(1.0);
    assertThat(precision).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void groupLabelsAddUpTheirOutletsLabelsAndCarryTheGoldByOwnership() throws IOException {
    assertThat(Reports.header(folder.resolve("labels_groups.csv")))
        .isEqualTo(ReportColumns.LABELS_GROUPS);
    dev.parallax.model.OutletRegistry registry = TestRules.rules().outlets();
    Map<String, Long> outletCounts = new java.util.HashMap<>();
    // Head-group labels add up; name labels are each side's own and limited per comparison, so a
    // group's are not the sum of its outlets'.
    for (Map<String, String> row : Reports.read(folder.resolve("labels.csv"))) {
      if (!row.get("kind").equals("head")) {
        continue;
      }
      String group = registry.attribute(row.get("outlet"), "ownership");
      outletCounts.merge(
          String.join(" | ", row.get("event_id"), row.get("referent"), group, row.get("label")),
          Long.parseLong(row.get("count")),
          Long::sum);
    }
    List<Map<String, String>> groups = Reports.read(folder.resolve("labels_groups.csv"));
    assertThat(groups).isNotEmpty();
    java.util.Set<String> found = new java.util.TreeSet<>();
    for (Map<String, String> row : groups) {
      assertThat(row.get("attribute")).isEqualTo("ownership");
      if (!row.get("kind").equals("head")) {
        continue;
      }
      String key =
          String.join(
              " | ", row.get("event_id"), row.get("referent"), row.get("group"), row.get("label"));
      assertThat(Long.parseLong(row.get("count"))).as(key).isEqualTo(outletCounts.get(key));
      found.add(row.get("referent") + " | " + row.get("group") + " | " + row.get("label"));
    }
    java.util.Set<String> gold = new java.util.TreeSet<>();
    for (Map<String, String> row :
        Reports.read(ProjectPaths.root().resolve("data/gold/labels.csv"))) {
      if (row.get("referent").startsWith("Keld ")) {
        gold.add(
            row.get("referent")
                + " | "
                + registry.attribute(row.get("outlet"), "ownership")
                + " | "
                + row.get("label"));
      }
    }
    assertThat(found).containsAll(gold);
    assertThat(found).contains("Keld forces | state | so-called army");
  }

  @Test
  void groupWordingSetsStateOwnedOutletsLoadedWordsAgainstTheRest() throws IOException {
    assertThat(Reports.header(folder.resolve("wording_groups.csv")))
        .isEqualTo(ReportColumns.WORDING_GROUPS);
    String keld =
        Reports.read(folder.resolve("event_articles.csv")).stream()
            .filter(row -> row.get("article_id").equals("dc-0302-harrow"))
            .findFirst()
            .orElseThrow()
            .get("event_id");
    List<Map<String, String>> rows = Reports.read(folder.resolve("wording_groups.csv"));
    assertThat(rows)
        .extracting(row -> row.get("group"))
        .isSubsetOf("state", "private", "public", "independent", "unknown");
    List<String> state =
        rows.stream()
            .filter(row -> row.get("event_id").equals(keld) && row.get("group").equals("state"))
            .map(row -> row.get("term"))
            .toList();
    assertThat(state).contains("so-called army", "illegally");
    assertThat(rows)
        .filteredOn(row -> row.get("event_id").equals(keld) && !row.get("group").equals("state"))
        .extracting(row -> row.get("term"))
        .doesNotContain("so-called army");
  }
}
