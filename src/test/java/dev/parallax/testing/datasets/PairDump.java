package dev.parallax.testing.datasets;

import dev.parallax.events.ArticleTerms;
import dev.parallax.events.DocumentFrequencies;
import dev.parallax.events.EventFeatures;
import dev.parallax.text.TextAnalyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Developer tool: dumps pair features of ECB+ same-topic pairs for analysis. */
public final class PairDump {
  public static void main(String[] args) throws Exception {
    vectors =
        dev.parallax.text.VectorTable.fromBytes(
            java.nio.file.Files.readAllBytes(Path.of(args[2])), args[2]);
    LabelledCorpus ecb = EcbPlus.load(Path.of(args[0]).resolve("datasets/ecbplus"));
    LabelledCorpus basil = Basil.load(Path.of(args[0]).resolve("datasets/basil-dev"), true);
    LabelledCorpus neus = Neus.load(Path.of(args[0]).resolve("datasets/neus-dev"), false);
    dump(ecb, args[1] + "/ecb-pairs.csv", true);
    dump(basil, args[1] + "/basil-pairs.csv", false);
    dump(neus, args[1] + "/neus-pairs.csv", false);
  }

  private static dev.parallax.text.SentenceVectors vectors;

  static void dump(LabelledCorpus corpus, String file, boolean sameTopicOnly) throws Exception {
    List<ArticleTerms> terms =
        corpus.articles().stream()
            .map(article -> ArticleTerms.of(TextAnalyzer.analyse(article), vectors))
            .toList();
    java.util.Map<String, Long> dates = new java.util.HashMap<>();
    corpus
        .articles()
        .forEach(
            a -> dates.put(a.id(), a.published() == null ? null : a.published().toEpochMilli()));
    DocumentFrequencies df = new DocumentFrequencies();
    terms.forEach(df::add);
    List<EventFeatures> features = terms.stream().map(t -> EventFeatures.of(t, df, 10)).toList();
    try (PrintWriter out = new PrintWriter(file)) {
      out.println("a,b,same,cosw,cosm,cosv,days");
      for (int i = 0; i < features.size(); i++) {
        for (int j = i + 1; j < features.size(); j++) {
          String ga = corpus.goldEvents().get(features.get(i).articleId());
          String gb = corpus.goldEvents().get(features.get(j).articleId());
          if (sameTopicOnly && !ga.replaceAll("ecb.*", "").equals(gb.replaceAll("ecb.*", ""))) {
            continue;
          }
          out.printf(
              "%s,%s,%d,%.4f,%.4f,%.4f,%s%n",
              features.get(i).articleId(),
              features.get(j).articleId(),
              ga.equals(gb) ? 1 : 0,
              features.get(i).words().cosine(features.get(j).words()),
              features.get(i).mentions().cosine(features.get(j).mentions()),
              dev.parallax.text.Vectors.dot(features.get(i).meaning(), features.get(j).meaning()),
              dates.get(features.get(i).articleId()) == null
                      || dates.get(features.get(j).articleId()) == null
                  ? ""
                  : String.valueOf(
                      Math.abs(
                              dates.get(features.get(i).articleId())
                                  - dates.get(features.get(j).articleId()))
                          / 86_400_000L));
        }
      }
    }
  }
}
