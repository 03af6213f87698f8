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
        label(sorted, leadNames),
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
  static String label(List<Article> articles, Map<String, Set<String>> leadNames) {
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
        .reduce((a, b) -> a + "; " + b)
        .orElse(articles.isEmpty() ? "" : articles.get(0).title());
  }
}
