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
    LabelledCorpus ecb = EcbPlus.load(Path.of(args[0]).resolve("datasets/ecbplus"));
    LabelledCorpus basil = Basil.load(Path.of(args[0]).resolve("datasets/basil-dev"), true);
    dump(ecb, args[1] + "/ecb-pairs.csv", true);
    dump(basil, args[1] + "/basil-pairs.csv", false);
  }

  static void dump(LabelledCorpus corpus, String file, boolean sameTopicOnly) throws Exception {
    List<ArticleTerms> terms =
        corpus.articles().stream()
            .map(article -> ArticleTerms.of(TextAnalyzer.analyse(article)))
            .toList();
    DocumentFrequencies df = new DocumentFrequencies();
    terms.forEach(df::add);
    List<EventFeatures> features = terms.stream().map(t -> EventFeatures.of(t, df, 10)).toList();
    try (PrintWriter out = new PrintWriter(file)) {
      out.println("a,b,same,cosw,cosm");
      for (int i = 0; i < features.size(); i++) {
        for (int j = i + 1; j < features.size(); j++) {
          String ga = corpus.goldEvents().get(features.get(i).articleId());
          String gb = corpus.goldEvents().get(features.get(j).articleId());
          if (sameTopicOnly && !ga.replaceAll("ecb.*", "").equals(gb.replaceAll("ecb.*", ""))) {
            continue;
          }
          out.printf(
              "%s,%s,%d,%.4f,%.4f%n",
              features.get(i).articleId(),
              features.get(j).articleId(),
              ga.equals(gb) ? 1 : 0,
              features.get(i).words().cosine(features.get(j).words()),
              features.get(i).mentions().cosine(features.get(j).mentions()));
        }
      }
    }
  }
}
