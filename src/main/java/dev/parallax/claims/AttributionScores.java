package dev.parallax.claims;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision, recall and F1 of extracted attributions against gold, per part: cue (token overlap
 * with the gold cue), source (token overlap), content (covering at least half of the gold content's
 * tokens). Predictions and gold relations are matched one to one within a document, greedily by cue
 * overlap; relations without a gold source count for cue and content only. Counts are
 * micro-averaged over documents.
 */
public final class AttributionScores {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private long predicted;
  private long predictedWithSource;
  private long gold;
  private long goldWithSource;
  private long cueMatches;
  private long sourceMatches;
  private long contentMatches;

  /** Adds one document. */
  public void add(String text, List<Attribution> predictions, List<BratAttributions.Gold> golds) {
    predicted += predictions.size();
    gold += golds.size();
    for (Attribution prediction : predictions) {
      if (prediction.source() != null) {
        predictedWithSource++;
      }
    }
    for (BratAttributions.Gold relation : golds) {
      if (relation.source() != null) {
        goldWithSource++;
      }
    }
    boolean[] used = new boolean[predictions.size()];
    for (BratAttributions.Gold relation : golds) {
      Set<Integer> goldCue = tokens(text, relation.cue());
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < predictions.size(); i++) {
        if (used[i]) {
          continue;
        }
        int overlap = overlap(goldCue, tokens(text, List.of(predictions.get(i).cue())));
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        continue;
      }
      used[best] = true;
      cueMatches++;
      Attribution match = predictions.get(best);
      if (relation.source() != null
          && match.source() != null
          && overlap(tokens(text, relation.source()), tokens(text, List.of(match.source()))) > 0) {
        sourceMatches++;
      }
      Set<Integer> goldContent = tokens(text, relation.content());
      int covered = overlap(goldContent, tokens(text, List.of(match.content())));
      if (!goldContent.isEmpty() && covered * 2 >= goldContent.size()) {
        contentMatches++;
      }
    }
  }

  /** Token start offsets inside the spans. */
  private static Set<Integer> tokens(String text, List<Span> spans) {
    Set<Integer> tokens = new HashSet<>();
    for (Span span : spans) {
      Matcher token = TOKEN.matcher(text).region(span.start(), Math.min(span.end(), text.length()));
      while (token.find()) {
        tokens.add(token.start());
      }
    }
    return tokens;
  }

  private static int overlap(Set<Integer> first, Set<Integer> second) {
    int count = 0;
    for (int token : first) {
      if (second.contains(token)) {
        count++;
      }
    }
    return count;
  }

  /** One line per part: {@code cue precision=... recall=... f1=...}. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(line("cue", cueMatches, predicted, cueMatches, gold));
    lines.add(line("source", sourceMatches, predictedWithSource, sourceMatches, goldWithSource));
    lines.add(line("content", contentMatches, predicted, contentMatches, gold));
    return lines;
  }

  public double f1(String part) {
    return switch (part) {
      case "cue" -> f1(cueMatches, predicted, cueMatches, gold);
      case "source" -> f1(sourceMatches, predictedWithSource, sourceMatches, goldWithSource);
      case "content" -> f1(contentMatches, predicted, contentMatches, gold);
      default -> throw new IllegalArgumentException(part);
    };
  }

  private static double f1(long tpP, long predicted, long tpR, long gold) {
    double precision = predicted == 0 ? 0 : (double) tpP / predicted;
    double recall = gold == 0 ? 0 : (double) tpR / gold;
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static String line(String part, long tpP, long predicted, long tpR, long gold) {
    double precision = predicted == 0 ? 0 : (double) tpP / predicted;
    double recall = gold == 0 ? 0 : (double) tpR / gold;
    return String.format(
        java.util.Locale.ROOT,
        "%s precision=%.4f recall=%.4f f1=%.4f",
        part,
        precision,
        recall,
        f1(tpP, predicted, tpR, gold));
  }
}
