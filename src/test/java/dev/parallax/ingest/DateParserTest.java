package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.DateSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
  private final DateParser monthFirst = new DateParser(DateParser.Order.MDY, "UTC");
  private final DateParser dayFirst = new DateParser(DateParser.Order.DMY, "UTC");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-04-22T10:15:30Z            | 2022-04-22T10:15:30Z | GIVEN",
        "2022-04-22T12:15:30+02:00       | 2022-04-22T10:15:30Z | GIVEN",
        "2022-04-22 10:15:30             | 2022-04-22T10:15:30Z | GIVEN",
        "2022-04-22T10:15:30.123+0000    | 2022-04-22T10:15:30.123Z | GIVEN",
        "2022-04-22                      | 2022-04-22T00:00:00Z | GIVEN",
        "1650622530                      | 2022-04-22T10:15:30Z | GIVEN",
        "1650622530000                   | 2022-04-22T10:15:30Z | GIVEN",
        "'Fri, 22 Apr 2022 10:15:30 GMT' | 2022-04-22T10:15:30Z | PARSED",
        "'April 22, 2022'                | 2022-04-22T00:00:00Z | PARSED",
        "'Apr. 22 2022'                  | 2022-04-22T00:00:00Z | PARSED",
        "22 April 2022                   | 2022-04-22T00:00:00Z | PARSED",
        "'Posted July 20, 2009'          | 2009-07-20T00:00:00Z | PARSED",
        "'Global Research, April 22, 2022' | 2022-04-22T00:00:00Z | PARSED",
        "9/6/17                          | 2017-09-06T00:00:00Z | PARSED",
        "09/06/2017                      | 2017-09-06T00:00:00Z | PARSED",
      })
  void readsTheFormsNewsDataUses(String input, String expected, DateSource source) {
    DateParser.Parsed parsed = monthFirst.parse(input);
    assertThat(parsed).isNotNull();
    assertThat(parsed.instant().toString()).isEqualTo(expected);
    assertThat(parsed.source()).isEqualTo(source);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"9/6/17, 2017-06-09T00:00:00Z", "22.04.2022, 2022-04-22T00:00:00Z"})
  void readsNumericDatesDayFirstWhenConfigured(String input, String expected) {
    assertThat(dayFirst.parse(input).instant().toString()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"yesterday", "'not a date'", "13/45/2020", "2022-13-40", "99", "'April 2022'"})
  void leavesNonDatesUnparsed(String input) {
    assertThat(monthFirst.parse(input)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://example.com/2022/04/22/story, 2022-04-22T00:00:00Z",
    "https://example.com/news/2022-04-22-story.html, 2022-04-22T00:00:00Z",
  })
  void readsDatesFromUrls(String url, String expected) {
    DateParser.Parsed parsed = monthFirst.parseUrl(url);
    assertThat(parsed.instant().toString()).isEqualTo(expected);
    assertThat(parsed.source()).isEqualTo(DateSource.URL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"https://example.com/story-123", "https://example.com/2022/99/99/x"})
  void findsNoDateInUrlsWithout(String url) {
    assertThat(monthFirst.parseUrl(url)).isNull();
  }

  @org.junit.jupiter.api.Test
  void datesWithoutTimeAreMidnightInTheConfiguredZone() {
    DateParser belgrade = new DateParser(DateParser.Order.MDY, "Europe/Belgrade");
    assertThat(belgrade.parse("2022-04-22").instant().toString()).isEqualTo("2022-04-21T22:00:00Z");
  }
}
