package dev.parallax.model;

import java.util.Locale;

/** Why an input record was not accepted. Each reject carries exactly one reason. */
public enum RejectReason {
  MALFORMED_JSON,
  MALFORMED_CSV,
  MALFORMED_FRONT_MATTER,
  UNKNOWN_FORMAT,
  UNREADABLE_FILE,
  MISSING_TEXT,
  NOT_TEXT,
  TOO_SHORT,
  NO_OUTLET,
  BINARY,
  TOO_LARGE,
  MISSING_DATE;

  /** The value written in reports: lower-case snake_case. */
  public String reportValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
