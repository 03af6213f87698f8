package dev.parallax.events;

import java.util.HashMap;
import java.util.Map;

/**
 * Clustering quality against gold: B-cubed precision, recall and F1 (Bagga & Baldwin 1998; argued
 * for news clustering by Staykovski et al. 2019), pairwise precision/recall/F1, and the adjusted
 * Rand index (Hubert & Arabie 1985). Items are the gold's; a gold item missing from the prediction
 * is a singleton; predicted items not in the gold are ignored.
 */
public record ClusterScores(
    double b3Precision,
    double b3Recall,
    double pairPrecision,
    double pairRecall,
    double adjustedRand) {

  public double b3F1() {
    return f1(b3Precision, b3Recall);
  }

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, String> prediction = new HashMap<>();
    for (String item : gold.keySet()) {
      String label = predicted.get(item);
      prediction.put(item, label == null ? "\u0000singleton:" + item : label);
    }
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<String, Integer> predictedSizes = new HashMap<>();
    Map<String, Integer> overlap = new HashMap<>();
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String predictedLabel = prediction.get(entry.getKey());
      goldSizes.merge(entry.getValue(), 1, Integer::sum);
      predictedSizes.merge(predictedLabel, 1, Integer::sum);
      overlap.merge(entry.getValue() + "\u0001" + predictedLabel, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String predictedLabel = prediction.get(entry.getKey());
      int both = overlap.get(entry.getValue() + "\u0001" + predictedLabel);
      precision += (double) both / predictedSizes.get(predictedLabel);
      recall += (double) both / goldSizes.get(entry.getValue());
    }
    int items = gold.size();
    double pairsBoth = sumPairs(overlap);
    double pairsGold = sumPairs(goldSizes);
    double pairsPredicted = sumPairs(predictedSizes);
    double allPairs = items * (items - 1) / 2.0;
    double expected = allPairs == 0 ? 0 : pairsGold * pairsPredicted / allPairs;
    double maximum = (pairsGold + pairsPredicted) / 2;
    double adjustedRand = maximum == expected ? 1.0 : (pairsBoth - expected) / (maximum - expected);
    return new ClusterScores(
        items == 0 ? 0 : precision / items,
        items == 0 ? 0 : recall / items,
        pairsPredicted == 0 ? 1 : pairsBoth / pairsPredicted,
        pairsGold == 0 ? 1 : pairsBoth / pairsGold,
        adjustedRand);
  }

  private static double sumPairs(Map<String, Integer> sizes) {
    double pairs = 0;
    for (int size : sizes.values()) {
      pairs += size * (size - 1) / 2.0;
    }
    return pairs;
  }
}
