package dev.parallax.wording;

import dev.parallax.model.TermScore;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each outlet's most distinctive terms against the other outlets of the same event, by the log-odds
 * z-score with the corpus as informative prior ({@link LogOdds}), a loaded term's z counting more
 * ({@link LoadedWords}). Only terms an outlet uses at least {@code minCount} times and with z above
 * 0 are kept, the top {@code topN} each; terms made only of the outlets' own name words are left
 * out: the words of the names, registry aliases and domains of every outlet of the run ({@link
 * #withOutletNames}) in event, corpus-wide and group rows alike; without that set, those of the
 * event's own sides.
 */
public final class DistinctiveTerms implements Serializable {
  private final double priorTotal;
  private final int topN;
  private final int minCount;
  private final LoadedWords loadedWords;
  private final double loadedWeight;
  private final java.util.Set<String> runNameWords;

  /**
   * @param loadedWords the loaded-words lexicon ({@link LoadedWords#none()} to rank by z alone)
   * @param loadedWeight how much a fully loaded term's z counts extra ({@code
   *     wording.loaded-weight})
   */
  public DistinctiveTerms(
      double priorTotal, int topN, int minCount, LoadedWords loadedWords, double loadedWeight) {
    this(priorTotal, topN, minCount, loadedWords, loadedWeight, java.util.Set.of());
  }

  private DistinctiveTerms(
      double priorTotal,
      int topN,
      int minCount,
      LoadedWords loadedWords,
      double loadedWeight,
      java.util.Set<String> runNameWords) {
    this.priorTotal = priorTotal;
    this.topN = topN;
    this.minCount = minCount;
    this.loadedWords = loadedWords;
    this.loadedWeight = loadedWeight;
    this.runNameWords = java.util.Set.copyOf(runNameWords);
  }

  /**
   * The same scorer, leaving out terms made only of words that name any of {@code outlets}: their
   * names, and their aliases and domains in {@code registry} ("fox news", "breitbart", "nytimes").
   */
  public DistinctiveTerms withOutletNames(
      java.util.Collection<String> outlets, dev.parallax.model.OutletRegistry registry) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (String outlet : outlets) {
      names.addAll(registry.namesOf(outlet));
    }
    return new DistinctiveTerms(
        priorTotal, topN, minCount, loadedWords, loadedWeight, outletNameWords(names));
  }

  public int minCount() {
    return minCount;
  }

  /** The lemmas of the words of the sides' names ("fox", "news"; "new", "york", "time"). */
  static java.util.Set<String> outletNameWords(java.util.Collection<String> outlets) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String outlet : outlets) {
      for (String word : outlet.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!word.isEmpty()) {
          words.add(dev.parallax.text.Stems.lemma(word));
        }
      }
    }
    return words;
  }

  /** Whether every word of a term is a word of an outlet's name: an outlet naming itself. */
  static boolean ofOutletNames(String key, java.util.Set<String> nameWords) {
    for (String word : key.split(" ")) {
      if (!nameWords.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The terms each outlet of one event uses at least {@code minCount} times, with the other
   * outlets' counts and the totals; nothing for an event with fewer than two outlets. Uses of one
   * outlet's several articles add up.
   */
  public List<WordingCandidate> candidates(String eventId, Iterable<OutletTerm> uses) {
    Map<String, Map<String, TermTally>> byOutlet = new TreeMap<>();
    Map<String, Long> totalByOutlet = new TreeMap<>();
    Map<String, Long> countByKey = new HashMap<>();
    long eventTotal = 0;
    for (OutletTerm use : uses) {
      TermTally tally =
          new TermTally(
              use.count(),
              Map.of(use.surface(), use.count()),
              use.articleId(),
              use.exampleSentence());
      byOutlet
          .computeIfAbsent(use.outlet(), outlet -> new HashMap<>())
          .merge(use.key(), tally, TermTally::merge);
      totalByOutlet.merge(use.outlet(), use.count(), Long::sum);
      countByKey.merge(use.key(), use.count(), Long::sum);
      eventTotal += use.count();
    }
    List<WordingCandidate> candidates = new ArrayList<>();
    if (byOutlet.size() < 2) {
      return candidates;
    }
    java.util.Set<String> nameWords =
        runNameWords.isEmpty() ? outletNameWords(byOutlet.keySet()) : runNameWords;
    for (Map.Entry<String, Map<String, TermTally>> outlet : byOutlet.entrySet()) {
      long groupTotal = totalByOutlet.get(outlet.getKey());
      for (Map.Entry<String, TermTally> term : outlet.getValue().entrySet()) {
        TermTally tally = term.getValue();
        if (tally.count() >= minCount && !ofOutletNames(term.getKey(), nameWords)) {
          candidates.add(
              new WordingCandidate(
                  eventId,
                  outlet.getKey(),
                  term.getKey(),
                  tally,
                  countByKey.get(term.getKey()) - tally.count(),
                  groupTotal,
                  eventTotal - groupTotal));
        }
      }
    }
    return candidates;
  }

  /** Scores one candidate against the corpus prior. */
  public Optional<TermScore> score(WordingCandidate candidate, long corpusCount, long corpusTotal) {
    if (!runNameWords.isEmpty() && ofOutletNames(candidate.key(), runNameWords)) {
      return Optional.empty(); // corpus-wide candidates come here without passing candidates()
    }
    return candidate
        .score(corpusCount, corpusTotal, priorTotal)
        .map(
            row -> {
              double loaded = loadedWords.of(row.term());
              return row.withLoaded(loaded, row.z() * (1 + loadedWeight * loaded));
            });
  }

  /**
   * The reporting order within one outlet's rows: weight (z, more for loaded terms) descending,
   * then term, then article.
   */
  public static final Comparator<TermScore> ORDER =
      Comparator.comparing(TermScore::weight)
          .reversed()
          .thenComparing(TermScore::term)
          .thenComparing(TermScore::articleId);

  /** The best {@code topN} of two already-kept lists of one group (associative). */
  public ArrayList<TermScore> keepTop(List<TermScore> a, List<TermScore> b) {
    List<TermScore> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    all.sort(ORDER);
    return new ArrayList<>(all.subList(0, Math.min(topN, all.size())));
  }

  /**
   * One event in one go, with each use's corpus count: candidates, scores, and the top {@code topN}
   * per outlet (outlets in name order). The Spark job runs the same steps distributed.
   */
  public List<TermScore> compare(String eventId, Iterable<OutletTerm> terms, long corpusTotal) {
    Map<String, Long> corpusByKey = new HashMap<>();
    terms.forEach(term -> corpusByKey.put(term.key(), term.corpusCount()));
    Map<String, List<TermScore>> byOutlet = new TreeMap<>();
    for (WordingCandidate candidate : candidates(eventId, terms)) {
      score(candidate, corpusByKey.get(candidate.key()), corpusTotal)
          .ifPresent(
              row ->
                  byOutlet.merge(
                      row.outlet(), List.of(row), (known, added) -> keepTop(known, added)));
    }
    List<TermScore> rows = new ArrayList<>();
    byOutlet.values().forEach(rows::addAll);
    return rows;
  }
}
