package dev.parallax.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * Formats report cells by the project's CSV conventions: ISO-8601 UTC dates, {@code true}/{@code
 * false}, lists joined with {@code " | "}, decimals with 4 places, empty for unknown.
 */
public final class Cells {
  public static final String LIST_SEPARATOR = " | ";
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Cells() {}

  public static String text(String value) {
    return value == null ? "" : value;
  }

  public static String instant(Instant value) {
    return value == null ? "" : ISO.format(value);
  }

  public static String epochMillis(Long value) {
    return value == null ? "" : instant(Instant.ofEpochMilli(value));
  }

  public static String bool(boolean value) {
    return value ? "true" : "false";
  }

  public static String integer(long value) {
    return Long.toString(value);
  }

  public static String decimal(Double value) {
    return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.4f", value);
  }

  public static String list(Collection<String> values) {
    return values == null ? "" : String.join(LIST_SEPARATOR, values);
  }
}
