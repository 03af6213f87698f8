package dev.parallax.wording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Article;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.datasets.Basil;
import dev.parallax.testing.datasets.LabelledCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * BASIL dev lexical-bias spans (Fan et al. 2019): of each outlet's top-10 distinctive terms per
 * event, the share inside an annotated lexical-bias span of that outlet's article, against the
 * share for 10 random content terms of the same article.
 */
class WordingQualityTest {

  @Test
  void distinctiveTermsHitLexicalBiasMoreThanRandomTerms() throws IOException {
    Path basil = SharedFolder.require("datasets/basil-dev");
    LabelledCorpus corpus = Basil.load(basil, false);
    Map<String, List<String>> spans = lexicalSpans(basil);
    Map<String, List<OutletTerm>> byEvent = new HashMap<>();
    Map<String, Long> corpusCounts = new HashMap<>();
    Map<String, List<TermCounts.Term>> termsByArticle = new HashMap<>();
    long corpusTotal = 0;
    for (Article article : corpus.articles()) {
      List<TermCounts.Term> terms = TermCounts.of(article);
      termsByArticle.put(article.id(), terms);
      for (TermCounts.Term term : terms) {
        corpusCounts.merge(term.key(), (long) term.count(), Long::sum);
        corpusTotal += term.count();
      }
    }
    Map<String, String> articleOfOutletEvent = new HashMap<>();
    for (Article article : corpus.articles()) {
      String event = corpus.goldEvents().get(article.id());
      articleOfOutletEvent.put(event + "|" + article.outlet(), article.id());
      for (TermCounts.Term term : termsByArticle.get(article.id())) {
        byEvent
            .computeIfAbsent(event, e -> new ArrayList<>())
            .add(
                new OutletTerm(
                    article.outlet(),
                    article.id(),
                    term.key(),
                    term.surface(),
                    term.count(),
                    term.exampleSentence(),
                    corpusCounts.get(term.key())));
      }
    }
    DistinctiveTerms distinctive = new DistinctiveTerms(1000, 10, 1);
    Random random = new Random(11);
    int topHits = 0;
    int topTotal = 0;
    int randomHits = 0;
    int randomTotal = 0;
    for (Map.Entry<String, List<OutletTerm>> event : byEvent.entrySet()) {
      for (WordingRow row : distinctive.compare(event.getKey(), event.getValue(), corpusTotal)) {
        String articleId = articleOfOutletEvent.get(event.getKey() + "|" + row.outlet());
        topTotal++;
        topHits += inSpan(row.term(), spans.getOrDefault(articleId, List.of())) ? 1 : 0;
      }
    }
    for (Article article : corpus.articles()) {
      List<TermCounts.Term> unigrams =
          new ArrayList<>(
              termsByArticle.get(article.id()).stream()
                  .filter(t -> !t.surface().contains(" "))
                  .toList());
      unigrams.sort(java.util.Comparator.comparing(TermCounts.Term::key));
      java.util.Collections.shuffle(unigrams, random);
      for (TermCounts.Term term : unigrams.subList(0, Math.min(10, unigrams.size()))) {
        randomTotal++;
        randomHits += inSpan(term.surface(), spans.getOrDefault(article.id(), List.of())) ? 1 : 0;
      }
    }
    double topShare = (double) topHits / topTotal;
    double randomShare = (double) randomHits / randomTotal;
    System.out.printf(
        "wording basil-dev: top-10 distinctive terms in lex spans %.4f (%d/%d), random terms %.4f (%d/%d), ratio %.2f%n",
        topShare, topHits, topTotal, randomShare, randomHits, randomTotal, topShare / randomShare);
    assertThat(topShare / randomShare).isGreaterThanOrEqualTo(RATIO_FLOOR);
  }

  /**
   * The ratio reached when this test was written: 0.64 (0.0060 vs 0.0093), below 1 — per-event
   * log-odds over one article per outlet surfaces the event's names and facts, not BASIL's loaded
   * words. The floor keeps the figure from getting worse; raising it is open work (issue 6).
   */
  static final double RATIO_FLOOR = 0.6;

  private static boolean inSpan(String term, List<String> spans) {
    String lower = term.toLowerCase(Locale.ROOT);
    for (String span : spans) {
      if ((" " + span.toLowerCase(Locale.ROOT) + " ")
          .matches("(?s).*[^\\p{L}]" + java.util.regex.Pattern.quote(lower) + "[^\\p{L}].*")) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, List<String>> lexicalSpans(Path basil) throws IOException {
    Map<String, List<String>> spans = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(basil.resolve("annotations"))) {
      for (Path file : files.filter(p -> p.toString().endsWith("_ann.json")).toList()) {
        String articleId = file.getFileName().toString().replace("_ann.json", "");
        for (JsonNode span : json.readTree(file.toFile()).get("phrase-level-annotations")) {
          if ("lex".equals(span.path("bias").asText())) {
            spans.computeIfAbsent(articleId, a -> new ArrayList<>()).add(span.path("txt").asText());
          }
        }
      }
    }
    return spans;
  }
}
