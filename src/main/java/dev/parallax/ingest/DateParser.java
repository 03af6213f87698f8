package dev.parallax.ingest;

import dev.parallax.model.DateSource;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates written in the ways news data writes them: ISO-8601 (with or without time
 * and offset), epoch seconds or milliseconds, RFC 1123, "April 22, 2022", "22 April 2022" (also
 * inside text like "Posted July 20, 2009"), and numeric "9/6/17" in a configured day/month order.
 * Dates without a time are midnight in the configured zone. Years outside 1900-2100 are not dates.
 */
public final class DateParser implements Serializable {

  /** Order of day and month in numeric dates. */
  public enum Order {
    MDY,
    DMY
  }

  /** A parsed date and how it was found. */
  public record Parsed(Instant instant, DateSource source) {
    public Parsed {
      Objects.requireNonNull(instant, "instant");
      Objects.requireNonNull(source, "source");
    }
  }

  private static final Pattern EPOCH = Pattern.compile("\\d{9,10}|\\d{12,13}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_LOCAL =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH_NAME =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC =
      Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$|\\.|_)");

  private final Order order;
  private final String zone;

  public DateParser(Order order, String zone) {
    this.order = Objects.requireNonNull(order, "order");
    this.zone = ZoneId.of(zone).getId();
  }

  /** Parses a date field; null when the value is not a recognisable date. */
  public Parsed parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    ZoneId zoneId = ZoneId.of(zone);
    if (EPOCH.matcher(text).matches()) {
      long number = Long.parseLong(text);
      Instant instant =
          text.length() >= 12 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
      return plausible(instant, DateSource.GIVEN);
    }
    Instant iso = parseIso(text, zoneId);
    if (iso != null) {
      return plausible(iso, DateSource.GIVEN);
    }
    try {
      return plausible(
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
          DateSource.PARSED);
    } catch (DateTimeParseException e) {
      // not RFC 1123; try the written forms below
    }
    Matcher numeric = NUMERIC.matcher(text);
    if (numeric.matches()) {
      int first = Integer.parseInt(numeric.group(1));
      int second = Integer.parseInt(numeric.group(2));
      int year = fullYear(numeric.group(3));
      int month = order == Order.MDY ? first : second;
      int day = order == Order.MDY ? second : first;
      return dateOf(year, month, day, zoneId, DateSource.PARSED);
    }
    Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
    if (monthFirst.find()) {
      return dateOf(
          Integer.parseInt(monthFirst.group(3)),
          MONTHS.get(monthKey(monthFirst.group(1))),
          Integer.parseInt(monthFirst.group(2)),
          zoneId,
          DateSource.PARSED);
    }
    Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
    if (dayFirst.find()) {
      return dateOf(
          Integer.parseInt(dayFirst.group(3)),
          MONTHS.get(monthKey(dayFirst.group(2))),
          Integer.parseInt(dayFirst.group(1)),
          zoneId,
          DateSource.PARSED);
    }
    return null;
  }

  /** A date found in a URL path such as {@code /2022/04/22/}; null when there is none. */
  public Parsed parseUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher matcher = URL_DATE.matcher(url.replace(" ", ""));
    if (!matcher.find()) {
      return null;
    }
    return dateOf(
        Integer.parseInt(matcher.group(1)),
        Integer.parseInt(matcher.group(2)),
        Integer.parseInt(matcher.group(3)),
        ZoneId.of(zone),
        DateSource.URL);
  }

  private static Instant parseIso(String text, ZoneId zoneId) {
    try {
      if (ISO_DATE.matcher(text).matches()) {
        return LocalDate.parse(text).atStartOfDay(zoneId).toInstant();
      }
      if (ISO_LOCAL.matcher(text).matches()) {
        return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zoneId).toInstant();
      }
      if (text.length() >= 16 && ISO_DATE.matcher(text.substring(0, 10)).matches()) {
        String normalised = text.replace(' ', 'T');
        if (normalised.matches(".*[+-]\\d{4}$")) {
          normalised =
              normalised.substring(0, normalised.length() - 2)
                  + ":"
                  + normalised.substring(normalised.length() - 2);
        }
        return OffsetDateTime.parse(normalised).toInstant();
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  private static Parsed dateOf(int year, int month, int day, ZoneId zoneId, DateSource source) {
    try {
      return plausible(LocalDate.of(year, month, day).atStartOfDay(zoneId).toInstant(), source);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static Parsed plausible(Instant instant, DateSource source) {
    int year = instant.atZone(ZoneId.of("UTC")).getYear();
    return year >= 1900 && year <= 2100 ? new Parsed(instant, source) : null;
  }

  private static int fullYear(String digits) {
    int year = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return year;
    }
    return year < 70 ? 2000 + year : 1900 + year;
  }

  private static String monthKey(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace(".", "");
    return lower.substring(0, 3);
  }

  private static Map<String, Integer> months() {
    String[] names = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    Map<String, Integer> months = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      months.put(names[i], i + 1);
    }
    return Map.copyOf(months);
  }
}
