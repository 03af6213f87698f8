package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateTest {
  @TempDir Path folder;

  @Test
  void printsOneLinePerMeasure() throws IOException {
    Path gold = folder.resolve("gold.csv");
    Path predicted = folder.resolve("event_articles.csv");
    Files.writeString(gold, "article_id,event_id\na,1\nb,1\nc,1\nd,2\n");
    Files.writeString(
        predicted,
        "event_id,article_id,outlet,published,similarity,is_copy\n"
            + "x,a,O,,1.0000,false\nx,b,O,,1.0000,false\ny,c,O,,1.0000,false\ny,d,O,,1.0000,false\n"
            + "z,extra,O,,1.0000,false\n");
    assertThat(Evaluate.run("events", "--gold", gold.toString(), "--pred", predicted.toString()))
        .containsExactly(
            "b3 precision=0.7500 recall=0.6667 f1=0.7059",
            "pairwise precision=0.5000 recall=0.3333 f1=0.4000",
            "ari value=0.0000");
  }

  @Test
  void badArgumentsAndFilesAreNamed() throws IOException {
    assertThatThrownBy(() -> Evaluate.run("events", "--gold", "x.csv"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--gold and --pred");
    Path noColumn = folder.resolve("bad.csv");
    Files.writeString(noColumn, "id,event\na,1\n");
    assertThatThrownBy(
            () ->
                Evaluate.run(
                    "events", "--gold", noColumn.toString(), "--pred", noColumn.toString()))
        .hasMessageContaining("no column 'article_id'");
  }

  @Test
  void stanceTrainWritesAModelThatStanceScoresWith() throws IOException {
    StringBuilder stances = new StringBuilder("Headline,Body ID,Stance\n");
    StringBuilder bodies = new StringBuilder("Body ID,articleBody\n");
    String[] places = {"Harrow", "Varno", "Keld", "Brennick", "Eastvale", "Ostland"};
    for (int i = 0; i < places.length; i++) {
      String claim = "Minister says launchers reached " + places[i] + " in April";
      bodies
          .append(2 * i)
          .append(",\"The ministry denied that launchers reached ")
          .append(places[i])
          .append(" in April. The report is false.\"\n");
      bodies
          .append(2 * i + 1)
          .append(",\"Launchers reached ")
          .append(places[i])
          .append(" in April, the minister said.\"\n");
      stances.append(claim).append(',').append(2 * i).append(",disagree\n");
      stances.append(claim).append(',').append(2 * i + 1).append(",agree\n");
    }
    Path stanceFile = folder.resolve("stances.csv");
    Path bodyFile = folder.resolve("bodies.csv");
    Files.writeString(stanceFile, stances);
    Files.writeString(bodyFile, bodies);
    Path conf = Files.createDirectory(folder.resolve("conf"));
    for (String file : java.util.List.of("denial-cues.txt", "stance-cues.txt")) {
      Files.copy(
          dev.parallax.testing.ProjectPaths.root().resolve("conf/" + file), conf.resolve(file));
    }
    java.util.List<String> trained =
        Evaluate.run(
            "stance-train",
            "--stances",
            stanceFile.toString(),
            "--bodies",
            bodyFile.toString(),
            "--out",
            conf.resolve("stance-model.properties").toString(),
            "--folds",
            "2",
            "--conf-dir",
            conf.toString());
    assertThat(trained.get(0))
        .matches(
            "cross-validated \\(2 folds by body\\) disagree precision=\\d\\.\\d{4} recall=\\d\\.\\d{4} f1=\\d\\.\\d{4}");
    assertThat(Files.readString(conf.resolve("stance-model.properties")))
        .contains("threshold=", "bias=", "denial_overlap=");
    assertThat(
            Evaluate.run(
                "stance",
                "--stances",
                stanceFile.toString(),
                "--bodies",
                bodyFile.toString(),
                "--conf-dir",
                conf.toString()))
        .containsExactly(
            "disagree precision=1.0000 recall=1.0000 f1=1.0000",
            "pairs=12 gold_disagree=6 predicted_disagree=6");
  }
}
