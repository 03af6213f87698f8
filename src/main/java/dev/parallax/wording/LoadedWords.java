package dev.parallax.wording;

import dev.parallax.text.Stems;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How strongly a term carries evaluation (0..1): the largest weight of its words in a lexicon of
 * loaded words ({@code conf/loaded-words.txt}, from VADER, Hutto & Gilbert 2014), matched by Porter
 * stem so that "slammed" finds "slam". Framing lives in evaluative words (Recasens et al. 2013
 * found subjectivity lexicons among the strongest cues of biased wording).
 */
public final class LoadedWords implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, Double> weightOfStem;

  private LoadedWords(Map<String, Double> weightOfStem) {
    this.weightOfStem = weightOfStem;
  }

  /** No lexicon: every term weighs 0. */
  public static LoadedWords none() {
    return new LoadedWords(Map.of());
  }

  /** From {@code word<TAB>weight} lines (comments and blank lines already removed). */
  public static LoadedWords of(List<String> lines) {
    Map<String, Double> weights = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalArgumentException("expected word<TAB>weight: " + line);
      }
      double weight;
      try {
        weight = Double.parseDouble(parts[1].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("weight is not a number: " + line);
      }
      if (!(weight >= 0 && weight <= 1)) {
        throw new IllegalArgumentException("weight must be within 0..1: " + line);
      }
      weights.merge(Stems.stem(parts[0].strip().toLowerCase(Locale.ROOT)), weight, Math::max);
    }
    return new LoadedWords(Map.copyOf(weights));
  }

  /**
   * The weight of a term's most loaded word, a hyphenated word counting whole and by its parts
   * ("so-called army": "so-called", "so", "called", "army").
   */
  public double of(String term) {
    double best = 0;
    for (String word : term.toLowerCase(Locale.ROOT).split("\\s+")) {
      best = Math.max(best, weightOf(word));
      if (word.indexOf('-') >= 0) {
        for (String part : word.split("-")) {
          best = Math.max(best, weightOf(part));
        }
      }
    }
    return best;
  }

  private double weightOf(String word) {
    return word.isEmpty() ? 0 : weightOfStem.getOrDefault(Stems.stem(word), 0.0);
  }

  public int size() {
    return weightOfStem.size();
  }
}
