package dev.parallax.ingest;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleIds;
import dev.parallax.model.DateSource;
import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import dev.parallax.model.WordCount;
import dev.parallax.text.LanguageIdentifier;
import dev.parallax.text.TextCleaner;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Normalises one raw record into an {@link Article}, or says why it cannot: the text field is
 * required and must be text; the outlet comes from the outlet field, the URL's domain, {@code
 * ingest.default-outlet}, or (for one-article files) the parent folder; the id from the id field,
 * the file name, or a hash of URL or text ({@link ArticleIds}); the date from the date field or the
 * URL. Attribution lines are read before boilerplate patterns remove them.
 */
public final class ArticleNormalizer implements Serializable {
  private final IngestRules rules;

  public ArticleNormalizer(IngestRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  public IngestOutcome normalise(RawRecord raw) {
    FieldMapping fields = rules.fields();
    String id = text(fields.find(raw.fields(), "id"));
    FieldMapping.Found textField = fields.find(raw.fields(), "text");
    if (textField == null || textField.value().isText() && textField.value().text().isBlank()) {
      return reject(raw, id, "text", RejectReason.MISSING_TEXT, "no article text");
    }
    if (!textField.value().isText()) {
      return reject(
          raw,
          id,
          textField.inputName(),
          RejectReason.NOT_TEXT,
          "'" + textField.inputName() + "' is " + textField.value().describe() + ", not text");
    }
    String rawText = textField.value().text();
    String url = blankToNull(text(fields.find(raw.fields(), "url")));
    String outlet = outletOf(raw, url);
    if (outlet == null) {
      return reject(
          raw,
          id,
          "outlet",
          RejectReason.NO_OUTLET,
          "no outlet field and no URL to derive one from");
    }
    List<String> paragraphs = new ArrayList<>(TextCleaner.paragraphs(rawText));
    String title = TextCleaner.inline(text(fields.find(raw.fields(), "title")));
    if (title.isEmpty() && rawText.stripLeading().startsWith("# ") && !paragraphs.isEmpty()) {
      title = paragraphs.remove(0);
    }
    String declaredSource = rules.attributionLines().declaredSource(paragraphs);
    if (declaredSource != null) {
      declaredSource = rules.outlets().canonicalName(declaredSource);
      if (declaredSource.equals(outlet)) {
        declaredSource = null;
      }
    }
    List<String> body = rules.boilerplate().keep(paragraphs);
    int words = WordCount.of(body);
    if (words < rules.minWords()) {
      return reject(
          raw,
          id,
          textField.inputName(),
          RejectReason.TOO_SHORT,
          "text has "
              + words
              + " words after cleaning, under ingest.min-words="
              + rules.minWords());
    }
    DateParser.Parsed date = rules.dates().parse(text(fields.find(raw.fields(), "published")));
    if (date == null) {
      date = rules.dates().parseUrl(url);
    }
    if (date == null && rules.requireDate()) {
      return reject(
          raw,
          id,
          "published",
          RejectReason.MISSING_DATE,
          "no usable publication date and ingest.require-date=true");
    }
    Instant published = date == null ? null : date.instant();
    DateSource dateSource = date == null ? DateSource.NONE : date.source();
    String language = LanguageIdentifier.normalise(text(fields.find(raw.fields(), "language")));
    if (language == null) {
      language = LanguageIdentifier.detect(title, body);
    }
    if (id == null || id.isBlank()) {
      if (raw.fileStem() != null) {
        id = raw.fileStem();
      } else if (url != null) {
        id = ArticleIds.fromUrl(url);
      } else {
        id = ArticleIds.fromText(rawText);
      }
    }
    Article article =
        new Article(
            id.strip(),
            outlet,
            url,
            title,
            published,
            dateSource,
            language,
            body,
            declaredSource,
            raw.sourceFile(),
            raw.record());
    return new IngestOutcome.Accepted(article, raw.repairedUtf8());
  }

  private String outletOf(RawRecord raw, String url) {
    String given = text(rules.fields().find(raw.fields(), "outlet"));
    if (given != null && !given.isBlank()) {
      return rules.outlets().canonicalName(given);
    }
    if (url != null) {
      String fromUrl = rules.outlets().outletOfUrl(url);
      if (fromUrl != null) {
        return fromUrl;
      }
    }
    if (!rules.defaultOutlet().isEmpty()) {
      return rules.outlets().canonicalName(rules.defaultOutlet());
    }
    if (raw.fileStem() != null) {
      String folder = FileNames.parentName(raw.sourceFile());
      if (!folder.isEmpty()) {
        return rules.outlets().canonicalName(folder);
      }
    }
    return null;
  }

  private static IngestOutcome reject(
      RawRecord raw, String id, String field, RejectReason reason, String detail) {
    return new IngestOutcome.Rejected(
        new Reject(raw.sourceFile(), raw.record(), id, field, reason, detail, raw.raw()));
  }

  private static String text(FieldMapping.Found found) {
    if (found == null || found.value().text() == null) {
      return null;
    }
    return found.value().text();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
