package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** changes.csv, outlet_pairs.csv and report.html from small hand-made report tables. */
class SummaryReportsTest {

  /** One event covered by three outlets: a claim, its denial, and a hostile article title. */
  static InMemoryReports night(String runDate, boolean withThirdOutlet) {
    String outlets = withThirdOutlet ? "Alpha | Beta | Gamma" : "Alpha | Beta";
    InMemoryReports reports = new InMemoryReports(runDate);
    reports
        .add(
            "events.csv",
            "ev-1",
            "Minister says launchers went to Keld",
            "harrow | keld",
            "0.6000",
            "2026-03-02",
            "2026-03-03",
            "3",
            withThirdOutlet ? "3" : "2",
            "3",
            outlets)
        .add(
            "events.csv",
            "ev-2",
            "Dock strike",
            "",
            "",
            "2026-03-04",
            "2026-03-04",
            "1",
            "1",
            "1",
            "Alpha")
        .add(
            "articles.csv",
            "a1",
            "Alpha",
            "https://alpha.example/1",
            "Launchers <script>alert('x')</script> delivered",
            "2026-03-02T10:00:00Z",
            "given",
            "en",
            "300",
            "")
        .add(
            "articles.csv",
            "b1",
            "Beta",
            "https://beta.example/1",
            "Embassy: no truth",
            "2026-03-02T12:00:00Z",
            "given",
            "en",
            "250",
            "")
        .add(
            "claims.csv",
            "cl-1",
            "ev-1",
            "1",
            "Ostland delivered sixty <b>Harrow</b> launchers",
            "Dragan Melnik",
            "said",
            "quote",
            "Alpha | Beta",
            withThirdOutlet ? "Gamma" : "",
            "Alpha",
            "2",
            "a1",
            "https://alpha.example/1",
            "Ostland delivered sixty launchers.")
        .add(
            "claim_coverage.csv",
            "ev-1",
            "cl-1",
            "Alpha",
            "true",
            "a1",
            "https://alpha.example/1",
            "lead",
            "0",
            "Ostland delivered sixty launchers.")
        .add(
            "claim_coverage.csv",
            "ev-1",
            "cl-1",
            "Beta",
            "true",
            "b1",
            "https://beta.example/1",
            "body",
            "2",
            "Melnik said sixty launchers arrived.")
        .add(
            "denials.csv",
            "dn-1",
            "ev-1",
            "Ostland embassy",
            "no truth to the allegations",
            "cl-1",
            "denial",
            "Beta",
            "b1",
            "There is no truth to the allegations.")
        .add("one_sided.csv", "ev-1", "cl-1", "Alpha", "true", "false", "", "a1")
        .add("one_sided.csv", "ev-1", "cl-1", "Beta", "true", "true", "headline", "b1")
        .add(
            "wording.csv",
            "ev-1",
            "Alpha",
            "so-called security forces",
            "3",
            "0",
            "1.2",
            "2.5",
            "0.6",
            "Keld's so-called security forces <i>received</i> them.",
            "a1");
    if (withThirdOutlet) {
      reports.add("one_sided.csv", "ev-1", "cl-1", "Gamma", "false", "true", "lead", "g1");
      reports.add(
          "claims.csv",
          "cl-2",
          "ev-1",
          "2",
          "Fifty systems arrived in April",
          "",
          "",
          "unattributed",
          "Alpha",
          "Beta | Gamma",
          "Alpha",
          "1",
          "a1",
          "https://alpha.example/1",
          "Fifty systems arrived in April.");
      reports.add(
          "claim_coverage.csv",
          "ev-1",
          "cl-2",
          "Alpha",
          "true",
          "a1",
          "https://alpha.example/1",
          "body",
          "4",
          "Fifty systems arrived in April.");
    }
    return reports;
  }

