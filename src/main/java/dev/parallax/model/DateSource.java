package dev.parallax.model;

import java.util.Locale;

/** Where an article's publication date came from. */
public enum DateSource {
  /** A machine-readable date given in the input (ISO-8601 or epoch seconds). */
  GIVEN,
  /** A human-written date parsed from the input ("April 22, 2022", RFC 1123, "9/6/17"). */
  PARSED,
  /** A date read from the URL path (".../2022/04/22/..."). */
  URL,
  /** No usable date. */
  NONE;

  /** The value written in reports: the lower-case name. */
  public String reportValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
