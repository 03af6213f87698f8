package dev.parallax.wording;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each outlet's most distinctive terms against the other outlets of the same event, by the log-odds
 * z-score with the corpus as informative prior ({@link LogOdds}). Only terms an outlet uses at
 * least {@code minCount} times and with z above 0 are kept, the top {@code topN} each.
 */
public final class DistinctiveTerms implements Serializable {
  private final double priorTotal;
  private final int topN;
  private final int minCount;

  public DistinctiveTerms(double priorTotal, int topN, int minCount) {
    this.priorTotal = priorTotal;
    this.topN = topN;
    this.minCount = minCount;
  }

  public List<WordingRow> compare(String eventId, Iterable<OutletTerm> terms, long corpusTotal) {
    Map<String, Map<String, Long>> countByOutlet = new TreeMap<>();
    Map<String, Long> totalByOutlet = new TreeMap<>();
    Map<String, Long> countByKey = new HashMap<>();
    Map<String, Long> corpusByKey = new HashMap<>();
    Map<String, OutletTerm> exampleByOutletKey = new HashMap<>();
    Map<String, Map<String, Long>> surfaceCounts = new HashMap<>();
    long eventTotal = 0;
    for (OutletTerm term : terms) {
      countByOutlet
          .computeIfAbsent(term.outlet(), o -> new HashMap<>())
          .merge(term.key(), term.count(), Long::sum);
      totalByOutlet.merge(term.outlet(), term.count(), Long::sum);
      countByKey.merge(term.key(), term.count(), Long::sum);
      corpusByKey.put(term.key(), term.corpusCount());
      eventTotal += term.count();
      String outletKey = term.outlet() + "\u0000" + term.key();
      OutletTerm known = exampleByOutletKey.get(outletKey);
      if (known == null || term.articleId().compareTo(known.articleId()) < 0) {
        exampleByOutletKey.put(outletKey, term);
      }
      surfaceCounts
          .computeIfAbsent(outletKey, k -> new HashMap<>())
          .merge(term.surface(), term.count(), Long::sum);
    }
    List<WordingRow> rows = new ArrayList<>();
    if (countByOutlet.size() < 2) {
      return rows;
    }
    for (Map.Entry<String, Map<String, Long>> outlet : countByOutlet.entrySet()) {
      long groupTotal = totalByOutlet.get(outlet.getKey());
      long otherTotal = eventTotal - groupTotal;
      List<WordingRow> candidates = new ArrayList<>();
      for (Map.Entry<String, Long> term : outlet.getValue().entrySet()) {
        long count = term.getValue();
        if (count < minCount) {
          continue;
        }
        long other = countByKey.get(term.getKey()) - count;
        double prior = priorTotal * corpusByKey.get(term.getKey()) / (double) corpusTotal;
        LogOdds odds = LogOdds.of(count, groupTotal, other, otherTotal, prior, priorTotal);
        if (odds.z() <= 0) {
          continue;
        }
        String outletKey = outlet.getKey() + "\u0000" + term.getKey();
        OutletTerm example = exampleByOutletKey.get(outletKey);
        String surface =
            surfaceCounts.get(outletKey).entrySet().stream()
                .max(
                    Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
        candidates.add(
            new WordingRow(
                eventId,
                outlet.getKey(),
                surface,
                count,
                other,
                odds.delta(),
                odds.z(),
                "",
                example.articleId(),
                example.exampleSentence()));
      }
      candidates.sort(
          Comparator.comparing(WordingRow::z).reversed().thenComparing(WordingRow::term));
      rows.addAll(candidates.subList(0, Math.min(topN, candidates.size())));
    }
    return rows;
  }
}