  @Test
  void changesListWhatIsNewSinceThePreviousNight() {
    List<ChangesReport.Change> changes =
        ChangesReport.between(night("2026-03-03", true), Optional.of(night("2026-03-02", false)));
    assertThat(changes)
        .extracting(
            ChangesReport.Change::change,
            ChangesReport.Change::itemId,
            ChangesReport.Change::outlet,
            ChangesReport.Change::since)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "event_gained_outlets", "ev-1", "Gamma", "2026-03-02"),
            org.assertj.core.groups.Tuple.tuple("new_claim", "cl-2", "", "2026-03-02"));
    assertThat(changes.get(0).detail()).isEqualTo("2 -> 3 outlets");

    List<ChangesReport.Change> first =
        ChangesReport.between(night("2026-03-02", false), Optional.empty());
    assertThat(first)
        .extracting(ChangesReport.Change::change)
        .containsExactly("new_event", "new_event", "newly_one_sided");
    assertThat(first.get(2).outlet()).isEqualTo("Alpha");
  }

  @Test
  void outletPairsMeasureClaimOverlapDenialAgreementAndWordingDivergence() {
    List<OutletPairs.Pair> pairs =
        OutletPairs.of(
            night("2026-03-03", true),
            Map.of(
                "Alpha", Map.of("launcher", 4L, "keld", 4L),
                "Beta", Map.of("launcher", 4L, "keld", 4L),
                "Gamma", Map.of("embassy", 3L)));
    assertThat(pairs)
        .extracting(OutletPairs.Pair::outletA, OutletPairs.Pair::outletB)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Alpha", "Beta"),
            org.assertj.core.groups.Tuple.tuple("Alpha", "Gamma"),
            org.assertj.core.groups.Tuple.tuple("Beta", "Gamma"));
    OutletPairs.Pair alphaBeta = pairs.get(0);
    assertThat(alphaBeta.sharedEvents()).isEqualTo(1);
    assertThat(alphaBeta.claimOverlap()).isCloseTo(0.5, within(1e-9)); // {cl-1} of {cl-1, cl-2}
    assertThat(alphaBeta.denialAgreement()).isZero(); // Alpha omits the denial Beta carries
    assertThat(alphaBeta.wordingDivergence()).isCloseTo(0.0, within(1e-9));
    OutletPairs.Pair betaGamma = pairs.get(2);
    assertThat(betaGamma.claimOverlap()).isZero();
    assertThat(betaGamma.denialAgreement()).isEqualTo(1.0); // both carry the denial
    assertThat(betaGamma.wordingDivergence()).isCloseTo(1.0, within(1e-9)); // no shared term
  }

  @Test
  void theHtmlPageEscapesArticleTextAndColoursTheMatrix() {
    InMemoryReports reports = night("2026-03-03", true);
    String html =
        HtmlReport.render(
            reports,
            new HtmlReport.RunFacts(
                "2026-03-03",
                "test",
                Map.of("read", 5, "accepted", 4, "rejected", 1, "copies", 0),
                Map.of("bad_json", 1L)),
            1,
            12,
            OutletPairs.of(reports, Map.of()));
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<b>Harrow")
        .doesNotContain("<i>received");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).contains("Ostland delivered sixty &lt;b&gt;Harrow&lt;/b&gt; launchers");
    assertThat(html).contains("<td class=\"present\" data-outlet=\"Alpha\">");
    assertThat(html).contains("<td class=\"both\" data-outlet=\"Beta\">");
    assertThat(html).contains("<td class=\"denial\" data-outlet=\"Gamma\">");
    assertThat(html).contains("<td class=\"absent\" data-outlet=\"Beta\">"); // cl-2
    assertThat(html).contains("href=\"https://alpha.example/1\"");
    assertThat(html).contains("1 more events");
    assertThat(html).contains("bad_json");
    // Self-contained: no scripts, stylesheets, images or frames from anywhere.
    assertThat(html)
        .doesNotContain("<link")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain(" src=");
  }
}
