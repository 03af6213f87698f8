package dev.parallax.testing.datasets;

import dev.parallax.claims.ClaimGold;
import dev.parallax.text.SentenceModel;
import dev.parallax.text.Terms;
import dev.parallax.text.VectorTable;
import dev.parallax.text.Vectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * How well sentence signals tell two outlets' sentences of one gold claim from sentences of two
 * different claims of the same event (claims-dev): AUC and quantiles per signal (a tuning aid for
 * claim alignment, run by hand: {@code main(shared, table)}).
 */
public final class ClaimPairSignal {
  private ClaimPairSignal() {}

  record Sentence(String outlet, String text, Set<String> claims, List<String> terms) {}

  public static void main(String[] args) throws Exception {
    Path dataset = Path.of(args[0]).resolve("datasets/claims-dev");
    VectorTable table = VectorTable.fromBytes(Files.readAllBytes(Path.of(args[1])), args[1]);
    SentenceModel model = SentenceModel.shared();
    Map<String, String> outlets = new HashMap<>();
    for (String line : Files.readAllLines(dataset.resolve("articles.jsonl"))) {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      outlets.put(node.get("id").asText(), node.get("outlet").asText());
    }
    List<double[]> rows = new ArrayList<>(); // label, terms, static, model
    for (ClaimGold.GoldEvent event : ClaimGold.read(dataset.resolve("claims.json"))) {
      Map<String, Sentence> sentences = new HashMap<>();
      for (ClaimGold.GoldClaim claim : event.claims()) {
        for (ClaimGold.Mention mention : claim.mentions()) {
          sentences
              .computeIfAbsent(
                  mention.articleId() + "#" + mention.sentence(),
                  key ->
                      new Sentence(
                          outlets.get(mention.articleId()),
                          mention.sentence(),
                          new HashSet<>(),
                          Terms.of(mention.sentence())))
              .claims()
              .add(claim.claimId());
        }
      }
      List<Sentence> list = new ArrayList<>(sentences.values());
      Map<String, float[]> staticVectors = new HashMap<>();
      Map<String, float[]> modelVectors = new HashMap<>();
      for (Sentence sentence : list) {
        staticVectors.put(sentence.text(), table.vector(sentence.text()));
        modelVectors.put(sentence.text(), model.encode(sentence.text()));
      }
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          Sentence a = list.get(i);
          Sentence b = list.get(j);
          if (a.outlet().equals(b.outlet())) {
            continue;
          }
          boolean same = a.claims().stream().anyMatch(b.claims()::contains);
          rows.add(
              new double[] {
                same ? 1 : 0,
                terms(a.terms(), b.terms()),
                Vectors.dot(staticVectors.get(a.text()), staticVectors.get(b.text())),
                Vectors.dot(modelVectors.get(a.text()), modelVectors.get(b.text()))
              });
        }
      }
    }
    String[] names = {"terms", "static", "model"};
    for (int k = 1; k <= 3; k++) {
      int column = k;
      report(names[k - 1], rows, (row, unused) -> row[column]);
    }
    report("model+terms", rows, (row, unused) -> row[3] + row[1]);
    report("model+0.5terms", rows, (row, unused) -> row[3] + 0.5 * row[1]);
  }

  static double terms(List<String> a, List<String> b) {
    Set<String> first = new HashSet<>(a);
    Set<String> second = new HashSet<>(b);
    if (first.isEmpty() || second.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String term : first) {
      shared += second.contains(term) ? 1 : 0;
    }
    double jaccard = (double) shared / (first.size() + second.size() - shared);
    double containment = (double) shared / Math.min(first.size(), second.size());
    return (jaccard + containment) / 2;
  }

  static void report(String name, List<double[]> rows, ToDoubleBiFunction<double[], Void> score) {
    List<double[]> scored = new ArrayList<>();
    for (double[] row : rows) {
      scored.add(new double[] {score.applyAsDouble(row, null), row[0]});
    }
    scored.sort((x, y) -> Double.compare(x[0], y[0]));
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    double rankSum = 0;
    for (int k = 0; k < scored.size(); k++) {
      if (scored.get(k)[1] == 1) {
        pos.add(scored.get(k)[0]);
        rankSum += k + 1;
      } else {
        neg.add(scored.get(k)[0]);
      }
    }
    double auc =
        (rankSum - pos.size() * (pos.size() + 1) / 2.0) / ((double) pos.size() * neg.size());
    System.out.printf(
        "%s: pairs %d (same claim %d) auc=%.4f; other q50=%.3f q90=%.3f q95=%.3f q99=%.3f;"
            + " same q10=%.3f q25=%.3f q50=%.3f%n",
        name,
        scored.size(),
        pos.size(),
        auc,
        neg.get(neg.size() / 2),
        neg.get(neg.size() * 9 / 10),
        neg.get(neg.size() * 95 / 100),
        neg.get(neg.size() * 99 / 100),
        pos.get(pos.size() / 10),
        pos.get(pos.size() / 4),
        pos.get(pos.size() / 2));
  }
}
