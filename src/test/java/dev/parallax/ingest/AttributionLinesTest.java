package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.config.ConfFiles;
import dev.parallax.config.ConfigKeys;
import dev.parallax.testing.TestRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionLinesTest {
  private final AttributionLines lines =
      new AttributionLines(
          ConfFiles.contentLines(
              TestRules.config(Map.of()), ConfigKeys.INGEST_ATTRIBUTION_PATTERNS));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "The original source of this article is InfoBrics Copyright © Paul A., InfoBrics, 2022 | InfoBrics",
        "The original source of this article is Balkan Wire. Copyright © Balkan Wire, 2026 | Balkan Wire",
        "This article originally appeared in Politico. | Politico",
        "This article first appeared on the Washington Free Beacon. | Washington Free Beacon",
        "This article originally appeared in the latest issue of The Week magazine. | The Week magazine",
        "This story was originally published by High Country News and appears here as part of the Climate Desk. | High Country News",
        "This article originally appeared in the L.A. Times. | L.A. Times",
        "Originally published by Grist on March 3, 2026. | Grist",
        "Source: Reuters | Reuters",
      })
  void findsTheNamedOriginal(String line, String expected) {
    assertThat(lines.declaredSource(List.of("A body paragraph.", line))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "The minister said the plan was originally published by the ministry in 2019 and later withdrawn.",
        "Open source: the code is on the web.",
      })
  void ignoresBodySentences(String line) {
    assertThat(lines.declaredSource(List.of(line))).isNull();
  }
}
