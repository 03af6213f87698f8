package dev.parallax.events;

import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.text.Mentions;
import dev.parallax.text.SentenceVectors;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An article's weighted feature counts before IDF: stemmed terms and mentions (capitalised phrases,
 * numbers), counted with the title weighing {@link #TITLE_WEIGHT}, the lead (first two paragraphs)
 * {@link #LEAD_WEIGHT} and the rest of the body 1, up to {@link #MAX_BODY_WORDS} words (the tail of
 * a long article says least about its event).
 */
public record ArticleTerms(
    String articleId,
    Long publishedMillis,
    Map<Integer, Double> words,
    Map<Integer, Double> mentions,
    float[] meaning)
    implements Serializable {

  public static final double TITLE_WEIGHT = 3.0;
  public static final double LEAD_WEIGHT = 2.0;
  public static final int MAX_BODY_WORDS = 600;

  public ArticleTerms {
    Objects.requireNonNull(articleId, "articleId");
    words = Map.copyOf(words);
    mentions = Map.copyOf(mentions);
  }

  /** Terms and names only: no meaning vector. */
  public static ArticleTerms of(AnalysedArticle analysed) {
    return of(analysed, null);
  }

  /**
   * Terms, names and, with {@code vectors}, the meaning of the headline and the first paragraph
   * (where outlets frame a story most, and where they say what happened).
   */
  public static ArticleTerms of(AnalysedArticle analysed, SentenceVectors vectors) {
    Article article = analysed.article();
    Map<Integer, Double> words = new HashMap<>();
    Map<Integer, Double> mentions = new HashMap<>();
    int token = 0;
    if (!article.title().isEmpty()) {
      token = countWords(analysed, token, article.title().length(), TITLE_WEIGHT, words);
      count(Mentions.of(article.title()), TITLE_WEIGHT, mentions);
    }
    List<String> paragraphs = article.paragraphs();
    int budget = MAX_BODY_WORDS;
    for (int i = 0; i < paragraphs.size() && budget > 0; i++) {
      String paragraph = paragraphs.get(i);
      int start = analysed.paragraphStart(i);
      String[] chunks = paragraph.split("\\s+");
      int end = start + paragraph.length();
      if (chunks.length > budget) {
        end = start + endOfChunk(paragraph, budget);
      }
      budget -= chunks.length;
      double weight = i < 2 ? LEAD_WEIGHT : 1.0;
      while (token < analysed.tokenCount() && analysed.tokenStart(token) < start) {
        token++;
      }
      countWords(analysed, token, end, weight, words);
      count(Mentions.of(analysed.text().substring(start, end)), weight, mentions);
    }
    Long published = article.published() == null ? null : article.published().toEpochMilli();
    float[] meaning = vectors == null ? null : vectors.vector(titleAndLead(article));
    return new ArticleTerms(article.id(), published, words, mentions, meaning);
  }

  /** The text whose meaning stands for the article's: its headline and first paragraph. */
  public static String titleAndLead(Article article) {
    String lead = article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
    return article.title().isEmpty() ? lead : article.title() + ". " + lead;
  }

  /** Counts the stems of the tokens from {@code token} that start before {@code end}. */
  private static int countWords(
      AnalysedArticle analysed, int token, int end, double weight, Map<Integer, Double> words) {
    while (token < analysed.tokenCount() && analysed.tokenStart(token) < end) {
      if (!analysed.isStopword(token)) {
        words.merge(FeatureHashing.index("w:" + analysed.stem(token)), weight, Double::sum);
      }
      token++;
    }
    return token;
  }

  private static void count(List<String> found, double weight, Map<Integer, Double> mentions) {
    for (String mention : found) {
      mentions.merge(FeatureHashing.index("m:" + mention), weight, Double::sum);
    }
  }

  /**
   * Where the {@code count}-th chunk of {@code text.split("\\s+")} ends: the first {@code count}
   * whitespace-separated words (an empty first chunk when the text starts with whitespace).
   */
  private static int endOfChunk(String text, int count) {
    int position = 0;
    int chunks = 0;
    int length = text.length();
    if (length > 0 && isSpace(text.charAt(0))) {
      chunks = 1;
    }
    while (position < length && chunks < count) {
      while (position < length && isSpace(text.charAt(position))) {
        position++;
      }
      while (position < length && !isSpace(text.charAt(position))) {
        position++;
      }
      chunks++;
    }
    return position;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Every feature index the article has, once. */
  public TreeSet<Integer> distinctIndices() {
    TreeSet<Integer> indices = new TreeSet<>(words.keySet());
    indices.addAll(mentions.keySet());
    return indices;
  }
}
