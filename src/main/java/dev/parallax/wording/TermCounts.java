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
    return count(article, null);
  }

  /**
   * Only the given term keys of an article (as {@link #of} counts them): for looking up a few terms
   * in many articles without building every n-gram.
   */
  public static List<Term> only(Article article, java.util.Set<String> keys) {
    return count(article, keys);
  }

  private static List<Term> count(Article article, java.util.Set<String> keys) {
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
    List<String> sentences = sentences(article);
    EnglishMinimalStemmer stemmer = new EnglishMinimalStemmer();
    List<String> lower = new ArrayList<>();
    List<String> stems = new ArrayList<>();
    List<Boolean> stop = new ArrayList<>();
    for (int index = 0; index < sentences.size(); index++) {
      String sentence = sentences.get(index);
      // Each word once: lower case, stem (possessive dropped), stopword or not.
      lower.clear();
      stems.clear();
      stop.clear();
      Matcher word = WORD.matcher(sentence);
      while (word.find()) {
        String token = word.group().replace('’', '\'').toLowerCase(Locale.ROOT);
        lower.add(token);
        stop.add(isStopword(token));
        String base = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
        char[] buffer = base.toCharArray();
        stems.add(new String(buffer, 0, stemmer.stem(buffer, buffer.length)));
      }
      for (int start = 0; start < lower.size(); start++) {
        if (stop.get(start) || (firstStems != null && !firstStems.contains(stems.get(start)))) {
          continue;
        }
        for (int n = 1; n <= MAX_N && start + n <= lower.size(); n++) {
          if (stop.get(start + n - 1)) {
            continue;
          }
          String k;
          String surface;
          if (n == 1) {
            k = stems.get(start);
            surface = lower.get(start);
          } else {
            StringBuilder key = new StringBuilder(stems.get(start));
            StringBuilder text = new StringBuilder(lower.get(start));
            for (int i = start + 1; i < start + n; i++) {
              key.append(' ').append(stems.get(i));
              text.append(' ').append(lower.get(i));
            }
            k = key.toString();
            surface = text.toString();
          }
          if (keys != null && !keys.contains(k)) {
            continue;
          }
          counts.merge(k, 1, Integer::sum);
          surfaces.computeIfAbsent(k, x -> new HashMap<>()).merge(surface, 1, Integer::sum);
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
