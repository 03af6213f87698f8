package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose title and claim carry markup ({@code <script>}, {@code <b>}) renders in a real
 * browser as text: no script element, no bold element, the text visible. Skipped with a message
 * where Chromium is not installed.
 */
class HtmlReportBrowserTest {
  @TempDir Path work;

  @Test
  void markupInArticleTextRendersAsText() throws IOException {
    Optional<HeadlessChromium> chromium = HeadlessChromium.find();
    if (chromium.isEmpty()) {
      System.out.println("SKIPPED: chromium is not installed: escaping not checked in a browser");
    }
    Assumptions.assumeTrue(chromium.isPresent(), "chromium is not installed");
    InMemoryReports reports = SummaryReportsTest.night("2026-03-03", true);
    Path page = work.resolve("report.html");
    Files.writeString(
        page,
        HtmlReport.render(
            reports,
            new HtmlReport.RunFacts("2026-03-03", "test", Map.of("read", 1), Map.of()),
            5,
            12,
            OutletPairs.of(reports, Map.of())));
    String dom = chromium.get().dumpDom(page, work);
    assertThat(dom).doesNotContain("<script").doesNotContain("<b>Harrow").doesNotContain("<i>");
    assertThat(dom).contains("&lt;script&gt;alert('x')&lt;/script&gt;");
    assertThat(dom).contains("Ostland delivered sixty &lt;b&gt;Harrow&lt;/b&gt; launchers");
  }
}
