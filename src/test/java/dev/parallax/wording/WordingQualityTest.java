package dev.parallax.wording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Article;
import dev.parallax.model.TermScore;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.datasets.Basil;
import dev.parallax.testing.datasets.LabelledCorpus;
import dev.parallax.text.TextAnalyzer;
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
  /** Random draws of 10 content words per article, averaged: one draw of a rare label is noise. */
  static final int DRAWS = 50;

  /** The shipped default of wording.loaded-weight. */
  private static final double LOADED_WEIGHT =
      dev.parallax.config.ParallaxConfig.defaults()
          .getDouble(dev.parallax.config.ConfigKeys.WORDING_LOADED_WEIGHT);

  /**
   * The shipped loaded-words lexicon (conf/loaded-words.txt) as the job's distinctive terms weigh
   * it (word classes of conf/pos-lexicon.tsv, wording.topical-weight).
   */
  private static final LoadedWords LOADED =
      dev.parallax.job.Analyses.termWeights(dev.parallax.testing.TestRules.config(Map.of()));

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
      List<TermCounts.Term> terms = TermCounts.of(TextAnalyzer.analyse(article));
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
    DistinctiveTerms distinctive = new DistinctiveTerms(1000, 10, 1, LOADED, LOADED_WEIGHT);
    Random random = new Random(11);
    int topHits = 0;
    int topTotal = 0;
    int randomHits = 0;
    int randomTotal = 0;
    Map<String, Integer> eventsOfOutletTerm = new java.util.TreeMap<>();
    Map<String, Integer> eventsOfOutlet = new HashMap<>();
    for (Map.Entry<String, List<OutletTerm>> event : byEvent.entrySet()) {
      java.util.Set<String> outlets = new java.util.HashSet<>();
      for (TermScore row : distinctive.compare(event.getKey(), event.getValue(), corpusTotal)) {
        String articleId = articleOfOutletEvent.get(event.getKey() + "|" + row.outlet());
        topTotal++;
        topHits += inSpan(row.term(), spans.getOrDefault(articleId, List.of())) ? 1 : 0;
        eventsOfOutletTerm.merge(row.outlet() + "|" + row.term(), 1, Integer::sum);
        outlets.add(row.outlet());
        assertThat(TermCounts.isStopword(row.term())).as(row.term()).isFalse();
      }
      outlets.forEach(outlet -> eventsOfOutlet.merge(outlet, 1, Integer::sum));
    }
    // House style: no term in an outlet's top 10 in more than a fifth of its events.
    String commonest =
        eventsOfOutletTerm.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(e -> e.getKey() + " in " + e.getValue() + " events")
            .orElse("");
    System.out.println(
        "wording basil-dev: the term most often in one outlet's top 10: " + commonest);
    eventsOfOutletTerm.forEach(
        (outletTerm, events) ->
            assertThat((double) events / eventsOfOutlet.get(outletTerm.split("\\|")[0]))
                .as(outletTerm)
                .isLessThanOrEqualTo(0.2));
    for (int draw = 0; draw < DRAWS; draw++) {
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
    }
    double topShare = (double) topHits / topTotal;
    double randomShare = (double) randomHits / randomTotal;
    System.out.printf(
        "wording basil-dev: top-10 distinctive terms in lex spans %.4f (%d/%d), random terms %.4f (%d/%d), ratio %.2f%n",
        topShare, topHits, topTotal, randomShare, randomHits, randomTotal, topShare / randomShare);
    assertThat(topShare / randomShare).isGreaterThanOrEqualTo(RATIO_FLOOR);
  }

  /**
   * BABE (Spinde et al. 2021, {@code final_labels_SG2.csv}): sentences from 11 outlets by topic.
   * Each topic is taken as an event and each outlet's sentences on it as its article; of each
   * outlet's top-10 distinctive terms per topic, the share containing a word the annotators marked
   * as biased in that outlet's sentences on the topic, against 10 random content unigrams of the
   * same sentences.
   */
  @Test
  void distinctiveTermsHitBabeBiasedWordsMoreThanRandomTerms() throws IOException {
    Path babe = SharedFolder.require("datasets/babe").resolve("final_labels_SG2.csv");
    Map<String, List<String>> sentences = new java.util.TreeMap<>();
    Map<String, java.util.Set<String>> biased = new HashMap<>();
    org.apache.commons.csv.CSVFormat format =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();
    String text = Files.readString(babe).replaceFirst("^\uFEFF", "");
    try (org.apache.commons.csv.CSVParser parser = format.parse(new java.io.StringReader(text))) {
      for (org.apache.commons.csv.CSVRecord record : parser) {
        String key = record.get("topic") + "|" + record.get("outlet");
        sentences.computeIfAbsent(key, k -> new ArrayList<>()).add(record.get("text"));
        java.util.regex.Matcher word =
            java.util.regex.Pattern.compile("'([^']+)'").matcher(record.get("biased_words"));
        while (word.find()) {
          biased
              .computeIfAbsent(key, k -> new java.util.HashSet<>())
              .add(word.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, List<TermCounts.Term>> termsByArticle = new HashMap<>();
    Map<String, Long> corpusCounts = new HashMap<>();
    long corpusTotal = 0;
    for (Map.Entry<String, List<String>> article : sentences.entrySet()) {
      String[] topicOutlet = article.getKey().split("\\|", 2);
      List<TermCounts.Term> terms =
          TermCounts.of(
              TextAnalyzer.analyse(
                  new Article(
                      article.getKey(),
                      topicOutlet[1],
                      "",
                      "",
                      null,
                      dev.parallax.model.DateSource.NONE,
                      "en",
                      article.getValue(),
                      null,
                      babe.toString(),
                      1)));
      termsByArticle.put(article.getKey(), terms);
      for (TermCounts.Term term : terms) {
        corpusCounts.merge(term.key(), (long) term.count(), Long::sum);
        corpusTotal += term.count();
      }
    }
    Map<String, List<OutletTerm>> byTopic = new java.util.TreeMap<>();
    termsByArticle.forEach(
        (key, terms) -> {
          String[] topicOutlet = key.split("\\|", 2);
          for (TermCounts.Term term : terms) {
            byTopic
                .computeIfAbsent(topicOutlet[0], t -> new ArrayList<>())
                .add(
                    new OutletTerm(
                        topicOutlet[1],
                        key,
                        term.key(),
                        term.surface(),
                        term.count(),
                        term.exampleSentence(),
                        corpusCounts.get(term.key())));
          }
        });
    DistinctiveTerms distinctive = new DistinctiveTerms(1000, 10, 2, LOADED, LOADED_WEIGHT);
    int topHits = 0;
    int topTotal = 0;
    for (Map.Entry<String, List<OutletTerm>> topic : byTopic.entrySet()) {
      for (TermScore row : distinctive.compare(topic.getKey(), topic.getValue(), corpusTotal)) {
        topTotal++;
        topHits +=
            hasBiasedWord(
                    row.term(),
                    biased.getOrDefault(topic.getKey() + "|" + row.outlet(), java.util.Set.of()))
                ? 1
                : 0;
      }
    }
    Random random = new Random(11);
    int randomHits = 0;
    int randomTotal = 0;
    for (int draw = 0; draw < DRAWS; draw++) {
      for (Map.Entry<String, List<TermCounts.Term>> article : termsByArticle.entrySet()) {
        List<TermCounts.Term> unigrams =
            new ArrayList<>(
                article.getValue().stream().filter(t -> !t.surface().contains(" ")).toList());
        unigrams.sort(java.util.Comparator.comparing(TermCounts.Term::key));
        java.util.Collections.shuffle(unigrams, random);
        for (TermCounts.Term term : unigrams.subList(0, Math.min(10, unigrams.size()))) {
          randomTotal++;
          randomHits +=
              hasBiasedWord(
                      term.surface(), biased.getOrDefault(article.getKey(), java.util.Set.of()))
                  ? 1
                  : 0;
        }
      }
    }
    double topShare = (double) topHits / topTotal;
    double randomShare = (double) randomHits / randomTotal;
    System.out.printf(
        "wording babe: top-10 distinctive terms with a biased word %.4f (%d/%d), random terms %.4f (%d/%d), ratio %.2f%n",
        topShare, topHits, topTotal, randomShare, randomHits, randomTotal, topShare / randomShare);
    assertThat(topTotal).isGreaterThan(100);
    assertThat(topShare / randomShare).isGreaterThanOrEqualTo(BABE_RATIO_FLOOR);
  }

  /**
   * The ratio reached: 2.15 (0.1517 vs 0.0704 over 50 draws) with closed-class words, names and
   * outlet names left out, the lexicon matched through inflections only and loaded terms ranked up
   * by wording.loaded-weight 12, rated nouns and verbs at wording.topical-weight 0.6 and the hedges
   * of the lexicon (2.13 before both; 1.96 by Porter stem and weight 3; 1.07 when this test was
   * written, 1.12 with the shared tokens, both against one draw). The target: 2x.
   */
  static final double BABE_RATIO_FLOOR = 2.0;

  private static boolean hasBiasedWord(String term, java.util.Set<String> words) {
    for (String word : term.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ratio reached: 2.32 (0.0307 vs 0.0132 over 50 draws, 46 of 1,500 top terms) with
   * closed-class words, names and outlet names left out, the lexicon matched through inflections
   * only, loaded terms ranked up by wording.loaded-weight 12, sentiment-rated nouns and verbs at
   * wording.topical-weight 0.6 of their weight and the lexicon's hedges ("reportedly") (1.82, 36,
   * before those two; 1.61 by Porter stem and weight 3; 0.64 when this test was written: per-event
   * log-odds over one article per outlet surfaced the event's names and facts; 0.78 with the shared
   * tokens; both against one draw). The target: 2x.
   */
  static final double RATIO_FLOOR = 2.0;

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
