package dev.parallax.wording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.Sentence;
import dev.parallax.testing.SampleArticles;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The n-gram counter against a plain reference (strings and maps per occurrence). */
class TermCountsTest {
  private static final Comparator<TermCounts.Term> BY_KEY =
      Comparator.comparing(TermCounts.Term::key);

  @Test
  void countsUnigramsToTrigramsWithSurfacesAndFirstSentences() {
    Article article =
        article(
            "Kosovo forces",
            "The so-called security forces of Kosovo got 50 systems. Kosovo's force grew.",
            "Security Forces met. The forces said the security forces were ready.");
    Map<String, TermCounts.Term> terms = new HashMap<>();
    TermCounts.of(TextAnalyzer.analyse(article)).forEach(term -> terms.put(term.key(), term));
    assertThat(terms.get("force").count()).isEqualTo(6);
    assertThat(terms.get("force").surface()).isEqualTo("forces");
    assertThat(terms.get("force").exampleSentence()).isEqualTo(0);
    assertThat(terms.get("security force").count()).isEqualTo(3);
    assertThat(terms.get("security force").exampleSentence()).isEqualTo(1);
    // "Kosovo" is capitalised inside a sentence and never lower case: a name, no word choice.
    assertThat(terms)
        .doesNotContainKeys("the", "of kosovo", "force of", "kosovo", "force of kosovo");
    // "Forces" inside "Security Forces met." is capitalised, but "forces" is written lower case
    // too.
    assertThat(terms).containsKey("security force");
  }

