package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.Placement;
import dev.parallax.model.Sentence;
import dev.parallax.testing.SampleArticles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysed article: sentences with placement, dateline and quotation state; tokens. */
class TextAnalyzerTest {
  private static Article article(String title, String... paragraphs) {
    return new Article(
        "a1",
        "Outlet",
        null,
        title,
        null,
        DateSource.NONE,
        "en",
        List.of(paragraphs),
        null,
        "f",
        1);
  }

  @Test
  void sentencesKnowTheirPlaceDatelineAndQuotation() {
    AnalysedArticle analysed =
        TextAnalyzer.analyse(
            article(
                "Minister says Ostland armed Keld",
                "VARNO, March 2 (SWA) - Ostland delivered sixty launchers, Melnik said. He said"
                    + " \"they are arming it. They are training it.\" The embassy denied it.",
                "Keld's so-called forces trained in the U.S. last year."));
    String text = analysed.text();
    List<String> summary = new ArrayList<>();
    for (Sentence sentence : analysed.sentences()) {
      summary.add(
          sentence.placement().reportValue()
              + " p"
              + sentence.paragraph()
              + " s"
              + sentence.bodyIndex()
              + (sentence.quoteOpenAtStart() ? " open" : "")
              + ": "
              + sentence.content(text));
    }
    assertThat(summary)
        .containsExactly(
            "headline p-1 s-1: Minister says Ostland armed Keld",
            "lead p0 s0: Ostland delivered sixty launchers, Melnik said.",
            "lead p0 s1: He said \"they are arming it.",
            "body p0 s2 open: They are training it.\"",
            "body p0 s3: The embassy denied it.",
            "body p1 s4: Keld's so-called forces trained in the U.S. last year.");
    Sentence first = analysed.sentence(1);
    assertThat(first.text(text)).startsWith("VARNO, March 2 (SWA) - Ostland");
    assertThat(first.placement()).isEqualTo(Placement.LEAD);
    assertThat(text.substring(0, analysed.paragraphStart(0)))
        .isEqualTo("Minister says Ostland armed Keld\n\n");
  }

  @Test
  void tokensHaveOffsetsFormsStemsLemmasAndStopwords() {
    AnalysedArticle analysed =
        TextAnalyzer.analyse(article("", "Keld's so-called Forces were flooding the U.S."));
    List<String> tokens = new ArrayList<>();
    for (int t = 0; t < analysed.tokenCount(); t++) {
      String written = analysed.text().substring(analysed.tokenStart(t), analysed.tokenEnd(t));
      tokens.add(
          written
              + "|"
              + analysed.form(t)
              + "|"
              + analysed.stem(t)
              + "|"
              + analysed.lemma(t)
              + (analysed.isStopword(t) ? "|stop" : ""));
    }
    assertThat(tokens)
        .containsExactly(
            "Keld's|keld's|keld|keld",
            "so|so|so|so",
            "called|called|call|called",
            "Forces|forces|forc|force",
            "were|were|were|were",
            "flooding|flooding|flood|flooding",
            "the|the|the|the|stop",
            "U.S|u.s|u.|u.");
    assertThat(analysed.sentenceCount()).isEqualTo(1);
    assertThat(analysed.sentence(0).placement()).isEqualTo(Placement.LEAD);
    assertThat(analysed.sentence(0).firstToken()).isZero();
    assertThat(analysed.sentence(0).endToken()).isEqualTo(8);
  }

  @Test
  void everySampleTokenLiesInsideOneSentenceAndTheSentencesCoverTheTokens() throws IOException {
    for (Article article : SampleArticles.read()) {
      AnalysedArticle analysed = TextAnalyzer.analyse(article);
      int covered = 0;
      for (Sentence sentence : analysed.sentences()) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
          assertThat(analysed.tokenStart(t)).isBetween(sentence.start(), sentence.end() - 1);
          assertThat(analysed.tokenEnd(t)).isLessThanOrEqualTo(sentence.end());
        }
        covered += sentence.endToken() - sentence.firstToken();
      }
      assertThat(covered).as(article.id()).isEqualTo(analysed.tokenCount());
      assertThat(analysed.withEventId("ev-1").eventId()).isEqualTo("ev-1");
    }
  }

  @Test
  void theCompactSerializedFormGivesBackTheSameAnalysis() throws Exception {
    for (Article article : SampleArticles.read()) {
      AnalysedArticle analysed = TextAnalyzer.analyse(article).withEventId("ev-1");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(analysed);
      }
      AnalysedArticle read;
      try (java.io.ObjectInputStream in =
          new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        read = (AnalysedArticle) in.readObject();
      }
      assertThat(read.article()).isEqualTo(analysed.article());
      assertThat(read.eventId()).isEqualTo("ev-1");
      assertThat(read.sentences()).containsExactlyElementsOf(analysed.sentences());
      assertThat(read.tokenCount()).isEqualTo(analysed.tokenCount());
      for (int t = 0; t < analysed.tokenCount(); t++) {
        assertThat(read.tokenStart(t)).isEqualTo(analysed.tokenStart(t));
        assertThat(read.form(t)).isEqualTo(analysed.form(t));
        assertThat(read.stem(t)).isEqualTo(analysed.stem(t));
        assertThat(read.lemma(t)).isEqualTo(analysed.lemma(t));
        assertThat(read.isStopword(t)).isEqualTo(analysed.isStopword(t));
        assertThat(read.isNumber(t)).isEqualTo(analysed.isNumber(t));
      }
      assertThat(read.mentions(0, read.text().length()))
          .isEqualTo(analysed.mentions(0, analysed.text().length()));
    }
  }
}
