package dev.parallax.testing.datasets;

import dev.parallax.events.ArticleTerms;
import dev.parallax.events.ClusterScores;
import dev.parallax.events.EventPlanner;
import dev.parallax.events.EventSettings;
import dev.parallax.text.TextAnalyzer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A developer's tool: scores event settings on BASIL and ECB+ (args: shared folder). */
public final class EventTuning {
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    LabelledCorpus basil = Basil.load(shared.resolve("datasets/basil-dev"), false);
    LabelledCorpus basilSameDay = Basil.load(shared.resolve("datasets/basil-dev"), true);
    LabelledCorpus ecb = EcbPlus.load(shared.resolve("datasets/ecbplus"));
    System.out.println(
        "ecb docs "
            + ecb.articles().size()
            + " events "
            + new java.util.HashSet<>(ecb.goldEvents().values()).size());
    double[] thresholds =
        args.length > 1 ? parse(args[1]) : new double[] {0.1, 0.125, 0.15, 0.175, 0.2};
    double[] weights = args.length > 2 ? parse(args[2]) : new double[] {0.3, 0.4, 0.5};
    double ratio =
        args.length > 3 ? Double.parseDouble(args[3]) : EventSettings.defaults().splitRatio();
    for (double weight : weights) {
      for (double threshold : thresholds) {
        EventSettings defaults = EventSettings.defaults();
        EventSettings settings =
            new EventSettings(
                threshold,
                weight,
                defaults.windowDays(),
                defaults.outsideWeight(),
                defaults.blockingKeys(),
                defaults.maxBlock(),
                ratio);
        System.out.printf(
            "t=%.3f m=%.2f  basil %.4f  sameday %.4f  ecb %.4f%n",
            threshold,
            weight,
            score(basil, settings),
            score(basilSameDay, settings),
            score(ecb, settings));
      }
    }
  }

  private static double[] parse(String list) {
    String[] parts = list.split(",");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Double.parseDouble(parts[i]);
    }
    return values;
  }

  static double score(LabelledCorpus corpus, EventSettings settings) {
    List<ArticleTerms> terms =
        corpus.articles().stream()
            .map(article -> ArticleTerms.of(TextAnalyzer.analyse(article)))
            .toList();
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
      Map<String, Integer> pieces = new java.util.TreeMap<>();
      for (List<String> cluster : clusters) {
        new java.util.TreeSet<>(cluster.stream().map(corpus.goldEvents()::get).toList())
            .forEach(label -> pieces.merge(label, 1, Integer::sum));
      }
      pieces.entrySet().removeIf(entry -> entry.getValue() < 3);
      System.out.println("   split " + pieces);
    }
    if (System.getenv("VERBOSE") != null) {
      System.out.printf(
          "   P=%.4f R=%.4f clusters=%d%n",
          scores.b3Precision(), scores.b3Recall(), clusters.size());
    }
    return scores.b3F1();
  }
}
