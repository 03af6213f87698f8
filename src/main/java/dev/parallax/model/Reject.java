package dev.parallax.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input record that could not be used, with where it was and why.
 *
 * @param sourceFile the input file
 * @param record line number (line-based formats) or 1-based record index; 0 for the whole file
 * @param id the record's id where known, else null
 * @param field the offending field, or null when the record as a whole is bad
 * @param reason why it was rejected
 * @param detail a human-readable explanation
 * @param excerpt at most {@link #MAX_EXCERPT} characters of the record
 */
public record Reject(
    String sourceFile,
    long record,
    String id,
    String field,
    RejectReason reason,
    String detail,
    String excerpt)
    implements Serializable {

  public static final int MAX_EXCERPT = 200;

  public Reject {
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(reason, "reason");
    detail = detail == null ? "" : detail;
    excerpt = excerptOf(excerpt);
  }

  /** Shortens text to the excerpt limit, on one line, without breaking a surrogate pair. */
  public static String excerptOf(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("\\s+", " ").strip();
    if (oneLine.length() <= MAX_EXCERPT) {
      return oneLine;
    }
    int end = MAX_EXCERPT;
    if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
      end--;
    }
    return oneLine.substring(0, end);
  }

  /** "file:line field: detail", the form used in logs and error messages. */
  public String location() {
    return sourceFile + ":" + record + (field == null ? "" : " field '" + field + "'");
  }
}
