package dev.parallax.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One accepted news article, normalised from any input format.
 *
 * @param id stable identifier (given, file name, or a SHA-256 of URL or text)
 * @param outlet canonical outlet name from the registry, or the URL's domain
 * @param url the article's URL, or null
 * @param title the headline, possibly empty
 * @param published publication instant in UTC, or null when {@code dateSource} is NONE
 * @param dateSource where {@code published} came from
 * @param language ISO 639-1 code (given or detected), or "und" when unknown
 * @param paragraphs clean body paragraphs, in order
 * @param declaredSource the outlet an attribution line names as the original, or null
 * @param sourceFile the input file
 * @param record line number or record index within {@code sourceFile} (1-based)
 */
public record Article(
    String id,
    String outlet,
    String url,
    String title,
    Instant published,
    DateSource dateSource,
    String language,
    List<String> paragraphs,
    String declaredSource,
    String sourceFile,
    long record)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    title = title == null ? "" : title;
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(language, "language");
    paragraphs = List.copyOf(paragraphs);
    Objects.requireNonNull(sourceFile, "sourceFile");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    if ((published == null) != (dateSource == DateSource.NONE)) {
      throw new IllegalArgumentException(
          "article " + id + ": published=" + published + " contradicts dateSource=" + dateSource);
    }
  }

  /** The body as one string, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** Number of whitespace-separated words in the body. */
  public int words() {
    return WordCount.of(paragraphs);
  }

  /** A copy with other paragraphs (after boilerplate removal). */
  public Article withParagraphs(List<String> newParagraphs) {
    return new Article(
        id,
        outlet,
        url,
        title,
        published,
        dateSource,
        language,
        newParagraphs,
        declaredSource,
        sourceFile,
        record);
  }
}
