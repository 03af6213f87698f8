package dev.parallax.wording;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A term's uses summed over articles: the count, the count of each surface form (to show the most
 * frequent one), and the example of the first article by id. {@link #merge} is associative and
 * commutative, so Spark may combine tallies in any order and still get the same result.
 */
public record TermTally(
    long count, Map<String, Long> surfaces, String articleId, int exampleSentence)
    implements Serializable {

  public static TermTally of(String articleId, TermCounts.Term term) {
    return new TermTally(
        term.count(),
        Map.of(term.surface(), (long) term.count()),
        articleId,
        term.exampleSentence());
  }

  public static TermTally merge(TermTally a, TermTally b) {
    Map<String, Long> surfaces;
    if (a.surfaces.size() == 1
        && b.surfaces.size() == 1
        && a.surfaces.keySet().equals(b.surfaces.keySet())) {
      String only = a.surfaces.keySet().iterator().next();
      surfaces = Map.of(only, a.surfaces.get(only) + b.surfaces.get(only));
    } else {
      TreeMap<String, Long> merged = new TreeMap<>(a.surfaces);
      b.surfaces.forEach((surface, count) -> merged.merge(surface, count, Long::sum));
      surfaces = merged;
    }
    TermTally first = a.articleId.compareTo(b.articleId) <= 0 ? a : b;
    return new TermTally(a.count + b.count, surfaces, first.articleId, first.exampleSentence);
  }

  /** The most frequent surface form; ties go to the alphabetically first. */
  public String surface() {
    String best = null;
    long bestCount = -1;
    for (Map.Entry<String, Long> entry : surfaces.entrySet()) {
      if (entry.getValue() > bestCount
          || (entry.getValue() == bestCount && entry.getKey().compareTo(best) < 0)) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return best;
  }
}
