package dev.parallax.wording;

import dev.parallax.claims.SentenceSplitter;
import dev.parallax.claims.Span;
import dev.parallax.model.Article;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * An article's word counts for word-choice comparison: unigrams to trigrams of its title and body,
 * counted under a stemmed key (English plural stemming, so "forces" and "force" count together) and
 * remembered with their most frequent surface form and the first sentence that uses them. N-grams
 * may not start or end with a stopword, and unigrams are never stopwords.
 */
public final class TermCounts {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  private static final int MAX_N = 3;

  private TermCounts() {}

  /** One term of one article. */
  public record Term(String key, String surface, int count, int exampleSentence)
      implements Serializable {}

  public static List<Term> of(Article article) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Map<String, Integer>> surfaces = new HashMap<>();
    Map<String, Integer> examples = new HashMap<>();
    List<String> sentences = sentences(article);
    EnglishMinimalStemmer stemmer = new EnglishMinimalStemmer();
    for (int index = 0; index < sentences.size(); index++) {
      String sentence = sentences.get(index);
      List<String> words = new ArrayList<>();
      Matcher word = WORD.matcher(sentence);
      while (word.find()) {
        words.add(word.group().replace('’', '\''));
      }
      for (int start = 0; start < words.size(); start++) {
        for (int n = 1; n <= MAX_N && start + n <= words.size(); n++) {
          String first = words.get(start).toLowerCase(Locale.ROOT);
          String last = words.get(start + n - 1).toLowerCase(Locale.ROOT);
          if (isStopword(first) || isStopword(last)) {
            continue;
          }
          StringBuilder key = new StringBuilder();
          StringBuilder surface = new StringBuilder();
          for (int i = start; i < start + n; i++) {
            String token = words.get(i).toLowerCase(Locale.ROOT);
            if (token.endsWith("'s")) {
              token = token.substring(0, token.length() - 2);
            }
            char[] buffer = token.toCharArray();
            int length = stemmer.stem(buffer, buffer.length);
            key.append(i > start ? " " : "").append(buffer, 0, length);
            surface.append(i > start ? " " : "").append(words.get(i).toLowerCase(Locale.ROOT));
          }
          String k = key.toString();
          counts.merge(k, 1, Integer::sum);
          surfaces
              .computeIfAbsent(k, x -> new HashMap<>())
              .merge(surface.toString(), 1, Integer::sum);
          examples.putIfAbsent(k, index);
        }
      }
    }
    List<Term> terms = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      String surface =
          surfaces.get(entry.getKey()).entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey()))
              .orElseThrow()
              .getKey();
      terms.add(new Term(entry.getKey(), surface, entry.getValue(), examples.get(entry.getKey())));
    }
    return terms;
  }

  /** The article's sentences, title first: {@link Term#exampleSentence} indexes this list. */
  public static List<String> sentences(Article article) {
    List<String> sentences = new ArrayList<>();
    if (!article.title().isBlank()) {
      sentences.add(article.title());
    }
    for (String paragraph : article.paragraphs()) {
      for (Span span : SentenceSplitter.sentences(paragraph)) {
        sentences.add(span.of(paragraph));
      }
    }
    return sentences;
  }

  static boolean isStopword(String word) {
    return word.length() < 2
        || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
        || EXTRA_STOPWORDS.contains(word);
  }

  private static final java.util.Set<String> EXTRA_STOPWORDS =
      java.util.Set.of(
          "said",
          "says",
          "also",
          "would",
          "could",
          "has",
          "have",
          "had",
          "been",
          "its",
          "his",
          "her",
          "he",
          "she",
          "we",
          "i",
          "you",
          "who",
          "which",
          "from",
          "after",
          "over",
          "about",
          "more",
          "than",
          "when",
          "while",
          "one",
          "two",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");
}
