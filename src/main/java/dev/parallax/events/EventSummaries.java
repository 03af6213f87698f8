package dev.parallax.events;

import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleIds;
import dev.parallax.model.Event;
import dev.parallax.text.SparseVector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the reported {@link Event} of a cluster: its id, label, dates, outlets and members. */
public final class EventSummaries {
  private EventSummaries() {}

  /** The event id of a cluster: stable, from its smallest article id. */
  public static String eventIdOf(List<String> clusterIds) {
    String first = clusterIds.stream().min(Comparator.naturalOrder()).orElseThrow();
    return "ev-" + ArticleIds.sha256(first).substring(0, 12);
  }

  /**
   * What a summary needs of one article: its metadata (without the body) and the names of its
   * headline and first paragraph.
   */
  public record Brief(Article article, Set<String> leadNames) implements java.io.Serializable {
    public static Brief of(AnalysedArticle analysed) {
      Article article = analysed.article();
      int leadEnd =
          article.paragraphs().isEmpty()
              ? analysed.text().length()
              : analysed.paragraphStart(0) + article.paragraphs().get(0).length();
      Set<String> names = new TreeSet<>();
      for (String mention : analysed.mentions(0, leadEnd)) {
        if (!mention.startsWith("#")) {
          names.add(mention);
        }
      }
      return new Brief(article.withParagraphs(List.of()), names);
    }
  }

  /**
   * Summarises an event from its articles and their features.
   *
   * @param copies ids of the articles that are copies of another
   */
  public static Event of(
      String eventId, List<Brief> briefs, List<EventFeatures> features, Set<String> copies) {
    List<Article> articles = new ArrayList<>();
    Map<String, Set<String>> leadNames = new HashMap<>();
    for (Brief brief : briefs) {
      articles.add(brief.article());
      leadNames.put(brief.article().id(), brief.leadNames());
    }
    Map<String, EventFeatures> featuresById = new HashMap<>();
    features.forEach(feature -> featuresById.put(feature.articleId(), feature));
    SparseVector centroid = centroid(features);
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::id));
    List<Event.Member> members = new ArrayList<>();
    TreeSet<String> outlets = new TreeSet<>();
    Instant first = null;
    Instant last = null;
    int independent = 0;
    for (Article article : sorted) {
      EventFeatures feature = featuresById.get(article.id());
      double similarity =
          feature == null ? 0 : Math.max(0, Math.min(1, feature.words().cosine(centroid)));
      boolean copy = copies.contains(article.id());
      members.add(
          new Event.Member(article.id(), article.outlet(), article.published(), similarity, copy));
      outlets.add(article.outlet());
      if (!copy) {
        independent++;
      }
      if (article.published() != null) {
        first = first == null || article.published().isBefore(first) ? article.published() : first;
        last = last == null || article.published().isAfter(last) ? article.published() : last;
      }
    }
    return new Event(
        eventId,
        centralTitle(sorted, members),
        sharedNames(sorted, leadNames),
        meaningSimilarity(features),
        first,
        last,
        sorted.size(),
        new ArrayList<>(outlets),
        independent,
        members);
  }

  private static SparseVector centroid(List<EventFeatures> features) {
    Map<Integer, Double> sum = new HashMap<>();
    for (EventFeatures feature : features) {
      SparseVector words = feature.words();
      for (int i = 0; i < words.indices().length; i++) {
        sum.merge(words.indices()[i], (double) words.values()[i], Double::sum);
      }
    }
    return SparseVector.normalised(sum);
  }

  /**
   * The three names (capitalised phrases) in the most titles and leads, ties by name; the first
   * title when the articles name nothing.
   */
  /**
   * The headline of the most central article (the highest similarity to the event's centroid; ties
   * by id), as the analyst will have seen it; the shared names when no article has a headline.
   */
  static String centralTitle(List<Article> articles, List<Event.Member> members) {
    String best = null;
    double bestSimilarity = -1;
    for (int i = 0; i < articles.size(); i++) {
      String title = articles.get(i).title().strip();
      if (!title.isEmpty() && members.get(i).similarity() > bestSimilarity) {
        best = title;
        bestSimilarity = members.get(i).similarity();
      }
    }
    return best == null ? "" : best;
  }

  /** The three names in the most headlines and leads, ties by name. */
  static List<String> sharedNames(List<Article> articles, Map<String, Set<String>> leadNames) {
    Map<String, Integer> articlesWith = new TreeMap<>();
    for (Article article : articles) {
      Set<String> names = leadNames.getOrDefault(article.id(), Set.of());
      names.forEach(name -> articlesWith.merge(name, 1, Integer::sum));
    }
    return articlesWith.entrySet().stream()
        .sorted(
            Comparator.comparing(Map.Entry<String, Integer>::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(3)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The mean cosine of the members' meaning vectors over their pairs: for unit vectors, {@code
   * (|sum|^2 - n) / (n (n - 1))}; null for fewer than two vectors.
   */
  static Double meaningSimilarity(List<EventFeatures> features) {
    double[] sum = null;
    int count = 0;
    List<EventFeatures> sorted = new ArrayList<>(features);
    sorted.sort(Comparator.comparing(EventFeatures::articleId));
    for (EventFeatures feature : sorted) {
      float[] meaning = feature.meaning();
      if (meaning == null) {
        continue;
      }
      if (sum == null) {
        sum = new double[meaning.length];
      }
      for (int d = 0; d < meaning.length; d++) {
        sum[d] += meaning[d];
      }
      count++;
    }
    if (count < 2) {
      return null;
    }
    double squared = 0;
    for (double value : sum) {
      squared += value * value;
    }
    return (squared - count) / ((double) count * (count - 1));
  }
}
