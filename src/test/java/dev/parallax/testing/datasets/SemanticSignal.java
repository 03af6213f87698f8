package dev.parallax.testing.datasets;

import dev.parallax.model.Article;
import dev.parallax.text.SentenceModel;
import dev.parallax.text.VectorTable;
import dev.parallax.text.Vectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * How well title-and-lead vectors tell same-event pairs from others on a labelled corpus: the area
 * under the ROC curve over all pairs (a tuning aid, run by hand: {@code main(shared, table)}).
 */
public final class SemanticSignal {
  private SemanticSignal() {}

  static String titleAndLead(Article article) {
    String lead = article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
    return article.title() + ". " + lead;
  }

  static double auc(LabelledCorpus corpus, Function<String, float[]> encoder) {
    List<Article> articles = corpus.articles();
    float[][] vectors = new float[articles.size()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = encoder.apply(titleAndLead(articles.get(i)));
    }
    java.util.List<double[]> scored = new java.util.ArrayList<>();
    long positives = 0;
    for (int i = 0; i < vectors.length; i++) {
      for (int j = i + 1; j < vectors.length; j++) {
        boolean same =
            corpus
                .goldEvents()
                .get(articles.get(i).id())
                .equals(corpus.goldEvents().get(articles.get(j).id()));
        scored.add(new double[] {Vectors.dot(vectors[i], vectors[j]), same ? 1 : 0});
        positives += same ? 1 : 0;
      }
    }
    scored.sort((a, b) -> Double.compare(a[0], b[0]));
    java.util.List<Double> pos = new java.util.ArrayList<>();
    java.util.List<Double> neg = new java.util.ArrayList<>();
    for (double[] pair : scored) {
      (pair[1] == 1 ? pos : neg).add(pair[0]);
    }
    System.out.printf(
        "  negatives q50=%.3f q90=%.3f q99=%.3f q999=%.3f; positives q10=%.3f q25=%.3f q50=%.3f%n",
        neg.get(neg.size() / 2),
        neg.get(neg.size() * 9 / 10),
        neg.get(neg.size() * 99 / 100),
        neg.get(neg.size() * 999 / 1000),
        pos.get(pos.size() / 10),
        pos.get(pos.size() / 4),
        pos.get(pos.size() / 2));
    double rankSum = 0;
    for (int k = 0; k < scored.size(); k++) {
      if (scored.get(k)[1] == 1) {
        rankSum += k + 1;
      }
    }
    long negatives = scored.size() - positives;
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    VectorTable table = VectorTable.fromBytes(Files.readAllBytes(Path.of(args[1])), args[1]);
    SentenceModel model = SentenceModel.shared();
    for (String name : List.of("neus", "basil", "ecbplus")) {
      LabelledCorpus corpus =
          switch (name) {
            case "neus" -> Neus.load(shared.resolve("datasets/neus-dev"), false);
            case "basil" -> Basil.load(shared.resolve("datasets/basil-dev"), false);
            default -> EcbPlus.load(shared.resolve("datasets/ecbplus"));
          };
      System.out.printf(
          "%s: %d articles, auc static=%.4f model=%.4f%n",
          name, corpus.articles().size(), auc(corpus, table::vector), auc(corpus, model::encode));
    }
  }
}
