package dev.parallax.events;

import dev.parallax.model.Article;
import dev.parallax.text.Mentions;
import dev.parallax.text.Terms;
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
    Map<Integer, Double> mentions)
    implements Serializable {

  public static final double TITLE_WEIGHT = 3.0;
  public static final double LEAD_WEIGHT = 2.0;
  public static final int MAX_BODY_WORDS = 600;

  public ArticleTerms {
    Objects.requireNonNull(articleId, "articleId");
    words = Map.copyOf(words);
    mentions = Map.copyOf(mentions);
  }

  public static ArticleTerms of(Article article) {
    Map<Integer, Double> words = new HashMap<>();
    Map<Integer, Double> mentions = new HashMap<>();
    count(article.title(), TITLE_WEIGHT, words, mentions);
    List<String> paragraphs = article.paragraphs();
    int budget = MAX_BODY_WORDS;
    for (int i = 0; i < paragraphs.size() && budget > 0; i++) {
      String paragraph = paragraphs.get(i);
      String[] tokens = paragraph.split("\\s+");
      if (tokens.length > budget) {
        paragraph = String.join(" ", java.util.Arrays.copyOf(tokens, budget));
      }
      budget -= tokens.length;
      count(paragraph, i < 2 ? LEAD_WEIGHT : 1.0, words, mentions);
    }
    Long published = article.published() == null ? null : article.published().toEpochMilli();
    return new ArticleTerms(article.id(), published, words, mentions);
  }

  private static void count(
      String text, double weight, Map<Integer, Double> words, Map<Integer, Double> mentions) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String term : Terms.of(text)) {
      words.merge(FeatureHashing.index("w:" + term), weight, Double::sum);
    }
    for (String mention : Mentions.of(text)) {
      mentions.merge(FeatureHashing.index("m:" + mention), weight, Double::sum);
    }
  }

  /** Every feature index the article has, once. */
  public TreeSet<Integer> distinctIndices() {
    TreeSet<Integer> indices = new TreeSet<>(words.keySet());
    indices.addAll(mentions.keySet());
    return indices;
  }
}
