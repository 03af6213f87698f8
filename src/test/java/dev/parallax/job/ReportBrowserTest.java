package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.config.JobArguments;
import dev.parallax.testing.HeadlessChromium;
import dev.parallax.testing.ProjectPaths;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SparkTestSession;
import dev.parallax.testing.TestRules;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html of the sample run opened in headless Chromium, as an analyst would: the DOM after
 * parsing lists the seed-shaped event with its outlets and the right matrix cells, and the
 * screenshot shows the coloured grid. Skipped with a message where Chromium is not installed.
 */
class ReportBrowserTest {
  @TempDir static Path work;
  static HeadlessChromium chromium;
  static Path report;
  static String seedEvent;

  @BeforeAll
  static void runTheSampleAndFindTheBrowser() throws IOException {
    Optional<HeadlessChromium> found = HeadlessChromium.find();
    if (found.isEmpty()) {
      System.out.println(
          "SKIPPED: chromium is not installed (Debian package 'chromium'; .ci/run installs it):"
              + " report.html is not checked in a browser");
    }
    Assumptions.assumeTrue(found.isPresent(), "chromium is not installed");
    chromium = found.get();
    RunSummary summary =
        CompareJob.run(
            SparkTestSession.get(),
            JobArguments.parse(
                "--input", ProjectPaths.sample().toString(),
                "--output", work.resolve("out").toString(),
                "--run-date", "2026-03-23"),
            TestRules.config(Map.of()),
            TestRules.rules());
    report = Path.of(summary.folder(), "report.html");
    seedEvent =
        Reports.read(Path.of(summary.folder(), "event_articles.csv")).stream()
            .filter(row -> row.get("article_id").equals("dc-0302-harrow"))
            .findFirst()
            .orElseThrow()
            .get("event_id");
  }

  @Test
  void theDomListsTheSeedShapedEventWithItsOutletsAndMatrixCells() throws IOException {
    String dom = chromium.dumpDom(report, work);
    Matcher section =
        Pattern.compile(
                "<section class=\"event\" id=\"event-"
                    + Pattern.quote(seedEvent)
                    + "\">(.*?)</section>",
                Pattern.DOTALL)
            .matcher(dom);
    assertThat(section.find()).as("the seed-shaped event has its section").isTrue();
    String body = section.group(1);
    for (String outlet :
        List.of("Balkan Wire", "Capital Ledger", "Danube Courier", "State Wire Agency")) {
      assertThat(body).contains("<th class=\"outlet\">" + outlet + "</th>");
    }
    // Danube Courier carries the delivery claim without the denial; Balkan Wire carries both;
    // Capital Ledger leads with the denial.
    assertThat(body).contains("<td class=\"present\" data-outlet=\"Danube Courier\">");
    assertThat(body).contains("<td class=\"both\" data-outlet=\"Balkan Wire\">");
    assertThat(body).containsPattern("<td class=\"(both|denial)\" data-outlet=\"Capital Ledger\">");
    assertThat(body).contains("Danube Courier</b> carries");
    assertThat(dom).contains("href=\"#event-" + seedEvent + "\"");
  }

  @Test
  void theScreenshotShowsTheColouredGrid() throws IOException {
    Path png = chromium.screenshot(report, work, 1280, 4000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(4000);
    int present = 0;
    int both = 0;
    int bars = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        present += rgb == 0x2E7D32 ? 1 : 0;
        both += rgb == 0xF9A825 ? 1 : 0;
        bars += rgb == 0x1565C0 ? 1 : 0;
      }
    }
    System.out.printf(
        "report.html screenshot: %dx%d, green cells %d px, amber cells %d px, term bars %d px%n",
        image.getWidth(), image.getHeight(), present, both, bars);
    assertThat(present).as("green 'carries the claim' cells").isGreaterThan(2_000);
    assertThat(both).as("amber 'claim and denial' cells").isGreaterThan(500);
    assertThat(bars).as("blue term bars").isGreaterThan(1_000);
  }
}