  @Test
  void matchesTheReferenceOnTheSampleAndOnRandomizedText() throws Exception {
    List<Article> articles = new ArrayList<>(SampleArticles.read());
    String[] words = {
      "The",
      "the",
      "forces",
      "Force",
      "force's",
      "Kosovo",
      "Kosovo’s",
      "of",
      "and",
      "so-called",
      "army",
      "Army",
      "armies",
      "said",
      "NLAW",
      "Javelin",
      "javelins",
      "security",
      "Security",
      "a",
      "i",
      "it's",
      "denied",
      "claims",
      "claim",
      "ÉCOLE",
      "école",
      "1,200",
      "—",
      ",",
      "."
    };
    Random random = new Random(5);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 5 + random.nextInt(60); w++) {
        text.append(words[random.nextInt(words.length)])
            .append(random.nextInt(9) == 0 ? ". " : " ");
      }
      articles.add(article("", text.toString()));
    }
    for (Article article : articles) {
      List<TermCounts.Term> expected = new ArrayList<>(Reference.count(article, null));
      List<TermCounts.Term> actual = new ArrayList<>(TermCounts.of(TextAnalyzer.analyse(article)));
      expected.sort(BY_KEY);
      actual.sort(BY_KEY);
      assertThat(actual).as(article.id()).isEqualTo(expected);
      assertThat(TermCounts.keyCounts(TextAnalyzer.analyse(article)))
          .as(article.id())
          .containsExactlyInAnyOrderElementsOf(
              expected.stream()
                  .map(term -> new TermCounts.KeyCount(term.key(), term.count()))
                  .toList());
      Set<String> some = new HashSet<>();
      for (TermCounts.Term term : expected) {
        if (random.nextInt(4) == 0) {
          some.add(term.key());
        }
      }
      some.add("absent key");
      List<TermCounts.Term> expectedOnly = new ArrayList<>(Reference.count(article, some));
      List<TermCounts.Term> actualOnly =
          new ArrayList<>(TermCounts.only(TextAnalyzer.analyse(article), some));
      expectedOnly.sort(BY_KEY);
      actualOnly.sort(BY_KEY);
      assertThat(actualOnly).as(article.id()).isEqualTo(expectedOnly);
    }
  }

  private static int counter;

  private static Article article(String title, String... paragraphs) {
    return new Article(
        "t" + counter++,
        "outlet.example",
        null,
        title,
        null,
        DateSource.NONE,
        "en",
        List.of(paragraphs),
        null,
        "test",
        1);
  }

  /**
   * The counter as first written, on the text stage's tokens: strings and maps for every n-gram
   * occurrence.
   */
  private static final class Reference {
    private static final int MAX_N = 3;

    static List<TermCounts.Term> count(Article article, java.util.Set<String> keys) {
      java.util.Set<String> firstStems = null;
      if (keys != null) {
        firstStems = new java.util.HashSet<>();
        for (String key : keys) {
          int space = key.indexOf(' ');
          firstStems.add(space < 0 ? key : key.substring(0, space));
        }
      }
      Map<String, Integer> counts = new HashMap<>();
      Map<String, Map<String, Integer>> surfaces = new HashMap<>();
      Map<String, Integer> examples = new HashMap<>();
      AnalysedArticle analysed = TextAnalyzer.analyse(article);
      String all = analysed.text();
      List<Sentence> sentences = analysed.sentences();
      List<String> lower = new ArrayList<>();
      List<String> stems = new ArrayList<>();
      List<Boolean> stop = new ArrayList<>();
      List<Boolean> endStop = new ArrayList<>();
      List<Boolean> hyphenAfter = new ArrayList<>();
      // Names: lemmas capitalised inside a sentence, outside the headline, and never lower case
      // there.
      Set<String> capitalised = new HashSet<>();
      Set<String> lowerCase = new HashSet<>();
      for (Sentence sentence : sentences) {
        if (sentence.isHeadline()) {
          continue;
        }
        boolean first = true;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
          if (analysed.tokenStart(t) < sentence.contentStart()) {
            continue;
          }
          if (first) {
            first = false;
            continue;
          }
          String lemma = analysed.lemma(t);
          if (Character.isUpperCase(all.charAt(analysed.tokenStart(t)))) {
            capitalised.add(lemma);
          } else {
            lowerCase.add(lemma);
          }
        }
      }
      for (int index = 0; index < sentences.size(); index++) {
        Sentence sentence = sentences.get(index);
        lower.clear();
        stems.clear();
        stop.clear();
        endStop.clear();
        hyphenAfter.clear();
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
          if (analysed.tokenStart(t) < sentence.contentStart()) {
            continue;
          }
          String form = analysed.form(t);
          int end = analysed.tokenEnd(t);
          boolean hyphen =
              t + 1 < sentence.endToken()
                  && all.charAt(end) == '-'
                  && analysed.tokenStart(t + 1) == end + 1;
          lower.add(form);
          boolean name =
              capitalised.contains(analysed.lemma(t)) && !lowerCase.contains(analysed.lemma(t));
          boolean number = analysed.isNumber(t);
          stop.add(
              number
                  || name
                  || (hyphen ? TermCounts.isOpenClassStopword(form) : TermCounts.isStopword(form)));
          endStop.add(number || name || TermCounts.isStopword(form));
          stems.add(analysed.lemma(t));
          hyphenAfter.add(hyphen);
        }
        for (int start = 0; start < lower.size(); start++) {
          if (stop.get(start) || (firstStems != null && !firstStems.contains(stems.get(start)))) {
            continue;
          }
          for (int n = 1; n <= MAX_N && start + n <= lower.size(); n++) {
            if (endStop.get(start + n - 1)) {
              continue;
            }
            StringBuilder key = new StringBuilder(stems.get(start));
            StringBuilder text = new StringBuilder(lower.get(start));
            for (int i = start + 1; i < start + n; i++) {
              key.append(' ').append(stems.get(i));
              text.append(hyphenAfter.get(i - 1) ? "-" : " ").append(lower.get(i));
            }
            String k = key.toString();
            String surface = text.toString();
            if (keys != null && !keys.contains(k)) {
              continue;
            }
            counts.merge(k, 1, Integer::sum);
            surfaces.computeIfAbsent(k, x -> new HashMap<>()).merge(surface, 1, Integer::sum);
            examples.putIfAbsent(k, index);
          }
        }
      }
      List<TermCounts.Term> terms = new ArrayList<>();
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        String surface =
            surfaces.get(entry.getKey()).entrySet().stream()
                .max(
                    Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
        terms.add(
            new TermCounts.Term(
                entry.getKey(), surface, entry.getValue(), examples.get(entry.getKey())));
      }
      return terms;
    }
  }
}
