package dev.parallax.testing.datasets;

import dev.parallax.events.ArticleTerms;
import dev.parallax.events.ClusterScores;
import dev.parallax.events.EventPlanner;
import dev.parallax.events.EventSettings;
import dev.parallax.text.SentenceVectors;
import dev.parallax.text.TextAnalyzer;
import dev.parallax.text.VectorTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A developer's tool: B-cubed F1 of a grid of event settings on NeuS dev, BASIL dev and ECB+ (and
 * NeuS and BASIL with every date on one day), clustered in memory as the job does. Arguments: the
 * shared folder, the vector table (or "model", or "off"), then optional comma lists of thresholds,
 * mention weights, semantic weights, semantic floors and split ratios.
 */
public final class EventTuning {
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    SentenceVectors vectors =
        args[1].equals("off")
            ? null
            : args[1].equals("model")
                ? SentenceVectors.model()
                : VectorTable.fromBytes(Files.readAllBytes(Path.of(args[1])), args[1]);
    Map<String, LabelledCorpus> sets = new LinkedHashMap<>();
    sets.put("neus", Neus.load(shared.resolve("datasets/neus-dev"), false));
    sets.put("neus1d", Neus.load(shared.resolve("datasets/neus-dev"), true));
    sets.put("basil", Basil.load(shared.resolve("datasets/basil-dev"), false));
    sets.put("basil1d", Basil.load(shared.resolve("datasets/basil-dev"), true));
    sets.put("ecb", EcbPlus.load(shared.resolve("datasets/ecbplus")));
    Map<String, List<ArticleTerms>> terms = new LinkedHashMap<>();
    sets.forEach(
        (name, corpus) ->
            terms.put(
                name,
                corpus.articles().stream()
                    .map(article -> ArticleTerms.of(TextAnalyzer.analyse(article), vectors))
                    .toList()));
    EventSettings defaults = EventSettings.defaults();
    for (double span : list(args, 7, defaults.maxSpanDays())) {
      for (double split : list(args, 6, defaults.splitRatio())) {
        for (double floor : list(args, 5, defaults.semanticFloor())) {
          for (double semantic : list(args, 4, vectors == null ? 0 : 0.3)) {
            for (double mention : list(args, 3, defaults.mentionWeight())) {
              for (double threshold : list(args, 2, defaults.threshold())) {
                EventSettings settings =
                    new EventSettings(
                        threshold,
                        mention,
                        defaults.windowDays(),
                        defaults.outsideWeight(),
                        defaults.blockingKeys(),
                        defaults.maxBlock(),
                        split,
                        semantic,
                        floor,
                        (int) span);
                StringBuilder line =
                    new StringBuilder(
                        String.format(
                            Locale.ROOT,
                            "t=%.3f m=%.2f s=%.2f f=%.2f r=%.2f",
                            threshold,
                            mention,
                            semantic,
                            floor,
                            split));
                for (String name : sets.keySet()) {
                  line.append(
                      String.format(
                          Locale.ROOT,
                          "  %s %.4f",
                          name,
                          score(sets.get(name), terms.get(name), settings)));
                }
                System.out.println(line.append(String.format(Locale.ROOT, " span=%d", (int) span)));
              }
            }
          }
        }
      }
    }
  }

  private static double[] list(String[] args, int index, double fallback) {
    if (args.length <= index) {
      return new double[] {fallback};
    }
    String[] parts = args[index].split(",");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Double.parseDouble(parts[i]);
    }
    return values;
  }

  static double score(LabelledCorpus corpus, List<ArticleTerms> terms, EventSettings settings) {
    List<List<String>> clusters = EventPlanner.plan(terms, Map.of(), settings);
    Map<String, String> predicted = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (String id : clusters.get(i)) {
        predicted.put(id, "c" + i);
      }
    }
    ClusterScores scores = ClusterScores.of(corpus.goldEvents(), predicted);
    if ("2".equals(System.getenv("VERBOSE"))) {
      for (List<String> cluster : clusters) {
        Map<String, Integer> labels = new java.util.TreeMap<>();
        cluster.forEach(id -> labels.merge(corpus.goldEvents().get(id), 1, Integer::sum));
        if (labels.size() > 1) {
          System.out.println("   mixed " + labels);
        }
      }
    }
    return scores.b3F1();
  }
}
