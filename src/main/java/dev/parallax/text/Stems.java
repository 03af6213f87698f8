package dev.parallax.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one stemmer and the one lemmatiser of Parallax, for lower-case word forms: the possessive
 * removed ("keld's" → "keld"), then Lucene's Porter stemmer (Porter 1980: "flooding", "floods",
 * "flooded" → "flood") for the stem, and Lucene's minimal English stemmer (plurals only: "forces" →
 * "force") for the lemma. Together with {@link Tokenizer} this is exactly Lucene's {@code
 * EnglishAnalyzer}. Results are cached per thread: word forms follow Zipf's law, so a bounded cache
 * answers nearly every call.
 */
public final class Stems {
  private static final int CACHE_LIMIT = 200_000;

  private static final Analyzer PORTER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          KeywordTokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, new PorterStemFilter(source));
        }
      };

  private static final ThreadLocal<Map<String, String>> PORTER_CACHE =
      ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<Map<String, String>> LEMMA_CACHE =
      ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<EnglishMinimalStemmer> MINIMAL =
      ThreadLocal.withInitial(EnglishMinimalStemmer::new);

  private Stems() {}

  /** The form without a trailing possessive ('s, ’s, ＇s), as Lucene's possessive filter does. */
  public static String withoutPossessive(String form) {
    int length = form.length();
    if (length >= 2) {
      char last = form.charAt(length - 1);
      char apostrophe = form.charAt(length - 2);
      if ((last == 's' || last == 'S')
          && (apostrophe == '\'' || apostrophe == '\u2019' || apostrophe == '\uFF07')) {
        return form.substring(0, length - 2);
      }
    }
    return form;
  }

  /** Whether a form without its possessive is an English stopword (Lucene's list). */
  public static boolean isStopword(String base) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(base);
  }

  /** The Porter stem of a lower-case form without its possessive. */
  public static String stem(String base) {
    Map<String, String> cache = PORTER_CACHE.get();
    String stem = cache.get(base);
    if (stem == null) {
      stem = porter(base);
      remember(cache, base, stem);
    }
    return stem;
  }

  /** The lemma (plural made singular) of a lower-case form without its possessive. */
  public static String lemma(String base) {
    Map<String, String> cache = LEMMA_CACHE.get();
    String lemma = cache.get(base);
    if (lemma == null) {
      char[] buffer = base.toCharArray();
      int length = MINIMAL.get().stem(buffer, buffer.length);
      lemma = length == buffer.length ? base : new String(buffer, 0, length);
      remember(cache, base, lemma);
    }
    return lemma;
  }

  private static void remember(Map<String, String> cache, String key, String value) {
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, value);
  }

  private static String porter(String base) {
    try (TokenStream stream = PORTER.tokenStream("stem", base)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String stem = stream.incrementToken() ? term.toString() : base;
      stream.end();
      return stem.equals(base) ? base : stem;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stem " + base, e);
    }
  }
}
