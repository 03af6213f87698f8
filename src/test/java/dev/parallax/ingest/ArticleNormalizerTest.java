package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleIds;
import dev.parallax.model.DateSource;
import dev.parallax.model.Reject;
import dev.parallax.model.RejectReason;
import dev.parallax.testing.TestRules;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {
  private static final String BODY =
      "The minister said on Monday that sixty launchers were delivered in February.";
  private final ArticleNormalizer normalizer = new ArticleNormalizer(TestRules.rules());

  private static RawRecord record(String fileStem, String... keysAndValues) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put(keysAndValues[i], FieldValue.string(keysAndValues[i + 1]));
    }
    return new RawRecord("in/feed.jsonl", 7, fields, fileStem, false, "raw");
  }

  private Article accepted(RawRecord record) {
    IngestOutcome outcome = normalizer.normalise(record);
    assertThat(outcome).isInstanceOf(IngestOutcome.Accepted.class);
    return ((IngestOutcome.Accepted) outcome).article();
  }

  private Reject rejected(RawRecord record) {
    IngestOutcome outcome = normalizer.normalise(record);
    assertThat(outcome).isInstanceOf(IngestOutcome.Rejected.class);
    return ((IngestOutcome.Rejected) outcome).reject();
  }

  @Test
  void givenFieldsBecomeTheArticle() {
    Article article =
        accepted(
            record(
                null,
                "id",
                "a1",
                "outlet",
                "balkan wire",
                "url",
                "https://balkanwire.example/x",
                "title",
                "Launchers &amp; claims",
                "published",
                "2026-03-02T10:00:00Z",
                "text",
                BODY,
                "language",
                "EN-us"));
    assertThat(article.id()).isEqualTo("a1");
    assertThat(article.outlet()).isEqualTo("Balkan Wire");
    assertThat(article.title()).isEqualTo("Launchers & claims");
    assertThat(article.published().toString()).isEqualTo("2026-03-02T10:00:00Z");
    assertThat(article.dateSource()).isEqualTo(DateSource.GIVEN);
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.sourceFile()).isEqualTo("in/feed.jsonl");
    assertThat(article.record()).isEqualTo(7);
  }

  @Test
  void aliasesMapOtherSchemas() {
    Article article =
        accepted(
            record(
                null,
                "ID",
                "abp-1",
                "source",
                "www.northernherald.example",
                "content_original",
                BODY,
                "date",
                "April 22, 2022"));
    assertThat(article.id()).isEqualTo("abp-1");
    assertThat(article.outlet()).isEqualTo("Northern Herald");
    assertThat(article.dateSource()).isEqualTo(DateSource.PARSED);
  }

  @Test
  void outletComesFromTheUrlDomainKnownOrNot() {
    assertThat(
            accepted(record(null, "url", "https://news.statewire.example/a", "text", BODY))
                .outlet())
        .isEqualTo("State Wire Agency");
    assertThat(
            accepted(record(null, "url", "https://www.unknown-paper.example/a", "text", BODY))
                .outlet())
        .isEqualTo("unknown-paper.example");
  }

  @Test
  void oneArticleFilesFallBackToTheFolderName() {
    RawRecord record =
        new RawRecord(
            "data/riverside/x.md", 1, Map.of("text", FieldValue.string(BODY)), "x", false, "raw");
    Article article = accepted(record);
    assertThat(article.outlet()).isEqualTo("Riverside Daily");
    assertThat(article.id()).isEqualTo("x");
  }

  @Test
  void defaultOutletWinsOverTheFolder() {
    ArticleNormalizer withDefault =
        new ArticleNormalizer(TestRules.rules(Map.of("ingest.default-outlet", "Global Digest")));
    RawRecord record =
        new RawRecord(
            "data/seeds/x.md", 1, Map.of("text", FieldValue.string(BODY)), "x", false, "");
    IngestOutcome outcome = withDefault.normalise(record);
    assertThat(((IngestOutcome.Accepted) outcome).article().outlet()).isEqualTo("Global Digest");
  }

  @Test
  void idsAreDerivedDeterministically() {
    Article byUrl =
        accepted(record(null, "outlet", "X", "url", "https://x.example/a", "text", BODY));
    assertThat(byUrl.id())
        .isEqualTo(ArticleIds.fromUrl("https://x.example/a"))
        .startsWith("u")
        .hasSize(17);
    Article byText = accepted(record(null, "outlet", "X", "text", BODY));
    assertThat(byText.id()).isEqualTo(ArticleIds.fromText(BODY)).startsWith("t");
  }

  @Test
  void dateFallsBackToTheUrlThenToNone() {
    assertThat(
            accepted(record(null, "url", "https://x.example/2022/04/22/a", "text", BODY))
                .dateSource())
        .isEqualTo(DateSource.URL);
    Article undated = accepted(record(null, "outlet", "X", "published", "someday", "text", BODY));
    assertThat(undated.dateSource()).isEqualTo(DateSource.NONE);
    assertThat(undated.published()).isNull();
  }

  @Test
  void languageIsDetectedWhenNotGiven() {
    Article english =
        accepted(record(null, "outlet", "X", "text", BODY + " The embassy denied it."));
    assertThat(english.language()).isEqualTo("en");
    Article german =
        accepted(
            record(
                null,
                "outlet",
                "X",
                "text",
                "Der Minister sagte am Montag, dass im Februar sechzig Raketenwerfer geliefert"
                    + " worden seien, was die Botschaft entschieden zurückwies."));
    assertThat(german.language()).isEqualTo("de");
  }

  @Test
  void eachRejectReasonNamesTheField() {
    assertThat(rejected(record(null, "outlet", "X")))
        .extracting(Reject::reason, Reject::field)
        .containsExactly(RejectReason.MISSING_TEXT, "text");
    RawRecord notText =
        new RawRecord(
            "f",
            3,
            Map.of(
                "outlet",
                FieldValue.string("X"),
                "body",
                new FieldValue(null, FieldValue.Shape.STRUCTURE)),
            null,
            false,
            "{}");
    assertThat(rejected(notText))
        .extracting(Reject::reason, Reject::field)
        .containsExactly(RejectReason.NOT_TEXT, "body");
    assertThat(rejected(record(null, "outlet", "X", "text", "too short text")))
        .extracting(Reject::reason, Reject::field)
        .containsExactly(RejectReason.TOO_SHORT, "text");
    assertThat(rejected(record(null, "id", "k", "text", BODY)))
        .extracting(Reject::reason, Reject::field, Reject::id)
        .containsExactly(RejectReason.NO_OUTLET, "outlet", "k");
    ArticleNormalizer strict =
        new ArticleNormalizer(TestRules.rules(Map.of("ingest.require-date", "true")));
    IngestOutcome undated = strict.normalise(record(null, "outlet", "X", "text", BODY));
    assertThat(((IngestOutcome.Rejected) undated).reject())
        .extracting(Reject::reason, Reject::field)
        .containsExactly(RejectReason.MISSING_DATE, "published");
  }

  @Test
  void markdownHeadingBecomesTheTitle() {
    Article article =
        accepted(
            record(
                "seed",
                "outlet",
                "X",
                "text",
                "# The headline\n\nFirst paragraph of the body text."));
    assertThat(article.title()).isEqualTo("The headline");
    assertThat(article.paragraphs()).containsExactly("First paragraph of the body text.");
  }
}
